using System.Diagnostics;

namespace Classifier.Tests.Scripts;

/// <summary>Runs one of the repository's scripts (bash, or Python with python3) and collects its exit code and output.</summary>
internal static class ScriptRunner
{
    /// <summary>The script tests' collection: they run one at a time, since each script builds the training CLI first.</summary>
    public const string Collection = "Scripts";

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string script, params string[] args) =>
        RunWithEnvironmentAsync(new Dictionary<string, string>(), script, args);

    /// <summary>Runs the script with <paramref name="environment"/> added to this process's environment.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string> environment, string script, params string[] args) =>
        RunAsync("bash", environment, script, args);

    /// <summary>
    /// Writes <paramref name="name"/>, an executable script of <paramref name="body"/>, into <paramref name="folder"/>/bin
    /// and returns that folder, to put first on PATH (a 'dotnet', 'rm' or 'stat' that records or fails a call).
    /// </summary>
    public static string Shim(string folder, string name, string body)
    {
        var bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
        var shim = Path.Combine(bin, name);
        File.WriteAllText(shim, body);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return bin;
    }

    /// <summary>Runs one of the repository's Python scripts with python3, as the READMEs do.</summary>
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunPythonAsync(string script, params string[] args) =>
        RunAsync("python3", new Dictionary<string, string>(), script, args);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string interpreter, IReadOnlyDictionary<string, string> environment, string script, string[] args)
    {
        var info = new ProcessStartInfo(interpreter) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(Path.Combine(TestPaths.RepositoryRoot, "scripts", script));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
