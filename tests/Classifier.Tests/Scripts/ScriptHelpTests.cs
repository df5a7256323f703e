namespace Classifier.Tests.Scripts;

/// <summary>The scripts the README points analysts to answer <c>--help</c> and <c>-h</c> with their usage, as the CLI does.</summary>
[Collection(ScriptRunner.Collection)]
public sealed class ScriptHelpTests
{
    [Theory]
    [InlineData("retrain.sh", "--help", "Usage: scripts/retrain.sh [DATA_DIR] [MODELS_DIR]")]
    [InlineData("validate-data.sh", "--help", "Usage: scripts/validate-data.sh [DATA_DIR]")]
    [InlineData("trial.sh", "-h", "Usage: scripts/trial.sh TASK [options]")]
    [InlineData("floors.sh", "--help", "Usage: scripts/floors.sh TASK")]
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
}
