namespace Classifier.Tests.Cli;

/// <summary>
/// A target (or <c>--alias</c> name) the library refuses for being only function words ("the", "will":
/// <see cref="Model.ModelScorer.FunctionWordsProblem"/>) is refused by the CLI in its own terms: a usage error for an
/// option, said once, and an error record for an input row. Before, <c>predict --target the</c> scored every row.
/// </summary>
public sealed class FunctionWordTargetsCliTests : IDisposable
{
    private const string Problem = "target 'the' is only function words, so the model would read every 'the' in a text as a mention of it; "
        + "put the name of a country, organisation, person or policy in the target, a person by their full name ('Theresa May', not 'May')";

    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("predict")]
    [InlineData("explain")]
    public void Command_FunctionWordTargetOption_IsAUsageError(string command)
    {
        var result = CliProcess.Run(command, "--model", Stance, "--target", "the", "The plan will fail.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --target: {Problem}\n", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Analyze_FunctionWordTargetOption_IsAUsageError()
    {
        var article = _dir.File("article.txt", "China praised the plan. The plan will fail.\n");

        var result = CliProcess.Run("analyze", "--target", "China", "--target", "the", "--file", article);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --target: {Problem}\n", result.Stderr);
    }

    [Fact]
    public void Predict_FunctionWordAliasName_IsAUsageError()
    {
        var result = CliProcess.Run("predict", "--model", Stance, "--alias", "China=their", "--target", "China", "China protested.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --alias: name 'their' is only function words, so the model would read every 'their' in a text as a mention of it; give a name of 'China' or leave it out\n", result.Stderr);
    }

    [Fact]
    public void Predict_RowTargetOfFunctionWords_GetsAnErrorRecordAndTheOtherRowsAreScored()
    {
        var input = _dir.File("rows.tsv", "text\ttarget\nThe plan will fail.\tthe\nThe plan will fail.\tus\n");

        var result = CliProcess.Run("predict", "--model", Stance, "--file", input);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal($"{{\"text\":\"The plan will fail.\",\"target\":\"the\",\"line\":2,\"error\":\"{Problem}\"}}", lines[0]);
        Assert.Contains("\"target\":\"us\",\"label\":", lines[1]);
    }

    [Fact]
    public void Uncertain_RowTargetOfFunctionWords_IsRefusedAtItsLine()
    {
        var input = _dir.File("rows.tsv", "text\ttarget\nThe plan will fail.\tChina\nThe plan will fail.\twill\n");

        var result = CliProcess.Run("uncertain", "--model", Stance, "--data", input);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {input}:3: target 'will' is only function words", result.Stderr);
    }

    [Fact]
    public void Uncertain_FunctionWordTargetOption_IsAUsageError()
    {
        var input = _dir.File("lines.txt", "The plan will fail.\n");

        var result = CliProcess.Run("uncertain", "--model", Stance, "--target", "the", "--data", input);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --target: {Problem}\n", result.Stderr);
    }

    [Fact]
    public void Train_LabeledRowTowardAFunctionWord_IsABadFileAtItsLine()
    {
        var data = _dir.File("train.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(150)) + "\nThe plan will fail.\tthe\tagainst\n");
        var model = Path.Combine(_dir.Path, "model.zip");

        var result = CliProcess.Run("train", "--task", "stance", "--data", data, "--out", model);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {data}:151: target 'the' is only function words, so the model would read every 'the' in a text as a mention of it;", result.Stderr);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public void Evaluate_LabeledRowTowardAFunctionWord_IsABadFileAtItsLine()
    {
        var data = _dir.File("test.tsv", "text\ttarget\tlabel\nChina protested.\tChina\tnone\nThe plan will fail.\twill\tagainst\nThe plan will fail.\tus\tagainst\n");

        var result = CliProcess.Run("evaluate", "--model", Stance, "--data", data);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {data}:3: target 'will' is only function words, so the model would read every 'will' in a text as a mention of it; "
            + "put the name of a country, organisation, person or policy in the target, a person by their full name ('Theresa May', not 'May')\n", result.Stderr);
    }

    [Fact]
    public void TrainCheck_DevRowTowardAFunctionWord_IsABadFileAtItsLine()
    {
        var data = _dir.File("train.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(150)) + "\n");
        var dev = _dir.File("dev.tsv", "text\ttarget\tlabel\nChina protested.\tChina\tnone\nThe plan will fail.\tof the\tagainst\n");

        var result = CliProcess.Run("train", "--check", "--task", "stance", "--data", data, "--dev", dev);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {dev}:3: target 'of the' is only function words", result.Stderr);
    }

    [Theory]
    [InlineData("validate-data")]
    [InlineData("compare")]
    [InlineData("tune")]
    public void Command_LabeledRowTowardAFunctionWord_FailsNamingItsLine(string command)
    {
        var rows = _dir.File("rows.tsv", "text\ttarget\tlabel\nChina protested.\tChina\tnone\nThe plan will fail.\tthe\tagainst\nThe US plan failed.\tus\tagainst\n");
        var train = _dir.File("train.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(150)) + "\n");
        var output = Path.Combine(_dir.Path, "tuned.json");
        string[] args = command switch
        {
            "validate-data" => ["validate-data", "--task", "stance", rows],
            "compare" => ["compare", "--model", Stance, "--data", rows],
            _ => ["tune", "--task", "stance", "--data", train, "--dev", rows, "--budget-minutes", "1", "--out", output],
        };

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{rows}:3: {Problem}", result.Stdout + result.Stderr);
        Assert.DoesNotContain($"{rows}:4:", result.Stdout + result.Stderr);
        Assert.False(File.Exists(output));
    }
}
