using Classifier.Features;
using Classifier.Model;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// The <c>unseenIssueFloor</c> gate: none raised toward an issue the model never trained on when the text neither names it
/// nor has a word near its words, and nothing else changed. The shipped model's weights scored with the floor at 0.3 and
/// at 0 (off), so the tests do not depend on the shipped setting.
/// </summary>
public sealed class UnseenIssueTests
{
    private const string Rents = "Landlords in the capital raised monthly rents by a fifth, and tenant groups asked the city to cap them.";
    private const string Hailed = "Campaigners hailed the four-day week as a lifeline for exhausted workers.";
    private const string Seized = "Police seized two tonnes of marijuana at the port.";
    private const string Scooters = "Riders of rental scooters will need a licence from June.";

    private static readonly ModelScorer Shipped = StanceClassifier.LoadDefault().Scorer;

    private static readonly ModelScorer Gated = With(0.3f);

    private static readonly ModelScorer Ungated = With(0);

    [Fact]
    public void ShippedModel_UsesTheFloorAndReadsAnUntouchedUnseenIssueAsNone()
    {
        var stance = StanceClassifier.LoadDefault();

        Assert.Equal(0.3f, stance.Info.Featurizer.UnseenIssueFloor);
        Assert.Equal("none", stance.Predict(Hailed, "tidal power").Label);
        Assert.Equal("favor", stance.Predict(Hailed, "the four-day week").Label);
    }

    [Fact]
    public void Predict_UnseenIssueNoWordNear_RaisesNoneOddsByTheShift()
    {
        var before = Probabilities(Ungated, Hailed, "tidal power");
        var after = Probabilities(Gated, Hailed, "tidal power");

        var none = Array.IndexOf(Gated.Labels, "none");
        var favor = Array.IndexOf(Gated.Labels, "favor");
        Assert.Equal(favor, Array.IndexOf(before, before.Max()));
        Assert.Equal(none, Array.IndexOf(after, after.Max()));
        Assert.Equal(Math.Exp(IssueTopics.NoneShift) * before[none] / before[favor], after[none] / after[favor], 6);
    }

    [Theory]
    [InlineData(Seized, "cannabis legalisation")] // not named, but a word comes near ("marijuana")
    [InlineData(Scooters, "e-scooters")] // named in part
    [InlineData(Rents, "Vietnam")] // a name
    [InlineData(Rents, "joint military exercises")] // a trained issue: the trained-issue gate alone decides
    [InlineData(Hailed, "wealth tax")] // a trained issue no word comes near (0.18) that the trained-issue gate passes
    [InlineData(Rents, "lottery funding")] // a word comes within 0.3 ("capital" and "funding": 0.33)
    public void Predict_IssueNamedNearTrainedOrAName_SameAsWithoutTheFloor(string text, string target) =>
        Assert.Equal(Probabilities(Ungated, text, target), Probabilities(Gated, text, target));

    [Fact]
    public void Predict_FloorAbove_ANearerWordStillPasses()
    {
        // "capital" and "funding" come to 0.33: under a floor of 0.4 the issue reads as untouched, under 0.3 it does not.
        Assert.Equal(Probabilities(Ungated, Rents, "lottery funding"), Probabilities(Gated, Rents, "lottery funding"));
        Assert.NotEqual(Probabilities(Ungated, Rents, "lottery funding"), Probabilities(With(0.4f), Rents, "lottery funding"));
    }

    [Fact]
    public void PredictTargets_GatedAndUngatedTargetsTogether_EqualsPredictPerTarget()
    {
        string[] targets = ["tidal power", "cannabis legalisation", "joint military exercises", "Vietnam", "space debris removal"];
        var probabilities = new double[targets.Length * Gated.Classes];

        Gated.ProbabilitiesForTargets(Hailed, targets.Select(Gated.Target).ToArray(), probabilities);

        Assert.Equal(targets.SelectMany(t => Probabilities(Gated, Hailed, t)), probabilities);
        Assert.NotEqual(targets.SelectMany(t => Probabilities(Ungated, Hailed, t)), probabilities);
    }

    [Fact]
    public void Predict_DatelineWordNearTheIssue_ReadsTheSentenceAsTheModelDoes()
    {
        // "brussels" and "european" come to 0.42, but the model skips the dateline, and so must the floor.
        const string Dated = "BRUSSELS (Reuters) - " + Hailed;
        var before = Probabilities(Ungated, Dated, "European army");
        var after = Probabilities(Gated, Dated, "European army");

        var none = Array.IndexOf(Gated.Labels, "none");
        var favor = Array.IndexOf(Gated.Labels, "favor");
        Assert.True(UnseenIssueCheck.Nearest(Dated, Gated.Target("European army").WordVectors) >= 0.3f);
        Assert.Equal(none, Array.IndexOf(after, after.Max()));
        Assert.Equal(Math.Exp(IssueTopics.NoneShift) * before[none] / before[favor], after[none] / after[favor], 6);
    }

    [Theory]
    [InlineData(Hailed, "Asylum reform")] // the floor took it for unseen
    [InlineData(Hailed, "Pension reform")]
    [InlineData(Rents, "Fishing quotas")] // the trained-issue gate missed it
    [InlineData(Rents, "Capital controls")]
    public void Predict_TrainedIssueWrittenInSentenceCase_SameAsAsTrained(string text, string target) =>
        Assert.Equal(Probabilities(Gated, text, target.ToLowerInvariant()), Probabilities(Gated, text, target));

    [Fact]
    public void Predict_ModelThatDoesNotRecordItsTrainingTargets_ReadsNoIssueAsUnseen()
    {
        // Older models record no training targets: a trained issue ("wealth tax", no word near: 0.18) is not unseen.
        var info = Shipped.Info with { TrainingData = Shipped.Info.TrainingData with { Targets = new Dictionary<string, int>() } };

        Assert.Equal(Probabilities(With(0, info), Hailed, "wealth tax"), Probabilities(With(0.3f, info), Hailed, "wealth tax"));
    }

    [Fact]
    public void Explain_UnseenIssueTheTextDoesNotTouch_NamesTheGateAndTheFloor()
    {
        var explanation = Explainer.Explain(Gated, Hailed, Gated.Target("tidal power"), 1000);

        Assert.Equal("none", explanation.Label);
        var gate = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.UntouchedIssue);
        Assert.Equal("tidal power untouched: no word of the text comes within 0.3 of its words", gate.Feature);
        Assert.Equal(IssueTopics.NoneShift, gate.Weight);
        Assert.Empty(gate.Spans);
    }

    [Fact]
    public void Explain_UnseenIssueWithANearWord_HasNoGateContribution() =>
        Assert.DoesNotContain(Explainer.Explain(Gated, Seized, Gated.Target("cannabis legalisation"), 1000).Contributions, c => c.Kind == FeatureKind.UntouchedIssue);

    [Fact]
    public void Nearest_SameWordAfterFunctionWords_IsOne()
    {
        var issue = UnseenIssueCheck.WordVectors("the monarchy");

        Assert.Single(issue);
        Assert.Equal(1f, UnseenIssueCheck.Nearest("Critics of THE Monarchy", issue), 4);
    }

    [Theory]
    [InlineData("", "tidal power")]
    [InlineData("The, and of -- the.", "tidal power")]
    [InlineData(Rents, "the of")]
    public void Nearest_NoWordOnOneSide_IsMinusOne(string text, string issue) =>
        Assert.Equal(-1f, UnseenIssueCheck.Nearest(text, UnseenIssueCheck.WordVectors(issue)));

    [Fact]
    public void PredictAndPredictTargets_FourThreadsOnOneInstance_EqualSingleThreadedResultsWithTheGateAtWork()
    {
        string[] targets = ["tidal power", "space debris removal", "cannabis legalisation", "lottery funding"];
        var texts = File.ReadLines(TestPaths.Data("stance", "test.tsv")).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Take(80).ToArray();
        var scorer = With(0.3f);
        var expected = texts.Select(text => targets.Select(t => Probabilities(Gated, text, t)).ToArray()).ToArray();
        var gated = texts.Sum(text => targets.Count(t => !Probabilities(Ungated, text, t).SequenceEqual(Probabilities(Gated, text, t))));

        var mismatches = 0;
        Parallel.For(0, texts.Length * 10, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (k, t) = (i % texts.Length, i % targets.Length);
            var probabilities = new double[targets.Length * scorer.Classes];
            bool same;
            if (i % 2 == 0)
            {
                scorer.ProbabilitiesForTargets(texts[k], targets.Select(scorer.Target).ToArray(), probabilities);
                same = probabilities.SequenceEqual(expected[k].SelectMany(p => p));
            }
            else
            {
                same = Probabilities(scorer, texts[k], targets[t]).SequenceEqual(expected[k][t]);
            }

            if (!same)
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
        Assert.InRange(gated, 40, texts.Length * targets.Length);
    }

    /// <summary>The shipped stance model's weights scored with <paramref name="floor"/> (and <paramref name="info"/>'s manifest, if given).</summary>
    internal static ModelScorer With(float floor, ModelInfo? info = null) => new(new LoadedModel(
        (info ?? Shipped.Info) with { Featurizer = Shipped.Info.Featurizer with { UnseenIssueFloor = floor } },
        Shipped.Vocabulary, Shipped.Model, Shipped.Featurizer.Lexicon, Shipped.Topics));

    /// <summary><paramref name="scorer"/>'s probabilities for <paramref name="text"/> toward <paramref name="target"/>.</summary>
    internal static double[] Probabilities(ModelScorer scorer, string text, string target)
    {
        var p = new double[scorer.Classes];
        scorer.Probabilities(text, scorer.Target(target), p);
        return p;
    }
}
