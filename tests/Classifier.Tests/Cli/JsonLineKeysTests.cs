using System.Text;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

/// <summary>
/// JSON-lines input (<c>predict</c>, <c>uncertain</c>): the <c>"text"</c> and <c>"target"</c> keys are matched ignoring
/// case, as a TSV header's columns are; a line with two keys for one of them (differing only by case, or repeated) is
/// refused naming the line and both keys. Before, <c>"Text"</c> was no text and <c>"Target"</c> no target.
/// </summary>
public sealed class JsonLineKeysTests : IDisposable
{
    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("{\"Text\": \"Talks resumed.\", \"Target\": \"China\"}")]
    [InlineData("{\"TEXT\": \"Talks resumed.\", \"tArGeT\": \"China\"}")]
    [InlineData("{\"text\": \"Talks resumed.\", \"target\": \"China\", \"Label\": \"none\"}")]
    public void Read_KeysInAnyCase_ReadAsTextAndTarget(string line)
    {
        Assert.Equal([new InputItem("Talks resumed.", "China", 1)], Read(line));
    }

    [Theory]
    [InlineData("{\"text\": \"Talks resumed.\", \"Text\": \"Seoul agreed.\"}", "the keys \"text\" and \"Text\" differ only by case, and keys are matched ignoring case; keep one")]
    [InlineData("{\"text\": \"Talks resumed.\", \"target\": \"China\", \"TARGET\": \"Japan\"}", "the keys \"target\" and \"TARGET\" differ only by case, and keys are matched ignoring case; keep one")]
    [InlineData("{\"text\": \"Talks resumed.\", \"text\": \"Seoul agreed.\"}", "the key \"text\" is given twice; keep one")]
    public void Read_TwoKeysForOneName_LineRefusedNamingBoth(string line, string error)
    {
        Assert.Equal([new InputItem(line, null, 1, error)], Read(line));
    }

    [Theory]
    [InlineData("{\"Text\": \"Talks resumed.\", \"Target\": \"China\"}\n", true)]
    [InlineData("{\"Text\": \"Talks resumed.\", \"Target\": 7}\n", false)]
    public void DeclaresTargets_TargetKeyInAnyCase_Counts(string first, bool expected)
    {
        using var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(first)), "in.jsonl");

        Assert.Equal(expected, InputReader.DeclaresTargets(reader, "jsonl"));
        Assert.Equal(expected, InputReader.FirstLineWithoutTarget(reader, "jsonl") is null);
    }

    [Fact]
    public void Predict_CapitalisedKeysAndAKeyGivenTwice_ScoresTheFirstAndReportsTheSecondByLine()
    {
        var file = _dir.File("in.jsonl", "{\"Text\": \"Beijing condemned the drills.\", \"Target\": \"China\"}\n" +
            "{\"text\": \"Talks resumed.\", \"Text\": \"Seoul agreed.\", \"target\": \"China\"}\n");

        var result = CliProcess.Run("predict", "--file", file, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:2: the keys \"text\" and \"Text\" differ only by case, and keys are matched ignoring case; keep one; 1 input(s) could not be scored", result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"target\":\"China\"", lines[0]);
        Assert.Contains("\"label\":", lines[0]);
        Assert.Contains("\"line\":2", lines[1]);
    }

    [Fact]
    public void Uncertain_CapitalisedKeys_RanksTheLines()
    {
        var file = _dir.File("in.jsonl", "{\"Text\": \"Beijing condemned the drills.\", \"Target\": \"China\"}\n{\"TEXT\": \"Talks resumed.\", \"TARGET\": \"China\"}\n");

        var result = CliProcess.Run("uncertain", "--model", Stance, "--data", file);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Talks resumed.", result.Stdout);
        Assert.Contains("Beijing condemned the drills.", result.Stdout);
    }

    private static InputItem[] Read(string line)
    {
        using var reader = new Utf8LineReader(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n")), "in.jsonl");
        return InputReader.Read(reader, "jsonl", "in.jsonl").ToArray();
    }
}
