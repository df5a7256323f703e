using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>The reusable sparse vector every featurisation writes into (<see cref="SparseVector"/>).</summary>
public sealed class SparseVectorTests
{
    [Fact]
    public void Add_PastTheInitialCapacity_KeepsEveryEntryInOrder()
    {
        var vector = new SparseVector();

        for (var i = 0; i < 1000; i++)
        {
            vector.Add(i * 7, i + 0.5f);
        }

        Assert.Equal(1000, vector.Count);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * 7), vector.Indices.ToArray());
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i + 0.5f), vector.Values.ToArray());
    }

    [Fact]
    public void Clear_AfterEntries_EmptiesItAndLetsItBeRefilled()
    {
        var vector = new SparseVector();
        vector.Add(3, 1f);
        vector.Add(9, 2f);

        vector.Clear();
        vector.Add(5, 4f);

        Assert.Equal(1, vector.Count);
        Assert.Equal([5], vector.Indices.ToArray());
        Assert.Equal([4f], vector.Values.ToArray());
    }

    [Fact]
    public void Sort_UnsortedEntries_OrdersIndicesAndCarriesEachValueWithItsIndex()
    {
        var vector = new SparseVector();
        foreach (var (index, value) in new[] { (40, 0.4f), (7, 0.07f), (300, 3f), (12, 0.12f) })
        {
            vector.Add(index, value);
        }

        vector.Sort();

        Assert.Equal([7, 12, 40, 300], vector.Indices.ToArray());
        Assert.Equal([0.07f, 0.12f, 0.4f, 3f], vector.Values.ToArray());
    }
}
