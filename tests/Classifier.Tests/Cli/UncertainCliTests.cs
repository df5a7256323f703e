using System.Text.Json;

namespace Classifier.Tests.Cli;

/// <summary>
/// <c>uncertain</c> without <c>--model</c> ranks with an embedded model, as <c>predict</c> scores (stance when a target is
/// given); <c>--format json</c> writes JSON lines; a sentiment model's TSV has no target column. Before, <c>--model</c> was
/// required, there was no JSON and the TSV always had an empty target column for sentiment.
/// </summary>
public sealed class UncertainCliTests : IDisposable
{
    private const string Texts = "Talks resumed after a two-year freeze.\nShelling killed four civilians overnight.\nThe ministers will meet on Tuesday.\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Uncertain_NoModel_RanksWithTheEmbeddedSentimentModel()
    {
        var file = _dir.File("texts.txt", Texts);
        var shipped = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");

        var embedded = CliProcess.Run("uncertain", "--data", file, "--format", "tsv");
        var fromFile = CliProcess.Run("uncertain", "--model", shipped, "--data", file, "--format", "tsv");

        Assert.True(embedded.ExitCode == 0, embedded.Stderr);
        Assert.Equal(fromFile.Stdout, embedded.Stdout);
        Assert.Equal("line\ttext\tmargin\tnegative\tneutral\tpositive", embedded.Stdout.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void Uncertain_JsonWithTarget_OneLinePerTextLeastCertainFirstWithTheStanceModelsProbabilities()
    {
        var file = _dir.File("texts.txt", Texts);
        var stance = StanceClassifier.LoadDefault();

        var run = CliProcess.Run("uncertain", "--data", file, "--target", "China", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l)).ToArray();
        Assert.Equal(3, lines.Length);
        var margins = lines.Select(l => l.RootElement.GetProperty("margin").GetDouble()).ToArray();
        Assert.Equal(margins.Order(), margins);
        foreach (var line in lines)
        {
            var root = line.RootElement;
            Assert.Equal("China", root.GetProperty("target").GetString());
            var text = Texts.Split('\n')[root.GetProperty("line").GetInt32() - 1];
            Assert.Equal(text, root.GetProperty("text").GetString());
            var expected = stance.Predict(text, "China").Probabilities;
            // The JSON rounds to 6 places: within a millionth of the library's figure.
            Assert.All(stance.Labels, l => Assert.Equal(expected[l], root.GetProperty("probabilities").GetProperty(l).GetDouble(), 0.000001));
        }
    }

    [Fact]
    public void Uncertain_NoModelTsvWithTargetColumn_RanksWithTheEmbeddedStanceModel()
    {
        var file = _dir.File("pairs.tsv", "text\ttarget\nBeijing condemned the drills.\tChina\nTalks resumed.\tChina\n");

        var run = CliProcess.Run("uncertain", "--data", file, "--format", "tsv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("line\ttext\ttarget\tmargin\tagainst\tnone\tfavor", run.Stdout.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void Uncertain_StandardInput_RanksItsLines()
    {
        // "--data -" was a file named "-": "input file not found".
        var run = CliProcess.RunWithInput("Talks resumed.\nShares fell sharply.\n", "uncertain", "--data", "-", "--format", "tsv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(["1\tTalks resumed.", "2\tShares fell sharply.", "line\ttext\tmargin\tnegative\tneutral\tpositive"],
            run.Stdout.Split('\n').Where(l => l.Length > 0).Select((l, i) => i == 0 ? l.TrimEnd('\r') : string.Join('\t', l.Split('\t')[..2])).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Uncertain_TsvNamedTxtWithInputTsv_ReadsItsColumnsAndTargets()
    {
        // Read as plain lines before: the header ranked as a text, each target glued to its text, the sentiment model.
        var file = _dir.File("pairs.txt", "text\ttarget\nBeijing condemned the drills.\tChina\nTalks resumed.\tChina\n");

        var run = CliProcess.Run("uncertain", "--data", file, "--input", "tsv", "--format", "tsv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n').Where(l => l.Length > 0).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("line\ttext\ttarget\tmargin\tagainst\tnone\tfavor", lines[0]);
        Assert.Equal(["2", "3"], lines[1..].Select(l => l.Split('\t')[0]).Order(StringComparer.Ordinal));
        Assert.All(lines[1..], l => Assert.Equal("China", l.Split('\t')[2]));
    }

    [Fact]
    public void Uncertain_NoModelJsonLinesWithTargets_RanksWithTheEmbeddedStanceModel()
    {
        var file = _dir.File("pairs.jsonl", "{\"text\": \"Beijing condemned the drills.\", \"target\": \"China\"}\n{\"text\": \"Talks resumed.\", \"target\": \"China\"}\n");

        var run = CliProcess.Run("uncertain", "--data", file, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal(["against", "none", "favor"], l.GetProperty("probabilities").EnumerateObject().Select(p => p.Name)));
        Assert.All(lines, l => Assert.Equal("China", l.GetProperty("target").GetString()));
    }
}
