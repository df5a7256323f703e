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
}
