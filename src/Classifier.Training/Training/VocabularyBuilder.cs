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
        // Per key: documents containing it, its block, and the last row counted (instead of a set per row).
        var documentFrequency = new Dictionary<ulong, (int Count, int Block, int LastRow)>(rows.Count * 64);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var b = 0; b < FeatureBlocks.Count; b++)
            {
                var (start, end) = row.Ranges[b];
                for (var i = start; i < end; i++)
                {
                    ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(documentFrequency, row.Keys[i], out var exists);
                    if (!exists || entry.LastRow != r)
                    {
                        entry = (entry.Count + 1, b, r);
                    }
                }
            }
        }

        var n = rows.Count;
        var keys = new List<ulong>(documentFrequency.Count);
        foreach (var (key, entry) in documentFrequency)
        {
            if (entry.Count >= MinCount(settings, (FeatureBlock)entry.Block))
            {
                keys.Add(key);
            }
        }

        if (settings.MaxFeatures > 0 && keys.Count > settings.MaxFeatures)
        {
            // Keep the most widespread features; ties broken by key so the result is deterministic.
            keys = keys.OrderByDescending(k => documentFrequency[k].Count).ThenBy(k => k).Take(settings.MaxFeatures).ToList();
        }

        var sorted = keys.ToArray();
        var counts = Array.ConvertAll(sorted, k => documentFrequency[k].Count);
        Array.Sort(sorted, counts);
        var scales = Array.ConvertAll(counts, c => settings.UseIdf ? (float)(Math.Log((1.0 + n) / (1.0 + c)) + 1.0) : 1f);
        return new FeatureVocabulary(sorted, scales);
    }

    private static int MinCount(FeaturizerSettings settings, FeatureBlock block) =>
        block is FeatureBlock.Char or FeatureBlock.TargetChar ? settings.CharMinCount : settings.WordMinCount;
}
