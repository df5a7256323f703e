namespace Classifier.Tests.Cli;

/// <summary>A mistyped option is a usage error, not a text to score or one more value of an option that takes several.</summary>
public sealed class UnknownOptionCliTests
{
    [Fact]
    public void Predict_MistypedOption_UsageErrorSuggestingTheOption()
    {
        var result = CliProcess.Run("predict", "--taget", "China", "Beijing condemned the drills.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("unknown option '--taget'; did you mean '--target'?", result.Stderr);
        Assert.Contains("after '--'", result.Stderr);
    }

    [Fact]
    public void Predict_UnknownOptionWithNothingClose_UsageErrorWithoutSuggestion()
    {
        var result = CliProcess.Run("predict", "-x", "Beijing condemned the drills.");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown option '-x'", result.Stderr);
        Assert.DoesNotContain("did you mean", result.Stderr);
    }

    [Fact]
    public void Evaluate_DataTakingAMistypedOption_UsageErrorNotAMissingFile()
    {
        var result = CliProcess.Run("evaluate", "--model", "m.zip", "--data", "x.tsv", "--fromat", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown option '--fromat'; did you mean '--format'?", result.Stderr);
        Assert.DoesNotContain("not found", result.Stderr);
    }

    [Theory]
    [InlineData("--", "-Beijing condemned the drills.")]
    [InlineData("--", "--target")]
    [InlineData(null, "-5 percent: Beijing condemned the drills.")] // a dash and a digit is no option
    public void Predict_TextStartingWithADash_Scored(string? delimiter, string text)
    {
        string[] args = delimiter is null ? ["predict", "--format", "json", text] : ["predict", "--format", "json", delimiter, text];

        var result = CliProcess.Run(args);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var line = Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("{\"text\":" + System.Text.Json.JsonSerializer.Serialize(text) + ",", line);
    }
}
