using System.Diagnostics;

namespace Classifier.Tests.Cli;

/// <summary>Runs the training CLI as a separate process, the way users and scripts run it.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunWithInput(null, args);

    public static Result RunWithInput(string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(CliAssembly());
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
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
