using System.Text.Json;

namespace Classifier.Tests.Cli;

/// <summary><c>explain --label L</c> explains L, predicted or not, and says which label the model predicts.</summary>
public sealed class ExplainLabelCliTests
{
    private const string Text = "Poverty declined for the third straight year.";

    [Fact]
    public void ExplainText_LabelNotPredicted_HeadsWithTheAskedLabelAndNamesThePredictedOne()
    {
        var predicted = SentimentClassifier.LoadDefault().Predict(Text).Label;
        var asked = predicted == "positive" ? "negative" : "positive";

        var run = CliProcess.Run("explain", "--label", asked, Text);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith($"{asked} (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"as asked; the model predicts {predicted}", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainJson_StanceLabelAsked_LabelAndContributionsAreTheLibrarysForIt()
    {
        const string text = "The IAEA said Iran had fully cooperated with inspectors.";
        var expected = StanceClassifier.LoadDefault().Explain(text, "Iran", "favor", top: 5);

        var run = CliProcess.Run("explain", "--target", "Iran", "--label", "favor", "--top", "5", "--format", "json", text);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("favor", json.RootElement.GetProperty("label").GetString());
        Assert.Equal(expected.Contributions.Select(c => c.Feature),
            json.RootElement.GetProperty("contributions").EnumerateArray().Select(c => c.GetProperty("feature").GetString()));
    }

    [Fact]
    public void Explain_LabelOfTheOtherTask_UsageErrorNamingTheModelsLabels()
    {
        var run = CliProcess.Run("explain", "--label", "favor", Text);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--label 'favor' is not one of the model's labels: give one of negative, neutral, positive", run.Stderr, StringComparison.Ordinal);
    }
}
