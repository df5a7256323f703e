using Classifier.Data;
using Classifier.Stance;

namespace Classifier.Tests.Cli;

/// <summary>
/// A target (or an alias) the library refuses for its characters (a control character other than white space, or no
/// letter or digit: <see cref="StanceClassifier.CheckTarget"/>) is refused by the CLI and the labeled-data reader too,
/// each in its own terms. Before, <c>predict</c> scored "." (against 0.93 on "China protested."), <c>--alias China=.</c>
/// made every full stop a mention of China, and a training row toward "." trained a target no model would score.
/// </summary>
public sealed class TargetCharactersCliTests : IDisposable
{
    private const string NoLetter = "target '.' has no letter or digit, so it names nothing the model can find; put the name of a country, organisation, person or policy in the target";

    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(".", null)]
    [InlineData("—", "target '—' has no letter or digit, so it names nothing the model can find; put the name of a country, organisation, person or policy in the target")]
    [InlineData("China\0", "target holds the control character U+0000 at index 5 (0-based), which the model reads as a space; remove it")]
    [InlineData("China", null)]
    [InlineData("G7", null)]
    [InlineData("United\tStates", null)] // white space, not a control character to refuse
    [InlineData(null, null)]
    public void RowProblem_TargetCharacters_SaysWhatIsWrong(string? target, string? expected)
    {
        Assert.Equal(target == "." ? NoLetter : expected, TargetCharacters.RowProblem(target));
    }

    [Fact]
    public void Predict_TargetOptionWithoutALetter_IsAUsageError()
    {
        var result = CliProcess.Run("predict", "--model", Stance, "--target", ".", "China protested.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --target: {NoLetter}\n", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Predict_AliasNameWithoutALetter_IsAUsageError()
    {
        var result = CliProcess.Run("predict", "--model", Stance, "--alias", "China=.", "--target", "China", "China protested.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --alias: name '.' has no letter or digit, so it names nothing the model can find; put the name of a country, organisation, person or policy in the name\n", result.Stderr);
    }

    [Fact]
    public void Predict_RowTargetWithoutALetter_GetsAnErrorRecordAndTheOtherRowsAreScored()
    {
        var input = _dir.File("rows.tsv", "text\ttarget\nChina protested.\t.\nChina protested.\tChina\n");

        var result = CliProcess.Run("predict", "--model", Stance, "--file", input);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal($"{{\"text\":\"China protested.\",\"target\":\".\",\"line\":2,\"error\":\"{NoLetter}\"}}", lines[0]);
        Assert.Contains("\"target\":\"China\",\"label\":", lines[1]);
    }

    [Theory]
    [InlineData("China\t.\n", "an alias of 'China', '.', has no letter or digit, so it names nothing the model can find")]
    [InlineData(".\tChina\n", "the target '.' has no letter or digit, so it names nothing the model can find")]
    [InlineData("China\tBei\u0001jing\n", "an alias of 'China' holds the control character U+0001 at index 3 (0-based), which the model reads as a space")]
    public void TrainCheck_AliasFileEntryWithCharactersNoTargetMayHave_IsAnErrorAtItsLine(string row, string problem)
    {
        var data = _dir.File("train.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(200)) + "\n");
        var aliases = _dir.File("aliases.tsv", "target\talias\n" + row);

        var result = CliProcess.Run("train", "--check", "--task", "stance", "--data", data, "--aliases", aliases);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {aliases}:2: {problem}\n", result.Stderr);
    }

    [Fact]
    public void Read_StanceRowTowardATargetWithoutALetter_IsAnErrorAtItsLine()
    {
        var path = _dir.File("stance.tsv", "text\ttarget\tlabel\nChina protested.\tChina\tagainst\nChina protested.\t.\tagainst\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        Assert.Equal($"{path}:3: {NoLetter}", ex.Message);
    }
}
