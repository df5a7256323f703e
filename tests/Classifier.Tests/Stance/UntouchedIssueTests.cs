using Classifier.Features;
using Classifier.Model;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// The shipped stance model's <c>untouchedIssueMargin</c> gate: none raised toward a trained issue a text neither names nor
/// comes near, and nothing else changed, set against the same model scored without its topics.
/// </summary>
public sealed class UntouchedIssueTests
{
    private const string Rents = "Landlords in the capital raised monthly rents by a fifth, and tenant groups asked the city to cap them.";
    private const string Trawlers = "Trawler captains say the new limits on cod will bankrupt half the harbour's fleet by spring.";

    private static readonly ModelScorer Gated = StanceClassifier.LoadDefault().Scorer;

    private static readonly ModelScorer Ungated = new(new LoadedModel(Gated.Info, Gated.Vocabulary, Gated.Model, Gated.Featurizer.Lexicon));

    [Fact]
    public void ShippedModel_UsesTheGateWithTopicsForEveryTrainedIssue()
    {
        Assert.Equal(0.1f, Gated.Info.Featurizer.UntouchedIssueMargin);
        var issues = Gated.Info.TrainingData.Targets.Keys.Where(t => !TargetContext.LooksLikeName(t)).Order(StringComparer.Ordinal);
        Assert.Equal(issues, Gated.Topics!.Targets);
        Assert.Contains("joint military exercises", Gated.Topics.Targets);
        Assert.DoesNotContain("Japan", Gated.Topics.Targets);
    }

    [Fact]
    public void Predict_TrainedIssueTheTextDoesNotTouch_RaisesNoneOddsByTheShift()
    {
        var before = Probabilities(Ungated, Rents, "joint military exercises");
        var after = Probabilities(Gated, Rents, "joint military exercises");

        var none = Array.IndexOf(Gated.Labels, "none");
        var against = Array.IndexOf(Gated.Labels, "against");
        Assert.NotEqual(none, Array.IndexOf(before, before.Max()));
        Assert.Equal(none, Array.IndexOf(after, after.Max()));
        Assert.Equal(Math.Exp(IssueTopics.NoneShift) * before[none] / before[against], after[none] / after[against], 6);
    }

    [Theory]
    [InlineData(Rents, "rent control")] // named in part
    [InlineData(Trawlers, "fishing quotas")] // not named, but about it: nearest its own training sentences
    [InlineData(Rents, "Japan")] // a name
    [InlineData(Rents, "cricket fixtures")] // an issue the model never trained on
    public void Predict_IssueNamedOrAboutOrNotATrainedIssue_SameAsWithoutTheGate(string text, string target) =>
        Assert.Equal(Probabilities(Ungated, text, target), Probabilities(Gated, text, target));

    [Fact]
    public void PredictTargets_GatedAndUngatedTargetsTogether_EqualsPredictPerTarget()
    {
        var classifier = StanceClassifier.LoadDefault();
        string[] targets = ["rent control", "joint military exercises", "Japan", "sugar tax"];

        var many = classifier.PredictTargets(Rents, targets);

        Assert.Equal(targets.Select(t => classifier.Predict(Rents, t).Probabilities.Values.ToArray()), many.Select(r => r.Probabilities.Values.ToArray()));
        Assert.Equal("none", many[1].Label);
    }

    [Fact]
    public void Explain_TrainedIssueTheTextDoesNotTouch_NamesTheGateAndTheNearerIssue()
    {
        var explanation = StanceClassifier.LoadDefault().Explain(Rents, "joint military exercises");

        Assert.Equal("none", explanation.Label);
        var gate = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.UntouchedIssue);
        Assert.Equal("joint military exercises untouched: the text is nearer rent control", gate.Feature);
        Assert.Equal(IssueTopics.NoneShift, gate.Weight);
        Assert.Empty(gate.Spans);
    }

    [Fact]
    public void Explain_IssueTheTextIsAbout_HasNoGateContribution() =>
        Assert.DoesNotContain(StanceClassifier.LoadDefault().Explain(Trawlers, "fishing quotas", 1000).Contributions, c => c.Kind == FeatureKind.UntouchedIssue);

    [Fact]
    public void PredictAndPredictTargets_FourThreadsOnOneInstance_EqualSingleThreadedResultsWithTheGateAtWork()
    {
        var classifier = StanceClassifier.LoadDefault();
        string[] targets = ["joint military exercises", "pension reform", "sanctions", "rent control", "Japan"];
        var texts = File.ReadLines(TestPaths.Data("stance", "test.tsv")).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Take(120).ToArray();
        var expected = texts.Select(text => targets.Select(t => classifier.Predict(text, t).Probabilities.Values.ToArray()).ToArray()).ToArray();
        var gated = texts.Sum(text => targets.Count(t => !Probabilities(Ungated, text, t).SequenceEqual(Probabilities(Gated, text, t))));

        var mismatches = 0;
        Parallel.For(0, texts.Length * 20, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var k = i % texts.Length;
            var same = i % 2 == 0
                ? classifier.PredictTargets(texts[k], targets).Select((r, t) => r.Probabilities.Values.SequenceEqual(expected[k][t])).All(x => x)
                : classifier.Predict(texts[k], targets[i % targets.Length]).Probabilities.Values.SequenceEqual(expected[k][i % targets.Length]);
            if (!same)
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
        Assert.InRange(gated, 50, texts.Length * targets.Length);
    }

    private static double[] Probabilities(ModelScorer scorer, string text, string target)
    {
        var p = new double[scorer.Classes];
        scorer.Probabilities(text, scorer.Target(target), p);
        return p;
    }
}
