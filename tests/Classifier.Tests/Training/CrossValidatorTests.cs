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

    [Fact]
    public void AssignFolds_UnseenTargets_PutsEachTargetInOneFoldAndBalancesSizes()
    {
        var rows = new[] { ("A", 40), ("B", 30), ("C", 20), ("D", 10) }
            .SelectMany(t => Enumerable.Range(0, t.Item2).Select(i => Row($"{t.Item1} sentence {i}", i % 2 == 0 ? "favor" : "against", t.Item1, i)))
            .Append(Row("A sentence 0", "none", "D", 99)) // the same sentence for a second target goes with its first row's target
            .ToArray();

        var folds = CrossValidator.AssignFolds(rows, 2, seed: 1, unseenTargets: true);

        foreach (var target in new[] { "A", "B", "C" })
        {
            Assert.Single(Enumerable.Range(0, rows.Length).Where(i => rows[i].Target == target).Select(i => folds[i]).Distinct());
        }

        Assert.Equal(folds[0], folds[^1]);
        Assert.NotEqual(folds[Array.FindIndex(rows, r => r.Target == "A")], folds[Array.FindIndex(rows, r => r.Target == "B")]);
        Assert.Equal(51, folds.Count(f => f == folds[0])); // A (40) and D (10 + the shared sentence) against B and C (50)
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWrittenInSeveralForms_KeepsEveryFormOfATargetInOneFold()
    {
        var rows = new[] { ("Japan", 20), ("Russia", 20), ("China", 10), ("china", 10), ("Beijing", 10) }
            .SelectMany(t => Enumerable.Range(0, t.Item2).Select(i => Row($"{t.Item1} sentence {i}", i % 2 == 0 ? "favor" : "against", t.Item1, i)))
            .ToArray();

        var folds = CrossValidator.AssignFolds(rows, 3, seed: 1, unseenTargets: true);

        var china = Enumerable.Range(0, rows.Length).Where(i => rows[i].Target is "China" or "china" or "Beijing").Select(i => folds[i]).Distinct();
        Assert.Single(china);
        Assert.Equal([30, 20, 20], Enumerable.Range(0, 3).Select(f => folds.Count(x => x == f)));
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWithAnAliasTableGiven_GroupsByThatTable()
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["Acme"] = ["Acme Corp"] };
        var rows = new[] { ("Acme", 10), ("Acme Corp", 10), ("Globex", 10), ("Initech", 10) }
            .SelectMany(t => Enumerable.Range(0, t.Item2).Select(i => Row($"{t.Item1} sentence {i}", i % 2 == 0 ? "favor" : "against", t.Item1, i)))
            .ToArray();

        var folds = CrossValidator.AssignFolds(rows, 3, seed: 1, unseenTargets: true, aliases);

        Assert.Single(Enumerable.Range(0, 20).Select(i => folds[i]).Distinct());
        Assert.Equal(3, folds.Distinct().Count());
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWhoseSentencesAllFollowAnotherTarget_ThrowsNamingTheEmptyFold()
    {
        // Japan's rows are all sentences first labeled for China, so they go with China and Japan's fold would be empty.
        var error = Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(Rows, 2, 1, unseenTargets: true));

        Assert.Contains("fold 2 without rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWithFewerTargetsThanFolds_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(Rows, 3, 1, unseenTargets: true));

        Assert.Contains("has 2", error.Message, StringComparison.Ordinal);
    }

    private static LabeledExample Row(string text, string label, string target, int line) => new(text, label, target, "x.tsv", line + 2);
}
