using System.Diagnostics;

namespace Classifier.Tests.Cli;

/// <summary>Runs the training CLI as a separate process, the way users and scripts run it.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? stdin, params string[] args) => RunWith(stdin, null, args);

    /// <summary>Runs the CLI with <paramref name="stdin"/> as raw bytes on standard input (which may be no valid text).</summary>
    public static Result RunWithBytes(byte[] stdin, params string[] args) => RunWith(stdin, null, args);

    /// <summary>Runs the CLI with <paramref name="environment"/> set on top of this process's variables.</summary>
    public static Result RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args) => RunWith(null, environment, args);

    /// <summary>Starts the CLI with its standard streams redirected, for a test that drives them itself.</summary>
    public static Process Start(params string[] args) => Process.Start(Info(true, null, args))!;

    private static ProcessStartInfo Info(bool redirectInput, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(CliAssembly());
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private static Result RunWith(object? stdin, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        using var process = Process.Start(Info(stdin is not null, environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is string text)
        {
            process.StandardInput.Write(text);
            process.StandardInput.Close();
        }
        else if (stdin is byte[] bytes)
        {
            process.StandardInput.BaseStream.Write(bytes);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"CLI did not finish: {string.Join(' ', args)}");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The CLI's assembly, copied beside the tests by the project reference.</summary>
    public static string CliAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Classifier.Training.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the CLI assembly is missing.", path);
    }
}
