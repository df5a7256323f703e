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
    public void SimilarPairs_RandomSentences_SameAsComparingEveryPairOfStringSets(double threshold)
    {
        var random = new Random(5);
        var a = Sentences(random, 300);
        var b = Sentences(random, 200);
        var grams = TrigramSets.Build([a, b]);
        var (x, y) = (grams.Lists[0], grams.Lists[1]);

        Assert.Equal(EveryPair(a, a, threshold, same: true), TextSimilarity.SimilarPairs(x, x, grams.Count, threshold).ToArray());
        Assert.Equal(EveryPair(a, b, threshold, same: false), TextSimilarity.SimilarPairs(x, y, grams.Count, threshold).ToArray());
    }

    [Fact]
    public void SimilarPairs_ThousandSentencesSharingOneCommon3Gram_ScoresNoPairThatCannotReachTheThreshold()
    {
        // Each sentence: the 3-gram every sentence has ("it s a"), and nine of its own (Jaccard 1/19 between any two).
        var sentences = Enumerable.Range(0, 1_000).Select(i => "It's a " + string.Join(' ', Enumerable.Range(0, 9).Select(w => $"w{i}x{w}"))).ToArray();
        var grams = TrigramSets.Build([sentences]);
        var work = new StrongBox<long>();

        var pairs = TextSimilarity.SimilarPairs(grams.Lists[0], grams.Lists[0], grams.Count, 0.7, work).ToArray();

        Assert.Empty(pairs);
        Assert.Equal(0, work.Value);
        Assert.Equal(10, grams.Lists[0][0].Length);
    }

    [Fact]
    public void SimilarPairs_CraftedSentences_GivesTheExactPairsAndJaccards()
    {
        string[] sentences =
        [
            "The minister said the talks would resume on Monday in Geneva.",  // 11 words, 9 3-grams
            "The minister said the talks would resume on Monday in Vienna.",  // shares 8 of 9: 8/10
            "THE MINISTER SAID: the talks would resume on Monday in Geneva!", // the same words as the first: 1
            "The minister said the talks would resume on Tuesday in Geneva.", // shares 6 of 9 with the first: 6/12
            "Rockets hit the port of the city before dawn on Sunday.",
        ];
        var grams = TrigramSets.Build([sentences]);
        var sets = grams.Lists[0];

        Assert.Equal([(0, 1, 0.8), (0, 2, 1.0), (1, 2, 0.8)], TextSimilarity.SimilarPairs(sets, sets, grams.Count, 0.7).ToArray());
        Assert.Equal([(0, 1, 0.8), (0, 2, 1.0), (0, 3, 0.5), (1, 2, 0.8), (1, 3, 0.5), (2, 3, 0.5)],
            TextSimilarity.SimilarPairs(sets, sets, grams.Count, 0.5).ToArray());
        // Two lists (here the first sentence against all five): every pair, the sentence with itself too.
        Assert.Equal([(0, 0, 1.0), (0, 1, 0.8), (0, 2, 1.0), (0, 3, 0.5)], TextSimilarity.SimilarPairs(sets[..1], sets, grams.Count, 0.5).ToArray());
    }

    [Fact]
    public void Build_RepeatedAndSharedTrigrams_OneIdPerDistinctTrigramInOrdinalOrder()
    {
        // "b a b a b": its 3-grams "b a b" and "a b a", each once. Ordinal order: "a b a", "ab c d", "abc d e", "b a b".
        var grams = TrigramSets.Build([["b a b a b", "abc d e"], ["ab c d", "a b a"]]);

        Assert.Equal(4, grams.Count);
        Assert.Equal([0, 3], grams.Lists[0][0]);
        Assert.Equal([2], grams.Lists[0][1]);
        Assert.Equal([1], grams.Lists[1][0]);
        Assert.Equal([0], grams.Lists[1][1]);
    }

    /// <summary>Sentences of 0-14 words from a vocabulary of five, so that many share 3-grams.</summary>
    private static string[] Sentences(Random random, int count) => Enumerable.Range(0, count)
        .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(0, 15)).Select(_ => "abcde"[random.Next(5)] + (random.Next(3) == 0 ? "x" : ""))))
        .ToArray();

    private static (int I, int J, double Jaccard)[] EveryPair(string[] a, string[] b, double threshold, bool same)
    {
        var (x, y) = (a.Select(TextSimilarity.Trigrams).ToArray(), b.Select(TextSimilarity.Trigrams).ToArray());
        var pairs = new List<(int, int, double)>();
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = same ? i + 1 : 0; j < y.Length; j++)
            {
                var n = x[i].Count(y[j].Contains);
                var jaccard = n / (double)(x[i].Count + y[j].Count - n);
                if (n > 0 && jaccard >= threshold)
                {
                    pairs.Add((i, j, jaccard));
                }
            }
        }

        return [.. pairs];
    }
}
