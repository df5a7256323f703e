namespace Classifier.Tests.Scripts;

/// <summary>
/// The held-out files scripts/retrain.sh measures in an analyst's folder: a test file of any name beside the repository's
/// own names, and dev.tsv, said to be optimistic, when there is none. Before, only the repository's file names were read:
/// an analyst's test_mine.tsv went unmeasured without a word, and a task without test.tsv had no figures in REPORT.md.
/// </summary>
[Collection(ScriptRunner.Collection)]
public sealed class RetrainHeldOutFilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Retrain_OwnTestFileOfAnyName_IsCheckedAndMeasuredInTheReport()
    {
        var data = SentimentFolder();
        File.WriteAllLines(Path.Combine(data, "sentiment", "test_mine.tsv"), File.ReadLines(TestPaths.Data("sentiment", "test_fresh.tsv")).Take(101));
        // Column names in any case, with spaces around them and a blank line before the header, as the reader takes them.
        File.WriteAllLines(Path.Combine(data, "sentiment", "test_theirs.tsv"),
            ["", " Text \tLabel", .. File.ReadLines(TestPaths.Data("sentiment", "test_fresh.tsv")).Skip(101).Take(50)]);
        File.WriteAllLines(Path.Combine(data, "sentiment", "test_notes.tsv"), ["row\tlabel\treader", "1\tpositive\tpositive"]);
        // A link to a file already measured: before, its rows were measured (and counted) twice.
        File.CreateSymbolicLink(Path.Combine(data, "sentiment", "test_same.tsv"), "test_mine.tsv");
        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        var report = await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md"));
        Assert.Contains("| `sentiment.zip` |", report);
        Assert.Contains("| `sentiment/test_mine.tsv` | 100 |", report);
        Assert.Contains("| `sentiment/test_theirs.tsv` | 50 |", report);
        Assert.DoesNotContain("no held-out file", report);
        Assert.DoesNotContain("test_notes", report);
        Assert.Contains("test_notes.tsv has no text column in its header: not a labeled file, so not measured", stderr);
        Assert.DoesNotContain("test_same", report);
        Assert.Contains("test_same.tsv is the same file as", stderr);
    }

    [Fact]
    public async Task Retrain_HeldOutList_MeasuresTheListedFilesInItsOrderThenTheOthersByName()
    {
        var data = SentimentFolder();
        var fresh = File.ReadLines(TestPaths.Data("sentiment", "test_fresh.tsv")).ToArray();
        foreach (var (name, skip, take) in new[] { ("test_b", 1, 50), ("test_a", 51, 40), ("test_c", 91, 30) })
        {
            File.WriteAllLines(Path.Combine(data, "sentiment", name + ".tsv"), [fresh[0], .. fresh.Skip(skip).Take(take)]);
        }

        File.WriteAllLines(Path.Combine(data, "sentiment", "held-out.txt"), ["# mine", "test_b.tsv", "test_gone.tsv", "train.tsv", "test_a.tsv"]);
        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        var rows = File.ReadLines(Path.Combine(models, "REPORT.md")).Where(line => line.StartsWith("| `sentiment.zip` |", StringComparison.Ordinal))
            .Select(line => line.Split('|')[3].Trim()).ToArray();
        Assert.Equal(["`sentiment/test_b.tsv`", "`sentiment/test_a.tsv`", "`sentiment/test_c.tsv`"], rows);
        Assert.Contains($"note: {Path.Combine(data, "sentiment")}/held-out.txt lists test_gone.tsv, which is not there: not measured", stderr);
        // The model's own training data is no held-out file: the line is left out, not measured.
        Assert.Contains($"note: {Path.Combine(data, "sentiment")}/held-out.txt:4: 'train.tsv' is not test.tsv or test_*.tsv: line left out", stderr);
    }

    [Fact]
    public async Task Retrain_OwnTestFileWithABadRow_FailsBeforeTrainingNamingItsLine()
    {
        var data = SentimentFolder();
        File.WriteAllLines(Path.Combine(data, "sentiment", "test_mine.tsv"), ["text\tlabel", "Talks resumed.\tpositive", "Talks collapsed.\tpos"]);

        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, stdout, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.Equal(2, exitCode);
        Assert.Contains("test_mine.tsv:3", stderr);
        Assert.DoesNotContain("trained sentiment model", stdout + stderr);
        Assert.False(File.Exists(Path.Combine(models, "sentiment.zip")));
    }

    [Fact]
    public async Task Retrain_NoHeldOutFile_MeasuresOnDevAndSaysItIsOptimistic()
    {
        var data = SentimentFolder();
        File.WriteAllLines(Path.Combine(data, "sentiment", "dev.tsv"), File.ReadLines(TestPaths.Data("sentiment", "dev.tsv")).Take(151));
        var models = Path.Combine(_dir.Path, "my-models");

        var (exitCode, _, stderr) = await ScriptRunner.RunAsync("retrain.sh", data, models);

        Assert.True(exitCode == 0, stderr);
        var report = await File.ReadAllTextAsync(Path.Combine(models, "REPORT.md"));
        Assert.Contains("| `sentiment/dev.tsv` | 150 |", report);
        Assert.Contains("**sentiment: no held-out file**", report);
        Assert.Contains("which also fitted the model's calibration: optimistic", report);
        Assert.Contains("the report measures the sentiment model on dev.tsv", stderr);
    }

    private string SentimentFolder()
    {
        var data = Path.Combine(_dir.Path, "my-data");
        Directory.CreateDirectory(Path.Combine(data, "sentiment"));
        File.WriteAllLines(Path.Combine(data, "sentiment", "train.tsv"), File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(600));
        return data;
    }
}
