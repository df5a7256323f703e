using System.Diagnostics;

namespace Classifier.Tests.Scripts;

/// <summary>Runs a Python script of scripts/ with python3, as the READMEs do, for the script tests.</summary>
internal static class PythonScript
{
    /// <summary>Runs scripts/<paramref name="script"/> with <paramref name="args"/>; its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Stderr)> Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(TestPaths.RepositoryRoot, "scripts", script));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stderr);
    }
}
