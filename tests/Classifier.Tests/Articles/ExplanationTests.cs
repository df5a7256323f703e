using Classifier.Tests.Cli;

using Classifier.Tests.Training;

namespace Classifier.Tests.Articles;

[Collection(AnalysisCollection.Name)]
public sealed class ExplanationTests(TrainingFixture sentiment, Classifier.Tests.Stance.StanceFixture stance)
{
    private readonly AnalysisFixture fixture = new(sentiment, stance);

    [Fact]
    public void Explain_DeletingTopWords_LowersThePredictedLabelsProbability()
    {
        var classifier = SentimentClassifier.Load(fixture.SentimentPath);
        var sentences = fixture.Test.Examples.Where(e => e.Label != "neutral").Take(120).Select(e => e.Text).ToArray();
        var lowered = 0;
        var drops = new List<double>();
        foreach (var text in sentences)
        {
            var explanation = classifier.Explain(text, top: 3);
            var before = classifier.Predict(text).Probabilities[explanation.Label];
            var chars = text.ToCharArray();
            foreach (var span in explanation.Contributions.SelectMany(c => c.Spans))
            {
                Array.Fill(chars, ' ', span.Start, span.Length);
            }

            var after = classifier.Predict(new string(chars)).Probabilities[explanation.Label];
            lowered += after < before ? 1 : 0;
            drops.Add(before - after);
        }

        Assert.True(lowered >= sentences.Length * 0.9, $"{lowered} of {sentences.Length} lowered");
        Assert.True(drops.Average() > 0.1, $"mean drop {drops.Average()}");
    }

    [Fact]
    public void Explain_Contributions_ArePositiveSortedAndPointIntoTheText()
    {
        const string text = "The talks collapsed amid bitter accusations and threats of new sanctions.";
        var explanation = SentimentClassifier.Load(fixture.SentimentPath).Explain(text, top: 5);

        Assert.Equal(SentimentClassifier.Load(fixture.SentimentPath).Predict(text).Label, explanation.Label);
        Assert.InRange(explanation.Contributions.Count, 1, 5);
        Assert.All(explanation.Contributions, c => Assert.True(c.Weight > 0));
        Assert.Equal(explanation.Contributions.Select(c => c.Weight).OrderDescending(), explanation.Contributions.Select(c => c.Weight));
        Assert.All(explanation.Contributions.SelectMany(c => c.Spans), s => Assert.InRange(s.Start + s.Length, 1, text.Length));
        Assert.All(explanation.Contributions.Where(c => c.Spans.Count == 1),
            c => Assert.Equal(c.Feature, text.Substring(c.Spans[0].Start, c.Spans[0].Length)));
    }

    [Fact]
    public void Explain_RiseOfAnUnwantedQuantity_IsItsOwnChangeContribution()
    {
        const string text = "Unemployment rose for a third month as factories closed.";
        var explanation = SentimentClassifier.Load(fixture.SentimentPath).Explain(text, top: 50);

        var change = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.Change);
        Assert.Equal("Unemployment rose", change.Feature);
        Assert.Equal([new TextSpan(0, 17)], change.Spans);
        Assert.Equal("negative", explanation.Label);
    }

    [Fact]
    public void ExplainStance_MentionOfTarget_IsFoundThroughAliases()
    {
        var stance = StanceClassifier.Load(fixture.StancePath);
        const string text = "Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion.";

        Assert.Equal([new TextSpan(54, 10)], stance.FindMentions(text, "United States"));
        Assert.Equal([new TextSpan(18, 5)], stance.FindMentions(text, "South Korea"));
        Assert.Empty(stance.FindMentions(text, "China"));
        var explanation = stance.Explain(text, "United States", top: 8);
        Assert.Equal(stance.Predict(text, "United States").Label, explanation.Label);
        Assert.NotEmpty(explanation.Contributions);
    }

    [Fact]
    public void ExplainCli_Json_ListsContributions()
    {
        var result = CliProcess.Run("explain", "--model", fixture.SentimentPath, "--format", "json", "--top", "4", "Shelling killed four civilians overnight.");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.InRange(json.RootElement.GetProperty("contributions").GetArrayLength(), 1, 4);
        Assert.Contains(json.RootElement.GetProperty("label").GetString(), new[] { "negative", "neutral", "positive" });
    }
}
