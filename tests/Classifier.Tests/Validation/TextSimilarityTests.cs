using System.Runtime.CompilerServices;
using Classifier.Training.Validation;

namespace Classifier.Tests.Validation;

/// <summary>The near-duplicate and leakage search: exact, and not quadratic in a 3-gram every sentence has.</summary>
public sealed class TextSimilarityTests
{
    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(1.0)]
    public void SimilarPairs_RandomSets_SameAsComparingEveryPair(double threshold)
    {
        var random = new Random(5);
        var a = Sets(random, 300);
        var b = Sets(random, 200);

        Assert.Equal(EveryPair(a, a, threshold, same: true), TextSimilarity.SimilarPairs(a, a, threshold).ToArray());
        Assert.Equal(EveryPair(a, b, threshold, same: false), TextSimilarity.SimilarPairs(a, b, threshold).ToArray());
    }

    [Fact]
    public void SimilarPairs_ThousandSentencesSharingOneCommon3Gram_ScoresNoPairThatCannotReachTheThreshold()
    {
        // Each set: the 3-gram every sentence has, and nine of its own (Jaccard 1/19 between any two).
        var sets = Enumerable.Range(0, 1_000)
            .Select(i => new HashSet<string>(Enumerable.Range(0, 9).Select(g => $"w{i} x{g} y").Append("it s a"), StringComparer.Ordinal))
            .ToArray();
        var work = new StrongBox<long>();

        var pairs = TextSimilarity.SimilarPairs(sets, sets, 0.7, work).ToArray();

        Assert.Empty(pairs);
        Assert.Equal(0, work.Value);
    }

    private static HashSet<string>[] Sets(Random random, int count) => Enumerable.Range(0, count)
        .Select(_ => new HashSet<string>(Enumerable.Range(0, random.Next(0, 12)).Select(_ => $"g{random.Next(25)}"), StringComparer.Ordinal))
        .ToArray();

    private static (int I, int J, double Jaccard)[] EveryPair(HashSet<string>[] a, HashSet<string>[] b, double threshold, bool same)
    {
        var pairs = new List<(int, int, double)>();
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = same ? i + 1 : 0; j < b.Length; j++)
            {
                var n = a[i].Count(b[j].Contains);
                var jaccard = n / (double)(a[i].Count + b[j].Count - n);
                if (n > 0 && jaccard >= threshold)
                {
                    pairs.Add((i, j, jaccard));
                }
            }
        }

        return [.. pairs];
    }
}
