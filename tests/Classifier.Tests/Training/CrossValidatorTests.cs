using Classifier.Data;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Training;

public sealed class CrossValidatorTests
{
    private static readonly LabeledExample[] Rows = Enumerable.Range(0, 90).SelectMany(i => i % 3 == 0
        ? new[] { Row($"sentence {i}", "favor", "China", i), Row($"sentence {i}", "against", "Japan", i) }
        : [Row($"sentence {i}", i % 2 == 0 ? "none" : "against", "China", i)]).ToArray();

    [Fact]
    public void AssignFolds_SameText_StaysInOneFold()
    {
        var folds = CrossValidator.AssignFolds(Rows, 5, seed: 3);

        foreach (var group in Rows.Select((r, i) => (r.Text, Fold: folds[i])).GroupBy(x => x.Text))
        {
            Assert.Single(group.Select(x => x.Fold).Distinct());
        }
    }

    [Fact]
    public void AssignFolds_Labels_AreSpreadEvenlyOverFolds()
    {
        var folds = CrossValidator.AssignFolds(Rows, 5, seed: 3);

        foreach (var label in new[] { "none", "against" })
        {
            var perFold = Enumerable.Range(0, 5).Select(f => Rows.Where((r, i) => folds[i] == f && r.Label == label && r.Target == "China").Count()).ToArray();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"{label}: {string.Join(",", perFold)}");
        }
    }

    [Fact]
    public void AssignFolds_SameSeed_IsDeterministicAndOtherSeedDiffers()
    {
        Assert.Equal(CrossValidator.AssignFolds(Rows, 4, 1), CrossValidator.AssignFolds(Rows, 4, 1));
        Assert.NotEqual(CrossValidator.AssignFolds(Rows, 4, 1), CrossValidator.AssignFolds(Rows, 4, 2));
    }

    [Fact]
    public void AssignFolds_OneFold_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(Rows, 1, 1));

    private static LabeledExample Row(string text, string label, string target, int line) => new(text, label, target, "x.tsv", line + 2);
}
