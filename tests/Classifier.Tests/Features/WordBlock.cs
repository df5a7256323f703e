using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>The word-block keys the extractor emits for a text, for tests that compare settings.</summary>
internal static class WordBlock
{
    /// <summary>The keys of <see cref="FeatureBlock.Word"/> for <paramref name="text"/>, sorted (a multiset, order-free).</summary>
    public static ulong[] Keys(FeaturizerSettings settings, string text)
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(settings, text, sink);
        return sink.Keys[sink.BlockRange(FeatureBlock.Word)].ToArray().Order().ToArray();
    }

    /// <summary>The keys of <paramref name="with"/> left after taking out one of each key of <paramref name="without"/>: what a setting adds.</summary>
    public static ulong[] Added(ulong[] with, ulong[] without)
    {
        var rest = without.ToList();
        var added = new List<ulong>();
        foreach (var key in with)
        {
            if (!rest.Remove(key))
            {
                added.Add(key);
            }
        }

        return [.. added];
    }

    /// <summary>The one key in the change range of <paramref name="text"/> and the text of the span it was read from (fails if the range holds other than one key).</summary>
    public static (ulong Key, string Span) SingleChange(FeaturizerSettings settings, string text)
    {
        var sink = new FeatureSink { Trace = [] };
        FeatureExtractor.Extract(settings, text, sink);
        var (start, end) = sink.ChangeRange;
        Assert.Equal(1, end - start);
        var (from, to) = sink.Trace![start];
        return (sink.Keys[start], text[from..to]);
    }
}
