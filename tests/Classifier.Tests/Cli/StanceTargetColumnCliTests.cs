using System.Text.Json.Nodes;

namespace Classifier.Tests.Cli;

/// <summary>
/// A stance model scoring a TSV file that has no target column, or JSON lines whose first line has no target, with no
/// <c>--target</c>: one error before any row is scored.
/// </summary>
public sealed class StanceTargetColumnCliTests : IDisposable
{
    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("predict", "--file")]
    [InlineData("uncertain", "--data")]
    public void Command_StanceModelOnTsvWithoutTargetColumn_FailsOnceNamingTheFileAndWhatToDo(string command, string fileOption)
    {
        var file = _dir.File("rows.tsv", "text\tsource\nBeijing condemned the drills.\twire\nTalks resumed.\twire\nSeoul praised the deal.\twire\n");

        var result = CliProcess.Run(command, "--model", Stance, fileOption, file, "--format", "tsv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"error: {file}:1: {Stance} is a stance model, which needs a target for each text, and this TSV has no 'target' column " +
            $"(columns found: text, source): give the target of every row with --target T, or add a 'target' column{Environment.NewLine}",
            result.Stderr);
    }

    [Theory]
    [InlineData("predict", "--file")]
    [InlineData("uncertain", "--data")]
    public void Command_StanceModelOnTsvWithNeitherTextNorTargetColumn_FailsOnceNamingBothColumns(string command, string fileOption)
    {
        var file = _dir.File("rows.tsv", "sentence\tsource\nHanoi welcomed the port deal.\twire\nOttawa paused the talks.\twire\n");

        var result = CliProcess.Run(command, "--model", Stance, fileOption, file, "--format", "tsv");

        // Exit 2, as a TSV without a text column is for a sentiment model (it was 1, a usage error).
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"error: {file}:1: {Stance} is a stance model, which needs a text and a target for each row, and this TSV's header has " +
            "neither a 'text' nor a 'target' column (columns found: sentence, source): name the column that holds the texts 'text', " +
            $"and add a 'target' column or give the target of every row with --target T{Environment.NewLine}",
            result.Stderr);
    }

    [Theory]
    [InlineData("predict", "--file")]
    [InlineData("uncertain", "--data")]
    public void Command_StanceModelAndTargetOnTsvWithoutTextColumn_SaysWhichColumnToName(string command, string fileOption)
    {
        var file = _dir.File("rows.tsv", "sentence\tsource\nBeijing welcomed the port deal.\twire\n");

        var result = CliProcess.Run(command, "--model", Stance, "--target", "China", fileOption, file, "--format", "tsv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: {file}:1: no 'text' column; columns found: sentence, source; name the column that holds the texts 'text' " +
            $"in the header line{Environment.NewLine}",
            result.Stderr);
    }

    [Theory]
    [InlineData("predict", "--file")]
    [InlineData("uncertain", "--data")]
    public void Command_StanceModelOnJsonLinesWithoutTargets_FailsOnceAtTheFirstLine(string command, string fileOption)
    {
        var file = _dir.File("rows.jsonl", "\n{\"text\": \"Hanoi welcomed the port deal.\"}\n{\"text\": \"Ottawa paused the talks.\"}\n");

        var result = CliProcess.Run(command, "--model", Stance, fileOption, file, "--format", "tsv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"error: {file}:2: {Stance} is a stance model, which needs a target for each text, and the first JSON line has no \"target\" string " +
            "(keys found: text): give the target of every line with --target T, or a \"target\" string on each line " +
            $"({{\"text\": \"...\", \"target\": \"...\"}}){Environment.NewLine}",
            result.Stderr);
    }

    [Fact]
    public void Predict_StanceModelOnJsonLinesOnStandardInputWithoutTargetOrText_FailsOnceNamingBoth()
    {
        var result = CliProcess.RunWithInput("{\"sentence\": \"Hanoi welcomed the port deal.\", \"id\": 7}\n",
            "predict", "--model", Stance, "--input", "jsonl", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"error: (stdin):1: {Stance} is a stance model, which needs a text and a target for each line, and the first JSON line has neither a " +
            "\"text\" nor a \"target\" string (keys found: sentence, id): write each line as {\"text\": \"...\", \"target\": \"...\"}, " +
            $"or give the target of every line with --target T and a \"text\" string on each line{Environment.NewLine}",
            result.Stderr);
    }

    [Fact]
    public void Predict_StanceModelOnJsonLinesWhereALaterLineLacksATarget_ScoresTheOthersAndReportsThatLineInJsonTerms()
    {
        var file = _dir.File("rows.jsonl",
            "{\"text\": \"Hanoi welcomed the port deal.\", \"target\": \"Vietnam\"}\n" +
            "{\"text\": \"Ottawa paused the talks.\"}\n" +
            "{\"text\": \"Lima praised the accord.\", \"target\": \"Peru\"}\n");

        var result = CliProcess.Run("predict", "--model", Stance, "--file", file, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(3, lines.Length); // two scored lines and the error in its place
        Assert.Equal(["Vietnam", null, "Peru"], lines.Select(l => (string?)l["target"]));
        Assert.NotNull(lines[0]["label"]);
        Assert.NotNull(lines[2]["label"]);
        const string Reason = "no \"target\" string; give this line one, or give --target T for the lines without one";
        Assert.Equal(Reason, (string?)lines[1]["error"]);
        Assert.Equal(
            $"{file}:2: {Reason}; 1 input(s) could not be scored and have an error instead of a label in the output; fix them and score them again{Environment.NewLine}",
            result.Stderr);
    }

    [Fact]
    public void Uncertain_JsonLineWithoutTarget_RefusesTheFileAsBadInputNamingTheLine()
    {
        // Exit 2, as predict's error record and uncertain's too-long target; it was a usage error, exit 1.
        var file = _dir.File("rows.jsonl", "{\"text\": \"Hanoi welcomed the port deal.\", \"target\": \"Vietnam\"}\n" +
            "{\"text\": \"Ottawa paused the talks.\"}\n");

        var result = CliProcess.Run("uncertain", "--model", Stance, "--data", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:2: no \"target\" string; give this line one, or give --target T for the lines without one", result.Stderr);
    }
}
