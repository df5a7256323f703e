using Classifier.Features;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A contribution's weight is in the log-odds of the probabilities the explanation reports: a model calibrated by
/// temperature (both shipped models) divides its scores by the temperature, and so do its contributions.
/// </summary>
public sealed class ExplanationScaleTests
{
    private static readonly ModelScorer Shipped = SentimentClassifier.LoadDefault().Scorer;

    // An explanation lists only the features that push toward its label, so the sum holds when none pushes away. A member
    // built for the text, in which each of its features pushes toward the label, makes that so whatever the shipped
    // weights are (until the fifty-eighth session the test used words the shipped member happened to read so, and each
    // retrain could break it). One word: its word-vector share then has the sign of the block's push too.
    [Theory]
    [InlineData("triumph", "positive")]
    [InlineData("collapsed", "negative")]
    [InlineData("Tuesday", "neutral")]
    [InlineData("Tuesday", "positive")]
    public void Explain_CalibratedModel_ContributionsAddUpToTheReportedLogOdds(string text, string label)
    {
        // One member, with the shipped temperature: one softmax, so the reported log-odds are its scores over the temperature.
        var asked = Array.IndexOf(Shipped.Labels, label);
        var scorer = PushingToward(text, asked, Shipped.Model.Temperature);
        Assert.NotEqual(1f, scorer.Model.Temperature);

        var explanation = Explainer.Explain(scorer, text, target: null, top: 1000, asked);

        // Empty text scores the bias alone: what the text adds to the label's log-odds against the others is the contributions.
        Assert.Equal(label, explanation.Label);
        Assert.True(explanation.Contributions.Count > 1, "the word gives more than one feature (its n-grams)");
        Assert.Equal(LogOdds(scorer, text, asked) - LogOdds(scorer, "", asked), explanation.Contributions.Sum(c => c.Weight), 4);
    }

    [Fact]
    public void Explain_CalibratedModel_WeightsAreTheUncalibratedOnesOverTheTemperature()
    {
        const string text = "Exports fell sharply after the sanctions, but talks resumed.";
        var temperature = Shipped.Model.Temperature;

        var calibrated = Explainer.Explain(Single(temperature), text, target: null, top: 1000);
        var uncalibrated = Explainer.Explain(Single(1f), text, target: null, top: 1000);

        Assert.Equal(uncalibrated.Label, calibrated.Label);
        Assert.Equal(uncalibrated.Contributions.Select(c => (c.Feature, c.Kind)), calibrated.Contributions.Select(c => (c.Feature, c.Kind)));
        Assert.All(calibrated.Contributions.Zip(uncalibrated.Contributions), p => Assert.Equal(p.Second.Weight / temperature, p.First.Weight, 6));
    }

    /// <summary>
    /// The shipped model with one member, whose only weights are toward <paramref name="label"/> for the features of
    /// <paramref name="text"/>, each of the sign of the feature's value, and the shipped member's biases.
    /// </summary>
    private static ModelScorer PushingToward(string text, int label, float temperature)
    {
        var vector = new SparseVector();
        Shipped.ProbabilitiesExplained(Shipped.Visible(text), target: null, new FeatureSink(), vector, new double[Shipped.Classes], out _);
        var member = Shipped.Model.Members[0];
        var weights = new float[member.Weights.Length];
        for (var j = 0; j < vector.Count; j++)
        {
            weights[(vector.Indices[j] * member.Classes) + label] = 0.5f * MathF.Sign(vector.Values[j]);
        }

        var pushing = new LinearModel(member.Classes, member.Features, weights, [.. member.Bias], member.Output, member.Sigmoid);
        return new(new LoadedModel(Shipped.Info, Shipped.Vocabulary, new ModelWeights([pushing], temperature), Shipped.Featurizer.Lexicon));
    }

    private static ModelScorer Single(float temperature) => new(new LoadedModel(Shipped.Info, Shipped.Vocabulary,
        new ModelWeights([Shipped.Model.Members[0]], temperature), Shipped.Featurizer.Lexicon));

    /// <summary>The log-probability of <paramref name="label"/> minus the mean of the other labels'.</summary>
    private static double LogOdds(ModelScorer scorer, string text, int label)
    {
        var p = new double[scorer.Classes];
        scorer.Probabilities(text, p);
        return Math.Log(p[label]) - Enumerable.Range(0, p.Length).Where(k => k != label).Average(k => Math.Log(p[k]));
    }
}
