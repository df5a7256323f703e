using Classifier.Model;

namespace Classifier.Tests.Stance;

/// <summary>
/// Explanations toward issue targets read the one featurisation that scores the text: their label and probability are
/// <c>Predict</c>'s, the gate they name is the one that raised none, and nothing is left over from an earlier text.
/// </summary>
public sealed class IssueGateExplanationTests
{
    private const string Rents = "Landlords in the capital raised monthly rents by a fifth, and tenant groups asked the city to cap them.";
    private const string Trawlers = "Trawler captains say the new limits on cod will bankrupt half the harbour's fleet by spring.";
    private const string Hailed = "Campaigners hailed the four-day week as a lifeline for exhausted workers.";
    private const string Seized = "Police seized two tonnes of marijuana at the port.";
    private const string Other = "Ministers met in Geneva to talk about the harvest and the price of bread.";

    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    /// <summary>Rows of (text, target, the gate contribution's text or "" for none), both gates firing and passing.</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        { Hailed, "tidal power", "tidal power untouched: no word of the text comes within 0.3 of its words" }, // unseen issue, gated
        { Seized, "cannabis legalisation", "" }, // unseen issue, a word near
        { Rents, "joint military exercises", "joint military exercises untouched: the text is nearer rent control" }, // trained issue, gated
        { Trawlers, "fishing quotas", "" }, // trained issue the text is about
        { Rents, "Vietnam", "" }, // a name: neither gate reads it
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Explain_IssueTarget_LabelProbabilityAndGateAgreeWithPredict(string text, string target, string gate)
    {
        var predicted = Stance.Predict(text, target);

        var explanation = Stance.Explain(text, target, 1000);

        Assert.Equal(predicted.Label, explanation.Label);
        Assert.Equal(predicted.Probabilities[predicted.Label], explanation.Probability);
        Assert.Equal(gate, explanation.Contributions.SingleOrDefault(c => c.Kind == FeatureKind.UntouchedIssue)?.Feature ?? "");
    }

    [Fact]
    public void Explain_AfterOtherTextsAndTargetsOnTheSameScorer_SameAsOnAFreshScorer()
    {
        var rows = Rows.Select(r => ((string)r[0], (string)r[1])).ToArray();
        var shared = Fresh();
        var shuffled = new List<string>();
        foreach (var (text, target) in rows.Concat(rows.Reverse()))
        {
            // Scores another text through both gates' caches first (the trained issue's text vector, the unseen issue's word vectors).
            UnseenIssueTests.Probabilities(shared, Other, "joint military exercises");
            UnseenIssueTests.Probabilities(shared, Other, "tidal power");
            shuffled.Add(Describe(Explainer.Explain(shared, text, shared.Target(target), 1000)));
        }

        var alone = rows.Concat(rows.Reverse()).Select(r => ExplainAlone(r.Item1, r.Item2));
        Assert.Equal(alone, shuffled);
    }

    [Theory]
    [InlineData(Seized, "cannabis legalisation")]
    [InlineData(Trawlers, "fishing quotas")]
    public void Explain_GatesPass_SameContributionsAsWithoutTheGates(string text, string target)
    {
        var shipped = Stance.Scorer;
        var ungated = new ModelScorer(new LoadedModel(shipped.Info with { Featurizer = shipped.Info.Featurizer with { UnseenIssueFloor = 0 } },
            shipped.Vocabulary, shipped.Model, shipped.Featurizer.Lexicon));

        Assert.Equal(Describe(Explainer.Explain(ungated, text, ungated.Target(target), 1000)), Describe(Explainer.Explain(shipped, text, shipped.Target(target), 1000)));
    }

    private static string ExplainAlone(string text, string target)
    {
        var fresh = Fresh();
        return Describe(Explainer.Explain(fresh, text, fresh.Target(target), 1000));
    }

    private static ModelScorer Fresh()
    {
        var shipped = Stance.Scorer;
        return new ModelScorer(new LoadedModel(shipped.Info, shipped.Vocabulary, shipped.Model, shipped.Featurizer.Lexicon, shipped.Topics));
    }

    private static string Describe(Explanation e) => FormattableString.Invariant(
        $"{e.Label} {e.Probability:R}: {string.Join("; ", e.Contributions.Select(c => $"{c.Feature}|{c.Kind}|{c.Weight:R}|{string.Join(",", c.Spans)}"))}");
}
