namespace Classifier.Tests.Scripts;

/// <summary>scripts/validate-data.sh run on a small data folder of an analyst's own, as retrain.sh is.</summary>
[Collection(ScriptRunner.Collection)]
public sealed class ValidateDataScriptTests : IDisposable
{
    /// <summary>Thresholds a folder of a few hundred rows can meet, in place of the repository corpus's.</summary>
    private static readonly string[] SmallFolder = ["--min-rows", "100", "--min-label-share", "0.1", "--min-targets", "5", "--min-contrastive", "0.1"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ValidateDataScript_BadRowInEachTask_ListsBothTasksProblemsWithTheThresholdsGiven()
    {
        var data = Folder("sentiment", "stance");
        File.AppendAllText(Path.Combine(data, "sentiment", "train.tsv"), "Exports rose sharply in May.\tpostive\n");
        File.AppendAllText(Path.Combine(data, "stance", "train.tsv"), "Seoul rejected the offer.\tSouth Korea\tFavor\n");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.Equal(2, exitCode);
        Assert.Contains("label 'postive' is not a sentiment label", stderr);
        Assert.Contains("label 'Favor' is not a stance label", stderr);
    }

    [Fact]
    public async Task ValidateDataScript_SentimentFailsAndStancePasses_LastLineSaysWhichTaskFailed()
    {
        // Each task's part ends with its own verdict, so a sentiment failure used to be followed by the stance part's
        // "validation passed" as the last line of the run.
        var data = Folder("sentiment", "stance");
        File.AppendAllText(Path.Combine(data, "sentiment", "train.tsv"), "Exports rose sharply in May.\tpostive\n");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.Equal(2, exitCode);
        Assert.Equal("validate-data.sh: sentiment failed, stance passed", stderr.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public async Task ValidateDataScript_BothTasksPass_LastLineSaysBothPassed()
    {
        var data = Folder("sentiment", "stance");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(exitCode == 0, stderr);
        Assert.Equal("validate-data.sh: sentiment passed, stance passed", stderr.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public async Task ValidateDataScript_OwnTestFile_IsNamedAndNotHeldToThePerFileLimits()
    {
        // A slice of one kind of sentence (all negative here) would fail --min-label-share.
        var data = Folder("sentiment");
        File.WriteAllLines(Path.Combine(data, "sentiment", "test_mine.tsv"), ["text\tlabel", "Shelling resumed overnight.\tnegative", "Talks collapsed.\tnegative"]);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"test_mine.tsv is not in {Path.Combine(data, "sentiment")}/held-out.txt: checked for bad rows and duplicates, not against the corpus's limits", stderr);
    }

    [Fact]
    public async Task ValidateDataScript_OwnTestFileWithoutATextColumn_IsNamedAndLeftOutAsRetrainLeavesItOut()
    {
        // A record of readings (retrain.sh names it and measures nothing on it) failed the task: "missing required columns".
        var data = Folder("sentiment");
        var notes = Path.Combine(data, "sentiment", "test_notes.tsv");
        File.WriteAllLines(notes, ["id\treading", "1\tnegative"]);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains($"note: {notes} has no text column in its header: not a labeled file, so not checked (retrain.sh does not measure it)", stderr);
        Assert.DoesNotContain("missing required column", stderr);
    }

    [Theory]
    [InlineData("sentiment", "text\tlabel", "Talks collapsed.\tnegatve")]
    [InlineData("stance", "text\ttarget\tlabel", "Beijing condemned the drills.\tChina\tagainst ")]
    public async Task ValidateDataScript_OwnTestFileWithABadRow_FailsNamingItsLine(string task, string header, string row)
    {
        // It was named and not read: the run said "passed" of a folder whose own file had a bad label (the stance row's
        // trailing space is a warning only, so its bad row is the second).
        var data = Folder(task);
        var mine = Path.Combine(data, task, "test_mine.tsv");
        File.WriteAllLines(mine, [header, row, task == "stance" ? "Seoul said little.\tSouth Korea\tfavour" : "Exports rose.\tpositive"]);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"{mine}:{(task == "stance" ? 3 : 2)}: label", stderr);
    }

    [Fact]
    public async Task ValidateDataScript_FileTheListNames_IsHeldToTheCorpusLimits()
    {
        // The same one-label slice passes as an own file (above) but, once held-out.txt lists it, is held to the label shares.
        var data = Folder("sentiment");
        File.WriteAllLines(Path.Combine(data, "sentiment", "test_mine.tsv"), ["text\tlabel", "Shelling resumed overnight.\tnegative", "Talks collapsed.\tnegative"]);
        File.WriteAllLines(Path.Combine(data, "sentiment", "held-out.txt"), ["test.tsv", "test_mine.tsv"]);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains("test_mine.tsv: label 'neutral' is 0.0% of the rows", stderr);
        Assert.DoesNotContain("test_mine.tsv is not in", stderr);
    }

    [Fact]
    public async Task ValidateDataScript_BadLinesInTheList_FailNamingTheListAndEachLine()
    {
        var data = Folder("sentiment", "stance");
        var list = Path.Combine(data, "stance", "held-out.txt");
        // A byte-order mark first, as Notepad saves: not part of the first line's name.
        File.WriteAllLines(list, ["\uFEFFtest.tsv", "# the report's order", "test_gone.tsv", "test.tsv", "test.tsv unseen", "test", "train.tsv", "test.tsv mostly-none"]);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"error: {list}:3: test_gone.tsv is not in {Path.Combine(data, "stance")}; add the file or remove the line", stderr);
        Assert.Contains($"error: {list}:4: test.tsv is listed twice", stderr);
        Assert.Contains($"error: {list}:5: 'unseen' is not a role", stderr);
        Assert.Contains($"error: {list}:6: 'test' is not a held-out file name", stderr);
        Assert.Contains($"error: {list}:7: 'train.tsv' is not a held-out file name", stderr);
        Assert.Contains($"error: {list}:8: test.tsv is checked as the test split; give it no role", stderr);
        Assert.DoesNotContain($"{list}:1:", stderr);
        Assert.Equal("validate-data.sh: sentiment passed, stance failed", stderr.TrimEnd().Split('\n')[^1].TrimEnd('\r'));
    }

    [Fact]
    public async Task ValidateDataScript_UnseenTargetsFileWithATrainedTarget_Fails()
    {
        // The role is what asks for the check: the same file listed without it passes.
        var data = Folder("stance");
        var trained = File.ReadLines(Path.Combine(data, "stance", "train.tsv")).Skip(1).First().Split('\t')[1];
        File.WriteAllLines(Path.Combine(data, "stance", "test_new.tsv"),
            [.. File.ReadLines(TestPaths.Data("stance", "test_unseen_targets.tsv")).Take(61), $"Officials met to discuss the budget.\t{trained}\tnone"]);
        var list = Path.Combine(data, "stance", "held-out.txt");
        File.WriteAllLines(list, ["test.tsv", "test_new.tsv"]);
        var (plainCode, _, plainErr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);
        File.WriteAllLines(list, ["test.tsv", "test_new.tsv unseen-targets"]);

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(plainCode == 0, plainErr);
        Assert.True(exitCode == 2, stderr);
        Assert.Contains($"test_new.tsv: targets also used in the other files: {trained}", stderr);
    }

    [Fact]
    public async Task ValidateDataScript_MostlyNoneRole_ChecksTheFileApartWithoutTheLabelShares()
    {
        // A file of none only: listed plainly it fails the label shares; with the role it is read apart, limits off, as
        // before the list no check but retrain.sh's read it. A bad row in it fails the task either way.
        var data = Folder("stance");
        var absent = Path.Combine(data, "stance", "test_absent_x.tsv");
        File.WriteAllLines(absent, ["text\ttarget\tlabel", "Officials met to discuss the budget.\tWorld Bank\tnone", "Officials met again on Friday.\tNATO\tnone"]);
        var list = Path.Combine(data, "stance", "held-out.txt");
        File.WriteAllLines(list, ["test.tsv", "test_absent_x.tsv"]);
        var (plainCode, _, plainErr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);
        File.WriteAllLines(list, ["test.tsv", "test_absent_x.tsv mostly-none"]);
        var (roleCode, roleOut, roleErr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);
        File.AppendAllLines(absent, ["Officials met once more.\tNATO\tnon"]);

        var (badCode, _, badErr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(plainCode == 2, plainErr);
        Assert.Contains("test_absent_x.tsv: label 'against' is 0.0% of the rows", plainErr);
        Assert.True(roleCode == 0, roleErr);
        Assert.Contains("stance files checked apart, for bad rows and repeats only", roleOut);
        Assert.DoesNotContain("test_absent_x.tsv is not in", roleErr);
        Assert.True(badCode == 2, badErr);
        Assert.Contains($"{absent}:4: label", badErr);
    }

    [Fact]
    public async Task ValidateDataScript_FolderWithSentimentOnly_ChecksItAndSkipsStance()
    {
        var data = Folder("sentiment");

        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, .. SmallFolder]);

        Assert.True(exitCode == 0, stderr);
        Assert.Contains("skipping stance", stderr);
        Assert.Contains("validation passed", stdout);
    }

    [Fact]
    public async Task ValidateDataScript_FolderWithTrainFilesOnly_ChecksThemAndSaysDevAndTestAreAbsent()
    {
        // retrain.sh trains such a folder (dev.tsv and test.tsv are optional to it): the check before it passes it too.
        var data = Folder("sentiment", "stance");
        foreach (var task in new[] { "sentiment", "stance" })
        {
            File.Delete(Path.Combine(data, task, "dev.tsv"));
            File.Delete(Path.Combine(data, task, "test.tsv"));
        }

        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync("validate-data.sh", [data, "--min-rows", "100", "--min-label-share", "0.1", "--min-targets", "5", "--min-contrastive", "0"]);

        Assert.True(exitCode == 0, stderr);
        Assert.DoesNotContain("file not found", stderr);
        Assert.Contains($"note: {Path.Combine(data, "sentiment")} has no dev.tsv, test.tsv: not checked (retrain.sh trains without them)", stderr);
        Assert.Contains($"note: {Path.Combine(data, "stance")} has no dev.tsv, test.tsv: not checked (retrain.sh trains without them)", stderr);
        Assert.Equal(2, stdout.Split("validation passed").Length - 1);
    }

    /// <summary>A data folder with the first rows of the repository's train, dev and test files of each task given.</summary>
    private string Folder(params string[] tasks)
    {
        var data = Path.Combine(_dir.Path, "my data");
        foreach (var task in tasks)
        {
            Directory.CreateDirectory(Path.Combine(data, task));
            foreach (var (split, rows) in new[] { ("train", 300), ("dev", 100), ("test", 100) })
            {
                File.WriteAllLines(Path.Combine(data, task, $"{split}.tsv"), File.ReadLines(TestPaths.Data(task, $"{split}.tsv")).Take(rows + 1));
            }
        }

        return data;
    }
}
