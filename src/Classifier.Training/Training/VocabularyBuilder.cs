using Classifier.Data;
using Classifier.Features;

namespace Classifier.Training.Training;

/// <summary>
/// Builds a model's vocabulary from training rows: every feature key the shared extractor emits,
/// kept if it occurs in enough documents, weighted by smoothed inverse document frequency
/// (ln((1 + n) / (1 + df)) + 1, as scikit-learn's TfidfVectorizer).
/// </summary>
internal static class VocabularyBuilder
{
    public static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<LabeledExample> rows, FeatureSource source)
    {
        var documentFrequency = new Dictionary<ulong, (int Count, FeatureBlock Block)>();
        var sink = new FeatureSink();
        var seen = new HashSet<ulong>();
        foreach (var row in rows)
        {
            source.Extract(row, sink);
            foreach (var block in Enum.GetValues<FeatureBlock>())
            {
                seen.Clear();
                foreach (var key in sink.Keys[sink.BlockRange(block)])
                {
                    if (seen.Add(key))
                    {
                        documentFrequency[key] = documentFrequency.TryGetValue(key, out var e) ? (e.Count + 1, block) : (1, block);
                    }
                }
            }
        }

        var n = rows.Count;
        var kept = documentFrequency
            .Where(kv => kv.Value.Count >= MinCount(settings, kv.Value.Block))
            .OrderBy(kv => kv.Key)
            .ToArray();
        var keys = kept.Select(kv => kv.Key).ToArray();
        var scales = kept.Select(kv => settings.UseIdf ? (float)(Math.Log((1.0 + n) / (1.0 + kv.Value.Count)) + 1.0) : 1f).ToArray();
        return new FeatureVocabulary(keys, scales);
    }

    private static int MinCount(FeaturizerSettings settings, FeatureBlock block) =>
        block is FeatureBlock.Char or FeatureBlock.TargetChar ? settings.CharMinCount : settings.WordMinCount;
}
