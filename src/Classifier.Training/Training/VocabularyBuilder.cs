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
    public static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<FeatureKeys> rows)
    {
        var documentFrequency = new Dictionary<ulong, (int Count, FeatureBlock Block)>();
        var seen = new HashSet<ulong>();
        foreach (var row in rows)
        {
            for (var b = 0; b < FeatureBlocks.Count; b++)
            {
                var (start, end) = row.Ranges[b];
                seen.Clear();
                for (var i = start; i < end; i++)
                {
                    var key = row.Keys[i];
                    if (seen.Add(key))
                    {
                        ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(documentFrequency, key, out _);
                        entry = (entry.Count + 1, (FeatureBlock)b);
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
