namespace Classifier.Tests.Cli;

/// <summary>
/// A labeled stance file with a row the reader refuses (an unknown label) and a row toward a target of only function
/// words ("their") is one error naming both lines, in line order (a line of the CLI's standard error each), in every command that refuses such targets. Before,
/// the reader's error hid the target's row, which the user learned of only once the first was mended.
/// </summary>
public sealed class FunctionWordRowsAmongErrorsCliTests : IDisposable
{
    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("train")]
    [InlineData("train --check")]
    [InlineData("train --dev")]
    [InlineData("train --check --test")]
    [InlineData("train --check --check-file")]
    [InlineData("evaluate")]
    [InlineData("compare")]
    [InlineData("tune")]
    [InlineData("tune --dev")]
    [InlineData("cross-validate")]
    [InlineData("audit")]
    [InlineData("validate-data")]
    public void Command_ReaderErrorAndFunctionWordTarget_NamesBothLinesInOneError(string command)
    {
        var rows = _dir.File("rows.tsv", "text\ttarget\tlabel\n" +
            "China protested.\tChina\tnone\n" +
            "The US plan failed.\tUS\tagainst\n" +
            "Brussels welcomed the deal.\tEU\tfavor\n" +
            "The plan may work.\tChina\tmaybe\n" +
            "Paris backed the plan.\tFrance\tfavor\n" +
            "Berlin said nothing.\tGermany\tnone\n" +
            "Tokyo objected.\tJapan\tagainst\n" +
            "They lost their bid.\ttheir\tagainst\n");
        var train = _dir.File("train.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(150)) + "\n");
        var output = Path.Combine(_dir.Path, "out.zip");
        string[] args = command switch
        {
            "train" => ["train", "--task", "stance", "--data", rows, "--out", output],
            "train --check" => ["train", "--check", "--task", "stance", "--data", rows],
            "train --dev" => ["train", "--task", "stance", "--data", train, "--dev", rows, "--out", output],
            "train --check --test" => ["train", "--check", "--task", "stance", "--data", train, "--test", rows],
            "train --check --check-file" => ["train", "--check", "--task", "stance", "--data", train, "--check-file", rows],
            "evaluate" => ["evaluate", "--model", Stance, "--data", rows],
            "compare" => ["compare", "--model", Stance, "--data", rows],
            "tune" => ["tune", "--task", "stance", "--data", rows, "--budget-minutes", "1", "--out", output],
            "tune --dev" => ["tune", "--task", "stance", "--data", train, "--dev", rows, "--budget-minutes", "1", "--out", output],
            "cross-validate" => ["cross-validate", "--task", "stance", "--data", rows],
            "audit" => ["audit", "--task", "stance", "--data", rows],
            _ => ["validate-data", "--task", "stance", rows],
        };

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {rows}:5: label 'maybe' is not a stance label; use one of: against, none, favor\n" +
            $"error: {rows}:9: target 'their' is only function words, so the model would read every 'their' in a text as a mention of it; " +
            "put the name of a country, organisation, person or policy in the target, a person by their full name ('Theresa May', not 'May')\n",
            result.Stderr);
        if (args.Contains("--out"))
        {
            Assert.False(File.Exists(output));
        }
    }

    [Fact]
    public void TrainCheck_MoreFunctionWordRowsThanTheCapBeforeABadLabel_StillNamesTheBadLabel()
    {
        // 60 rows toward "their" (lines 2-61), then a bad label on line 62: the reader's own error is never pushed out of
        // the 50 problems listed by rows the command would refuse anyway.
        var rows = _dir.File("rows.tsv", "text\ttarget\tlabel\n" +
            string.Concat(Enumerable.Range(1, 60).Select(i => $"They lost bid number {i}.\ttheir\tagainst\n")) +
            "The plan may work.\tChina\tmaybe\n");

        var result = CliProcess.Run("train", "--check", "--task", "stance", "--data", rows);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {rows}:62: label 'maybe' is not a stance label", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {rows}:2: target 'their' is only function words", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("and 11 more", result.Stderr, StringComparison.Ordinal);
    }
}
