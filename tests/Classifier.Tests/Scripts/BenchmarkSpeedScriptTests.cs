namespace Classifier.Tests.Scripts;

/// <summary>scripts/benchmark-speed.sh, which sets every figure against scikit-learn's, run in the same session.</summary>
[Collection(ScriptRunner.Collection)]
public sealed class BenchmarkSpeedScriptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task BenchmarkSpeed_ScikitLearnToolMissing_ExitsTwoSayingSoBeforeBuilding()
    {
        // Before, the run built the benchmarks and then stopped on Python's "No such file" a minute in. A 'dotnet' first
        // on PATH records any call (the build is the script's first), and fails it.
        var datasets = Directory.CreateDirectory(Path.Combine(_dir.Path, "datasets")).FullName;
        var tools = Directory.CreateDirectory(Path.Combine(_dir.Path, "tools")).FullName;
        var called = Path.Combine(_dir.Path, "dotnet-called");
        var bin = ScriptRunner.Shim(_dir.Path, "dotnet", $"#!/usr/bin/env bash\necho \"$*\" >> '{called}'\nexit 1\n");

        var environment = new Dictionary<string, string>
        {
            ["DATASETS"] = datasets,
            ["SKLEARN_TOOLS"] = tools,
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        };

        var (exitCode, _, stderr) = await ScriptRunner.RunWithEnvironmentAsync(environment, "benchmark-speed.sh");

        Assert.True(exitCode == 2, stderr);
        Assert.StartsWith($"error: {tools}/sklearn_throughput.py not found: the speed table sets every figure against it", stderr);
        Assert.False(File.Exists(called), "dotnet was run before the check");
    }
}
