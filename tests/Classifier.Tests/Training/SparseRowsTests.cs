using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML.Data;

namespace Classifier.Tests.Training;

/// <summary><see cref="SparseRows"/>: ML.NET's rows, dense or sparse, as compressed sparse rows, and back; one class against the rest.</summary>
public sealed class SparseRowsTests
{
    [Fact]
    public void From_DenseAndSparseRows_KeepsEveryStoredValueInOrder()
    {
        var rows = new[]
        {
            Row("positive", new VBuffer<float>(4, 2, [0.5f, 2f], [1, 3])),
            Row("negative", new VBuffer<float>(4, [1f, 0f, 3f, 4f])),
            Row("positive", new VBuffer<float>(4, 0, [], [])),
        };

        var sparse = SparseRows.From(rows, ["negative", "positive"], 4);

        Assert.Equal([0, 2, 6, 6], sparse.Start);
        Assert.Equal([1, 3, 0, 1, 2, 3], sparse.Indices);
        Assert.Equal([0.5f, 2f, 1f, 0f, 3f, 4f], sparse.Values);
        Assert.Equal([1, 0, 1], sparse.Classes);
        Assert.Equal([1f, 2f, 1f], sparse.Weights);
    }

    [Fact]
    public void From_IndexOutsideTheDimension_ThrowsNamingTheRowAndIndex()
    {
        var rows = new[] { Row("positive", new VBuffer<float>(10, 2, [1f, 1f], [2, 7])) };

        var error = Assert.Throws<ArgumentException>(() => SparseRows.From(rows, ["negative", "positive"], 5));

        Assert.Contains("Row 0 has feature index 7, outside the 5 features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneVersusRest_ScaledIntoABuffer_WritesTheBufferAsANewArrayWouldBe()
    {
        var sparse = SparseRows.From([Row("positive", new VBuffer<float>(3, 2, [0.5f, 2f], [0, 2])), Row("negative", new VBuffer<float>(3, 1, [3f], [1]))],
            ["negative", "positive"], 3);
        var buffer = new float[] { 9f, 9f, 9f };

        var fresh = sparse.OneVersusRest(1, [2f, 3f, 0.25f]);
        var reused = sparse.OneVersusRest(1, [2f, 3f, 0.25f], buffer);

        Assert.Same(buffer, reused.Values);
        Assert.Equal([1f, 0.5f, 9f], reused.Values);
        Assert.Equal(fresh.Values, reused.Values);
        Assert.Equal([1, 0], reused.Classes);
        Assert.Equal([0.5f, 2f, 3f], sparse.Values);
    }

    [Fact]
    public void ToFeatureRows_Rows_ReadBackAsTheSameRows()
    {
        var rows = new[]
        {
            Row("positive", new VBuffer<float>(4, 2, [0.5f, 2f], [1, 3])),
            Row("negative", new VBuffer<float>(4, 0, [], [])),
            Row("positive", new VBuffer<float>(4, 1, [7f], [0])),
        };
        var sparse = SparseRows.From(rows, ["negative", "positive"], 4);

        var back = sparse.ToFeatureRows(["negative", "positive"]);
        var first = sparse.ToFeatureRows(["negative", "positive"], count: 2);

        Assert.Equal(["positive", "negative", "positive"], back.Select(r => r.Label));
        Assert.Equal([1f, 2f, 1f], back.Select(r => r.Weight));
        Assert.Equal([1, 3], back[0].Features.GetIndices().ToArray());
        Assert.Equal([0.5f, 2f], back[0].Features.GetValues().ToArray());
        Assert.Equal(4, back[2].Features.Length);
        Assert.Equal(2, first.Length);
        var again = SparseRows.From(back, ["negative", "positive"], 4);
        Assert.Equal(sparse.Start, again.Start);
        Assert.Equal(sparse.Indices, again.Indices);
        Assert.Equal(sparse.Values, again.Values);
    }

    private static FeatureRow Row(string label, VBuffer<float> features) =>
        new() { Label = label, Features = features, Weight = label == "negative" ? 2f : 1f };
}
