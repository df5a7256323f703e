namespace Classifier.Tests.Scripts;

/// <summary>
/// The scripts the READMEs name answer <c>--help</c> and <c>-h</c> with their usage, as the CLI does, and do nothing else (before
/// this, check-sources.sh ran its check and benchmark.sh its scikit-learn anchor when asked for help, and word-vectors/build.sh
/// rebuilt the library's word-vector table in src/Classifier/Resources).
/// </summary>
[Collection(ScriptRunner.Collection)]
public sealed class ScriptHelpTests
{
    [Theory]
    [InlineData("retrain.sh", "--help", "Usage: scripts/retrain.sh [--task sentiment|stance] [DATA_DIR] [MODELS_DIR]")]
    [InlineData("validate-data.sh", "--help", "Usage: scripts/validate-data.sh [DATA_DIR]")]
    [InlineData("trial.sh", "-h", "Usage: scripts/trial.sh TASK [options]")]
    [InlineData("floors.sh", "--help", "Usage: scripts/floors.sh TASK")]
    [InlineData("check-sources.sh", "--help", "Usage: scripts/check-sources.sh")]
    [InlineData("consumer-test.sh", "--help", "Usage: scripts/consumer-test.sh")]
    [InlineData("benchmark.sh", "--help", "Usage: [RUNS=N] scripts/benchmark.sh [--only KEY ...] [--no-curves]")]
    [InlineData("benchmark-speed.sh", "-h", "Usage: scripts/benchmark-speed.sh")]
    [InlineData("tune-benchmarks.sh", "--help", "Usage: scripts/tune-benchmarks.sh [SKLEARN_LOG...]")]
    [InlineData("se16-cv.sh", "--help", "Usage: scripts/se16-cv.sh [CONFIG [cross-validate options...]]")]
    [InlineData("sst2-cv.sh", "--help", "Usage: scripts/sst2-cv.sh [CONFIG [cross-validate options...]]")]
    [InlineData("set-cv.sh", "--help", "Usage: scripts/set-cv.sh SET TASK FOLDS METRIC CONFIG")]
    [InlineData("fuzz.sh", "--help", "Usage: scripts/fuzz.sh [EXECS] [TARGET...]")]
    [InlineData("mutation.sh", "--help", "Usage: scripts/mutation.sh FILE TEST-FILTER [CONCURRENCY]")]
    [InlineData("fasttree-prior.sh", "--help", "Usage: scripts/fasttree-prior.sh [SIZES]")]
    [InlineData("word-vectors/build.sh", "--help", "Usage: scripts/word-vectors/build.sh")]
    public async Task Script_Help_PrintsItsUsageAndExitsZeroDoingNothing(string script, string flag, string usage)
    {
        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync(script, flag);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains(usage, stdout);
        Assert.DoesNotContain("#", stdout.Split('\n')[0]);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task AbsentTargetsScript_Help_PrintsItsUsageAndWritesNothing()
    {
        var (exitCode, stdout, stderr) = await ScriptRunner.RunPythonAsync("absent-targets.py", "--help");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Usage: [REPRESENTATIVES=FILE|] scripts/absent-targets.py [DATA_DIR] [P] [SEED]", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task UnrelatedIssuesScript_Help_PrintsItsUsageAndExitsZero()
    {
        // It printed its usage on stderr and exited 1, as for missing arguments.
        var (exitCode, stdout, stderr) = await ScriptRunner.RunPythonAsync("unrelated-issues.py", "--help");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Usage: scripts/unrelated-issues.py TEXTS TARGETS OUT [N] [SEED]", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public async Task SyntheticRowsScript_Help_PrintsItsUsageAndWritesNothing()
    {
        var (exitCode, stdout, stderr) = await ScriptRunner.RunPythonAsync("synthetic-rows.py", "--help");

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("Usage: scripts/synthetic-rows.py FILE N > rows.tsv", stdout);
        Assert.Empty(stderr);
    }
}
