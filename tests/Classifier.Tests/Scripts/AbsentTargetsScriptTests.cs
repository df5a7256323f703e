namespace Classifier.Tests.Scripts;

/// <summary>scripts/absent-targets.py, which models/README.md has an analyst run on a data folder of their own before retrain.sh.</summary>
public sealed class AbsentTargetsScriptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Run_FolderThatGivesNoRow_WritesNoFileAndRemovesAnEarlierOne()
    {
        // One named target: no sentence has another to be paired with. A header-only train_absent.tsv would fail
        // retrain.sh ("has a header but no data rows; add labeled rows"), and an earlier run's rows would pair
        // sentences of an earlier train.tsv.
        var stance = Path.Combine(_dir.Path, "my-data", "stance");
        Directory.CreateDirectory(stance);
        File.WriteAllLines(Path.Combine(stance, "train.tsv"),
        [
            "text\ttarget\tlabel",
            "Oslo praised the volunteers who cleared the beach.\tNorway\tfavor",
            "Fishing crews blamed Norway for the new quotas.\tNorway\tagainst",
            "Norway hosted a chess tournament.\tNorway\tnone",
        ]);
        var absent = Path.Combine(stance, "train_absent.tsv");
        File.WriteAllLines(absent, ["text\ttarget\tlabel", "A sentence of an earlier train.tsv about Canada.\tNorway\tnone"]);

        var (exitCode, stderr) = await Run(Path.Combine(_dir.Path, "my-data"));

        Assert.True(exitCode == 0, stderr);
        Assert.False(File.Exists(absent), File.Exists(absent) ? File.ReadAllText(absent) : null);
        Assert.Contains($"no rows from 3 sentences: {absent} not written (retrain.sh trains without it); the earlier one was removed", stderr);
    }

    [Fact]
    public async Task Run_FolderWithTwoNamedTargets_WritesNoneRowsTowardTheTargetASentenceDoesNotName()
    {
        var stance = Path.Combine(_dir.Path, "my-data", "stance");
        Directory.CreateDirectory(stance);
        var rows = Enumerable.Range(0, 40).Select(i => i % 2 == 0
            ? $"Fishing crews in port {i} blamed Norway for the quotas.\tNorway\tagainst"
            : $"Exporters in town {i} praised Canada for cutting red tape.\tCanada\tfavor");
        File.WriteAllLines(Path.Combine(stance, "train.tsv"), rows.Prepend("text\ttarget\tlabel"));

        var (exitCode, stderr) = await Run(Path.Combine(_dir.Path, "my-data"), "0.5");

        Assert.True(exitCode == 0, stderr);
        var written = File.ReadAllLines(Path.Combine(stance, "train_absent.tsv"));
        Assert.Equal("text\ttarget\tlabel", written[0]);
        Assert.NotEmpty(written.Skip(1));
        Assert.All(written.Skip(1).Select(l => l.Split('\t')), r =>
        {
            Assert.Equal("none", r[2]);
            Assert.DoesNotContain(r[1], r[0]);
        });
    }

    [Fact]
    public async Task Run_FolderWithoutAliasTable_ReadsNamesByTheBuiltInTableAsTrainingDoes()
    {
        // retrain.sh trains such a folder with the built-in alias table (data/'s), in which Oslo names Norway: a row
        // pairing an Oslo sentence with Norway as a target it does not name would teach the model the opposite.
        var stance = Path.Combine(_dir.Path, "my-data", "stance");
        Directory.CreateDirectory(stance);
        File.WriteAllLines(Path.Combine(stance, "train.tsv"),
        [
            "text\ttarget\tlabel",
            "Oslo sent engineers to help Canada rebuild its harbours.\tCanada\tfavor",
            "Fishing crews blamed Norway for the quotas.\tNorway\tagainst",
        ]);

        var (exitCode, stderr) = await Run(Path.Combine(_dir.Path, "my-data"), "1.0");

        Assert.True(exitCode == 0, stderr);
        var written = File.ReadAllLines(Path.Combine(stance, "train_absent.tsv"));
        Assert.Equal(["text\ttarget\tlabel", "Fishing crews blamed Norway for the quotas.\tCanada\tnone"], written);
    }

    [Theory]
    [InlineData(null, "train.tsv: file not found; give the data folder that holds stance/train.tsv")]
    [InlineData("text\tlabel\nOslo praised the volunteers.\tfavor\n", "train.tsv:1: missing column(s) target; columns found: text, label")]
    [InlineData("text\ttarget\tlabel\nOslo praised the volunteers.\tNorway\tfavor\nCanada objected.\tCanada\n", "train.tsv:3: expected 3 tab-separated fields as in the header, found 2")]
    public async Task Run_FolderItCannotRead_ExitsTwoNamingTheFileAndLine(string? train, string expected)
    {
        // It was a Python traceback (FileNotFoundError, KeyError: 'target', TypeError).
        var stance = Path.Combine(_dir.Path, "my-data", "stance");
        Directory.CreateDirectory(stance);
        if (train is not null)
        {
            File.WriteAllText(Path.Combine(stance, "train.tsv"), train);
        }

        var (exitCode, stderr) = await Run(Path.Combine(_dir.Path, "my-data"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"error: {Path.Combine(stance, expected)}", stderr);
        Assert.DoesNotContain("Traceback", stderr);
        Assert.False(File.Exists(Path.Combine(stance, "train_absent.tsv")));
    }

    private static async Task<(int ExitCode, string Stderr)> Run(params string[] args)
    {
        var (exitCode, _, stderr) = await ScriptRunner.RunPythonAsync("absent-targets.py", args);
        return (exitCode, stderr);
    }
}
