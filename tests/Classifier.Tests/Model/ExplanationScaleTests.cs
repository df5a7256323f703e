using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A contribution's weight is in the log-odds of the probabilities the explanation reports: a model calibrated by
/// temperature (both shipped models) divides its scores by the temperature, and so do its contributions.
/// </summary>
public sealed class ExplanationScaleTests
{
    private static readonly ModelScorer Shipped = SentimentClassifier.LoadDefault().Scorer;

    // An explanation lists only the features that push toward its label, so these texts are ones with no feature pushing
    // away in the shipped model's maximum-entropy member ("triumph", "won"). A retrain can move a small weight below zero
    // ("wonderful" and "celebrated" served until the forty-second session's, "excellent" until the forty-sixth's): pick
    // other such words then.
    [Theory]
    [InlineData("triumph")]
    [InlineData("won")]
    public void Explain_CalibratedModel_ContributionsAddUpToTheReportedLogOdds(string text)
    {
        // The shipped sentiment model's maximum-entropy member alone, with the shipped temperature: one softmax, so
        // the reported log-odds are its scores over the temperature.
        var scorer = Single(Shipped.Model.Temperature);
        Assert.NotEqual(1f, scorer.Model.Temperature);

        var explanation = Explainer.Explain(scorer, text, target: null, top: 1000);

        // Empty text scores the bias alone: what the text adds to the label's log-odds against the others is the contributions.
        var label = Array.IndexOf(scorer.Labels, explanation.Label);
        Assert.Equal(LogOdds(scorer, text, label) - LogOdds(scorer, "", label), explanation.Contributions.Sum(c => c.Weight), 4);
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
