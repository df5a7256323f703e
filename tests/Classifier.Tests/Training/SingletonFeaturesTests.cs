using Classifier.Training.Training;
using Classifier.Training.Training.Learners;

namespace Classifier.Tests.Training;

/// <summary>
/// Features held by one row only are folded into one feature per row for L-BFGS: the fold must preserve every row's
/// score and the penalty for the weights it expands to, and L-BFGS must take the same steps on the folded rows.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class SingletonFeaturesTests(TrainingFixture fixture)
{
    [Fact]
    public void Fold_SmallRows_KeepsSharedFeaturesAndFoldsEachRowsOwn()
    {
        // Features 0 and 1 are shared, 2, 3 and 5 are one row's own, 4 is in no row (row 2 holds 5 at value 0).
        var rows = Rows(6, [(0, 1f), (2, 3f), (3, 4f)], [(0, 2f), (1, 1f)], [(1, 5f), (5, 0f)]);

        var folded = SingletonFeatures.Fold(rows).Rows;

        Assert.Equal(3, folded.Dimension); // 0, 1, and one folded feature for row 0
        Assert.Equal([0, 2, 0, 1, 1], folded.Indices);
        Assert.Equal([1f, 5f, 2f, 1f, 5f], folded.Values); // ‖(3, 4)‖ = 5
        Assert.Equal([0, 2, 4, 5], folded.Start);
    }

    [Fact]
    public void Fold_NoFeatureInOneRowOnly_SharesTheRowsArrays()
    {
        var rows = Rows(3, [(0, 1f), (2, 3f)], [(0, 2f), (1, 1f)], [(1, 5f), (2, 0f)]);

        var fold = SingletonFeatures.Fold(rows);

        Assert.Same(rows.Indices, fold.Rows.Indices);
        Assert.Same(rows.Values, fold.Rows.Values);
        Assert.Equal(3, fold.Rows.Dimension);
        var x = Enumerable.Range(1, 12).Select(v => (float)v).ToArray();
        Assert.Equal(x, fold.Expand(x, 3));
    }

    [Fact]
    public void Fold_NoFeatureInOneRowOnlyOneInNoRow_SharesTheValuesAndRenumbers()
    {
        // Feature 1 is in no row: dropped, so feature 2 becomes 1.
        var rows = Rows(3, [(0, 1f), (2, 3f)], [(0, 2f), (2, 1f)]);

        var fold = SingletonFeatures.Fold(rows);

        Assert.Same(rows.Values, fold.Rows.Values);
        Assert.Equal([0, 1, 0, 1], fold.Rows.Indices);
        Assert.Equal(2, fold.Rows.Dimension);
        Assert.Equal([7f, 0f, 8f, 9f], fold.Expand([7f, 8f, 9f], 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Expand_RandomFoldedWeights_SameScoresAndPenaltyAsTheFoldedRows(int k)
    {
        var prepared = fixture.PrepareSmall(rows: 400, maxFeatures: 0);
        var rows = prepared.Rows;
        var fold = SingletonFeatures.Fold(rows);
        Assert.True(fold.Rows.Dimension < rows.Dimension * 3 / 4, $"{fold.Rows.Dimension} of {rows.Dimension}");
        var random = new Random(7);
        var x = Enumerable.Range(0, (fold.Rows.Dimension * k) + k).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();

        var full = fold.Expand(x, k);

        Assert.Equal((rows.Dimension * k) + k, full.Length);
        Assert.Equal(Norm(x.AsSpan(0, fold.Rows.Dimension * k)), Norm(full.AsSpan(0, rows.Dimension * k)), 3);
        for (var i = 0; i < rows.Count; i++)
        {
            for (var c = 0; c < k; c++)
            {
                Assert.Equal(Score(fold.Rows, x, k, i, c), Score(rows, full, k, i, c), 4);
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Fit_FoldedAndUnfolded_SameWeightsAfterTenIterations(int classes)
    {
        var prepared = fixture.PrepareSmall(rows: 400, maxFeatures: 0);
        var labels = classes == 3 ? prepared.Labels : ["negative", "positive"];
        var rows = SparseRows.From(prepared.FeatureRows().Where(r => labels.Contains(r.Label)).ToArray(), labels, prepared.Vocabulary.Count);

        var (folded, foldedBias) = new SoftmaxLbfgs(0.01f, 0, 10, 20, 1).Fit(rows, classes, default);
        var (plain, plainBias) = new SoftmaxLbfgs(0.01f, 0, 10, 20, 1, foldSingletons: false).Fit(rows, classes, default);

        var largest = plain.Max(Math.Abs);
        Assert.True(largest > 0.01, $"largest weight {largest}");
        var difference = plain.Zip(folded, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(difference < 1e-3 * largest, $"weights differ by up to {difference} (largest {largest})");
        Assert.Equal(plainBias.Length, foldedBias.Length);
        for (var c = 0; c < plainBias.Length; c++)
        {
            Assert.Equal(plainBias[c], foldedBias[c], 3);
        }
    }

    private static double Norm(ReadOnlySpan<float> w)
    {
        var sum = 0.0;
        foreach (var v in w)
        {
            sum += (double)v * v;
        }

        return Math.Sqrt(sum);
    }

    private static double Score(SparseRows rows, float[] x, int k, int i, int c)
    {
        var z = (double)x[(rows.Dimension * k) + c];
        for (var p = rows.Start[i]; p < rows.Start[i + 1]; p++)
        {
            z += rows.Values[p] * x[(rows.Indices[p] * k) + c];
        }

        return z;
    }

    private static SparseRows Rows(int dimension, params (int Index, float Value)[][] rows) => SparseRows.From(
        rows.Select(r => new FeatureRow
        {
            Label = "positive",
            Features = new Microsoft.ML.Data.VBuffer<float>(dimension, r.Length, r.Select(e => e.Value).ToArray(), r.Select(e => e.Index).ToArray()),
            Weight = 1,
        }).ToArray(), ["positive"], dimension);
}
