namespace Classifier.Tests.Scripts;

/// <summary>
/// scripts/check-sources.sh --screen-data: new sentences against data/'s own labeled files. Held-out files were screened
/// against the public sets only, so two files of the forty-third session held 10 and 14 sentences near one already in
/// data/; this is the screen the training batches had, as a command.
/// </summary>
[Collection(ScriptRunner.Collection)]
public sealed class ScreenDataScriptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ScreenData_SentenceNearOneInData_FailsNamingBothLines()
    {
        // A copy of test_victims.tsv's first row: the file is left out of the sources only where it lies in data/ (as a
        // file being screened), so a copy elsewhere matches its original.
        var original = File.ReadLines(TestPaths.Data("stance", "test_victims.tsv")).Skip(1).First();
        var file = _dir.File("new.tsv", "text\ttarget\tlabel\n" + original + "\n" +
            "Fishermen in the harbour town mended their nets as the autumn storms eased.\tChina\tnone\n");

        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync("check-sources.sh", "--screen-data", "stance", file);
        var output = stdout + stderr;

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"FAIL: {file}:2: close to {TestPaths.Data("stance", "test_victims.tsv")}:2 ", output);
        Assert.DoesNotContain($"{file}:3:", output);
    }

    [Fact]
    public async Task ScreenData_FileInData_IsNotScreenedAgainstItself()
    {
        var (_, stdout, stderr) = await ScriptRunner.RunAsync("check-sources.sh", "--screen-data", "sentiment", TestPaths.Data("sentiment", "test_long.tsv"));
        var output = stdout + stderr;

        Assert.Contains("checking against", output);
        Assert.DoesNotContain("close to " + TestPaths.Data("sentiment", "test_long.tsv"), output);
    }

    [Fact]
    public async Task ScreenData_HeldOutFileWithAReadersRecord_IsNotScreenedAgainstThatRecord()
    {
        // reading_unseen_issues_fourth.tsv holds the same sentences, as the blind readers read them: no source.
        var (_, stdout, stderr) = await ScriptRunner.RunAsync("check-sources.sh", "--screen-data", "stance", TestPaths.Data("stance", "test_unseen_issues_fourth.tsv"));

        Assert.Contains("checking against", stdout + stderr);
        Assert.DoesNotContain("reading_", stdout + stderr);
    }

    [Fact]
    public async Task ScreenData_UnknownTask_ExitsTwo()
    {
        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("check-sources.sh", "--screen-data", "mood", "x.tsv");

        Assert.Equal(2, exitCode);
        Assert.Contains("TASK is sentiment or stance, not 'mood'", stderr);
    }
}
