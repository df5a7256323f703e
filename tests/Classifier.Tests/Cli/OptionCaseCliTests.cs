using System.CommandLine;
using System.Text.Json;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

/// <summary>
/// A choice option's value is matched in any case, as <c>--task</c>'s is: <c>--format JSON</c> is json. Before, only the
/// lower-case spelling was accepted and "JSON" was an error. Another value gets the message the parser's choices gave.
/// </summary>
public sealed class OptionCaseCliTests
{
    [Theory]
    [InlineData("JSON")]
    [InlineData("Json")]
    public void Predict_FormatInCapitals_WritesJsonLines(string format)
    {
        var run = CliProcess.RunWithInput("Talks resumed after a two-year freeze.\n", "predict", "--format", format);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout.Trim());
        Assert.True(json.RootElement.TryGetProperty("label", out _), run.Stdout);
    }

    [Fact]
    public void Explain_FormatInCapitals_WritesJson()
    {
        var run = CliProcess.Run("explain", "--format", "JSON", "Talks resumed after a two-year freeze.");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.TryGetProperty("contributions", out _), run.Stdout);
    }

    [Fact]
    public void Predict_InputFormatInCapitals_ReadsTsv()
    {
        var run = CliProcess.RunWithInput("text\nTalks resumed after a two-year freeze.\n", "predict", "--input", "TSV", "--format", "tsv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        // One scored row under the header: the header line was read as a header, not scored as a text.
        Assert.Equal(2, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("Talks resumed after a two-year freeze.\t", run.Stdout.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("predict", "--format", "xml", "error: --format: 'xml' is not one of the values it takes: text, json, tsv")]
    [InlineData("predict", "--input", "csv", "error: --input: 'csv' is not one of the values it takes: lines, tsv, jsonl")]
    [InlineData("explain", "--format", "tsv", "error: --format: 'tsv' is not one of the values it takes: text, json")]
    public void Command_ValueNotAmongTheChoices_UsageErrorNamingThem(string command, string option, string value, string message)
    {
        var run = command == "explain"
            ? CliProcess.Run(command, option, value, "Talks resumed.")
            : CliProcess.RunWithInput("Talks resumed.\n", command, option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MACROF1", "macroF1")]
    [InlineData("Favg", "favg")]
    public void AnyCaseOf_ValueInAnotherCase_GivesTheAllowedSpelling(string given, string expected)
    {
        // tune's --metric is parsed so: the command compares the value with "macroF1" as written.
        var metric = new Option<string>("--metric") { CustomParser = CommonOptions.AnyCaseOf("macroF1", "accuracy", "favg") };

        var parse = new RootCommand { metric }.Parse(["--metric", given]);

        Assert.Empty(parse.Errors);
        Assert.Equal(expected, parse.GetValue(metric));
    }
}
