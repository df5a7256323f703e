using System.Text.Json;

namespace Classifier.Tests.Cli;

/// <summary><c>predict --alias TARGET=NAME</c>: a caller's names for a target, as <see cref="StanceClassifier.WithAliases"/> adds them.</summary>
public sealed class PredictAliasCliTests
{
    private const string Levy = "Lawmakers voted to scrap the windfall levy on banks after lenders said it had squeezed credit.";

    [Fact]
    public void Predict_Alias_ScoresAsTheLibraryDoesWithTheAlias()
    {
        var plain = CliProcess.Run("predict", "--target", "windfall tax", "--format", "json", Levy);
        var aliased = CliProcess.Run("predict", "--target", "windfall tax", "--alias", "windfall tax=windfall levy", "--format", "json", Levy);

        Assert.True(aliased.ExitCode == 0, aliased.Stderr);
        var expected = StanceClassifier.LoadDefault().WithAliases("windfall tax", "windfall levy").Predict(Levy, "windfall tax").Probabilities["against"];
        Assert.Equal(expected, Against(aliased.Stdout), 6);
        Assert.NotEqual(Against(plain.Stdout), Against(aliased.Stdout), 6);
    }

    [Theory]
    [InlineData("windfall levy", "--alias needs TARGET=NAME")]
    [InlineData("=windfall levy", "--alias needs TARGET=NAME")]
    [InlineData("Tesla=Washington", "'Washington' already names 'United States'")]
    public void Predict_BadAlias_FailsWithUsage(string alias, string message)
    {
        var result = CliProcess.Run("predict", "--target", "Tesla", "--alias", alias, "Shares rose.");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void Predict_AliasWithSentimentModel_FailsWithUsage()
    {
        var result = CliProcess.Run("predict", "--alias", "Tesla=TSLA", "Shares rose.");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--alias applies to stance models only", result.Stderr);
    }

    private static double Against(string jsonLines) =>
        JsonDocument.Parse(jsonLines.Split('\n')[0]).RootElement.GetProperty("probabilities").GetProperty("against").GetDouble();
}
