using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// <c>Explain(text, label)</c> explains a label the caller asks for, predicted or not: what spoke for it. Before, only the
/// predicted label could be explained, so a user could not see the counter-weights (the good change in a sentence read
/// negative).
/// </summary>
public sealed class ExplanationLabelTests
{
    private const string Mixed = "Poverty declined for the third straight year, but clashes erupted near the border.";

    private static readonly SentimentClassifier Sentiment = SentimentClassifier.LoadDefault();
    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    [Fact]
    public void Explain_AskedLabelNotPredicted_ExplainsThatLabelWithItsProbability()
    {
        var predicted = Sentiment.Predict(Mixed);
        foreach (var label in Sentiment.Labels.Where(l => l != predicted.Label))
        {
            var explanation = Sentiment.Explain(Mixed, label, top: 1000);

            Assert.Equal(label, explanation.Label);
            Assert.Equal(predicted.Probabilities[label], explanation.Probability, 12);
        }
    }

    [Fact]
    public void Explain_AskedLabelIsThePredictedOne_SameAsTheUnaskedExplanation()
    {
        var label = Sentiment.Predict(Mixed).Label;

        Assert.Equal(Sentiment.Explain(Mixed, top: 1000), Sentiment.Explain(Mixed, label, top: 1000));
    }

    [Fact]
    public void Explain_EachLabel_AFeatureNeverPushesTowardAllThreeInOneSoftmax()
    {
        // In one softmax member a feature's pushes toward the three labels (its weight for each less the mean of the other
        // two) add up to zero, so no feature can push toward all three; explaining the predicted label three times would.
        var scorer = new ModelScorer(new LoadedModel(Sentiment.Scorer.Info, Sentiment.Scorer.Vocabulary,
            new ModelWeights([Sentiment.Scorer.Model.Members[0]], 1f), Sentiment.Scorer.Featurizer.Lexicon));
        var pushes = scorer.Labels.Select(l => Explainer.Explain(scorer, Mixed, target: null, top: 1000, Array.IndexOf(scorer.Labels, l))
            .Contributions.Where(c => c.Kind != FeatureKind.WordVectors).Select(c => (c.Kind, c.Feature)).ToHashSet()).ToArray();

        Assert.All(pushes, p => Assert.NotEmpty(p));
        Assert.Empty(pushes[0].Intersect(pushes[1]).Intersect(pushes[2]));
    }

    [Fact]
    public void Explain_WordAtTwoPlaces_ListsBothPlacesForEveryLabelItPushesToward()
    {
        // "the" comes before and after "but" in Mixed, so its second place is also a contrast-marked feature: the two
        // places can push opposite ways. The contribution is the word's, over every place (docs/cli.md: "one
        // contribution with every span, its weight their sum"), not the places that happen to push toward the label.
        var scorer = new ModelScorer(new LoadedModel(Sentiment.Scorer.Info, Sentiment.Scorer.Vocabulary,
            new ModelWeights([Sentiment.Scorer.Model.Members[0]], 1f), Sentiment.Scorer.Featurizer.Lexicon));
        var places = new[] { Mixed.IndexOf(" the third", StringComparison.Ordinal) + 1, Mixed.IndexOf(" the border", StringComparison.Ordinal) + 1 };
        var found = 0;
        foreach (var label in Enumerable.Range(0, scorer.Labels.Length))
        {
            var the = Explainer.Explain(scorer, Mixed, target: null, top: 1000, label).Contributions
                .Where(c => c.Kind == FeatureKind.Words && c.Feature == "the").ToArray();
            foreach (var c in the)
            {
                found++;
                Assert.Equal(places, c.Spans.Select(s => s.Start));
            }
        }

        // Pushes toward the three labels sum to zero in one softmax member, so the word pushes toward one or two of them.
        Assert.InRange(found, 1, 2);
    }

    [Fact]
    public void Explain_GoodChangeInASentenceReadNegative_ShowsTheChangeTowardPositive()
    {
        const string text = "Poverty declined for the third straight year.";

        Assert.Equal("negative", Sentiment.Predict(text).Label);

        var positive = Sentiment.Explain(text, "positive", top: 3);

        Assert.Contains(positive.Contributions, c => c.Kind == FeatureKind.Change && c.Feature == "Poverty declined");
        Assert.DoesNotContain(Sentiment.Explain(text, top: 1000).Contributions, c => c.Kind == FeatureKind.Change);
    }

    [Theory]
    [InlineData("favour")]
    [InlineData("Positive")]
    [InlineData("")]
    public void Explain_LabelNotTheModels_ThrowsNamingTheLabels(string label)
    {
        var e = Assert.Throws<ArgumentException>(() => Sentiment.Explain(Mixed, label));

        Assert.Equal("label", e.ParamName);
        Assert.Contains($"'{label}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("negative, neutral, positive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_StanceLabelNotTheModels_ThrowsNamingTheLabelParameter()
    {
        var e = Assert.Throws<ArgumentException>(() => Stance.Explain(Mixed, "China", "positive"));

        Assert.Equal("label", e.ParamName);
        Assert.Contains("against, none, favor", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AskedLabelTopBelowOne_ThrowsOutOfRange()
    {
        Assert.Equal("top", Assert.Throws<ArgumentOutOfRangeException>(() => Sentiment.Explain(Mixed, "positive", 0)).ParamName);
        Assert.Equal("top", Assert.Throws<ArgumentOutOfRangeException>(() => Stance.Explain(Mixed, "China", "favor", 0)).ParamName);
    }

    [Fact]
    public void Explain_NullLabel_ThrowsArgumentNull()
    {
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => Sentiment.Explain(Mixed, (string)null!)).ParamName);
        Assert.Equal("label", Assert.Throws<ArgumentNullException>(() => Stance.Explain(Mixed, "China", null!)).ParamName);
    }

    [Fact]
    public void Explain_StanceLabelAsked_ExplainsThatStanceTowardTheTarget()
    {
        const string text = "Britain praised Germany and condemned Russia over the raid.";
        var predicted = Stance.Predict(text, "Germany");
        var other = Stance.Labels.First(l => l != predicted.Label);

        var explanation = Stance.Explain(text, "Germany", other, top: 1000);

        Assert.Equal(other, explanation.Label);
        Assert.Equal(predicted.Probabilities[other], explanation.Probability, 12);
        Assert.Equal(Stance.Explain(text, "Germany", top: 1000), Stance.Explain(text, "Germany", predicted.Label, top: 1000));
        Assert.Throws<ArgumentException>(() => Stance.Explain(text, "Germany", "negative"));
    }
}
