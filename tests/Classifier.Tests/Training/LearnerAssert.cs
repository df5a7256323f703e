using Classifier.Training.Training;
using Classifier.Training.Training.Learners;

namespace Classifier.Tests.Training;

/// <summary>Comparisons of learned models shared by the learner tests.</summary>
internal static class LearnerAssert
{
    /// <summary>Both models give every row probabilities within <paramref name="tolerance"/> of each other, over <paramref name="classes"/> labels.</summary>
    public static void SameProbabilities(LearnedModel expected, LearnedModel actual, IReadOnlyList<FeatureRow> rows, int classes, double tolerance = 0.01)
    {
        var theirs = expected.MlNetProbabilities(rows);
        var ours = actual.MlNetProbabilities(rows);
        var largest = ours.Zip(theirs).SelectMany(p => p.First.Zip(p.Second, (a, b) => Math.Abs(a - b))).Max();
        Assert.True(largest < tolerance, $"probabilities differ by up to {largest:0.####}");
        Assert.Equal(classes, ours[0].Length);
    }

    /// <summary>The mean log loss of <paramref name="model"/> on <paramref name="rows"/>.</summary>
    public static double LogLoss(LearnedModel model, IReadOnlyList<FeatureRow> rows, string[] labels) =>
        rows.Zip(model.MlNetProbabilities(rows)).Average(x => -Math.Log(x.Second[Array.IndexOf(labels, x.First.Label)]));
}
