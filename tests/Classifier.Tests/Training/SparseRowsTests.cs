using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML.Data;

namespace Classifier.Tests.Training;

/// <summary><see cref="SparseRows.From"/>: ML.NET's rows, dense or sparse, as compressed sparse rows.</summary>
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

    private static FeatureRow Row(string label, VBuffer<float> features) =>
        new() { Label = label, Features = features, Weight = label == "negative" ? 2f : 1f };
}
