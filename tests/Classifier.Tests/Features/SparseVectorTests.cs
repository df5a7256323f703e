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
        // Values in another order than their indices, so that sorting the two arrays apart would be seen.
        foreach (var (index, value) in new[] { (40, 3f), (7, 0.4f), (300, 0.07f), (12, 5f) })
        {
            vector.Add(index, value);
        }

        vector.Sort();

        Assert.Equal([7, 12, 40, 300], vector.Indices.ToArray());
        Assert.Equal([0.4f, 5f, 3f, 0.07f], vector.Values.ToArray());
    }
}
