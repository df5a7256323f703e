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
    public static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<FeatureKeys> rows) =>
        Build(settings, rows, Environment.ProcessorCount);

    /// <summary>
    /// As <see cref="Build(FeaturizerSettings, IReadOnlyList{FeatureKeys})"/>, counting on <paramref name="shards"/> threads: each
    /// counts the keys whose hash falls in its shard, so no count is shared and the result does not depend on the number.
    /// </summary>
    internal static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<FeatureKeys> rows, int shards)
    {
        shards = Math.Clamp(shards, 1, 16);
        var kept = new List<(ulong Key, int Count, int Block)>[shards];
        Parallel.For(0, shards, new ParallelOptions { MaxDegreeOfParallelism = shards }, shard => kept[shard] = CountShard(settings, rows, shard, shards));

        var n = rows.Count;
        var keys = kept.SelectMany(k => k).ToList();
        if (settings.MaxFeatures > 0 && keys.Count > settings.MaxFeatures)
        {
            // Keep the most widespread features; ties broken by key so the result is deterministic.
            keys = keys.OrderByDescending(k => k.Count).ThenBy(k => k.Key).Take(settings.MaxFeatures).ToList();
        }

        // Sorted by key, except that the word-vector dimensions come first, in order, then the target-crossed ones: a
        // text uses every dimension, so their weights are best side by side (scattered, each cost a cache miss).
        var dimension = FeatureExtractor.VectorKeys.Select((k, d) => (k, d)).ToDictionary(p => p.k, p => p.d);
        var dense = keys.Where(k => FeatureBlocks.IsDense((FeatureBlock)k.Block))
            .OrderBy(k => k.Block == (int)FeatureBlock.Vector ? 0 : 1)
            .ThenBy(k => dimension.GetValueOrDefault(k.Key))
            .ThenBy(k => k.Key)
            .ToArray();
        var rest = dense.Length == 0 ? keys : keys.Where(k => !FeatureBlocks.IsDense((FeatureBlock)k.Block)).ToList();
        var restKeys = rest.Select(k => k.Key).ToArray();
        var restCounts = rest.Select(k => k.Count).ToArray();
        Array.Sort(restKeys, restCounts);
        ulong[] sorted = [.. dense.Select(k => k.Key), .. restKeys];
        int[] counts = [.. dense.Select(k => k.Count), .. restCounts];
        var scales = Array.ConvertAll(counts, c => settings.UseIdf ? (float)(Math.Log((1.0 + n) / (1.0 + c)) + 1.0) : 1f);
        return new FeatureVocabulary(sorted, scales);
    }

    /// <summary>Document frequencies of the keys with <c>key % shards == shard</c>, keeping those seen often enough.</summary>
    private static List<(ulong Key, int Count, int Block)> CountShard(FeaturizerSettings settings, IReadOnlyList<FeatureKeys> rows, int shard, int shards)
    {
        // Per key: documents containing it, its block, and the last row counted (instead of a set per row).
        var documentFrequency = new Dictionary<ulong, (int Count, int Block, int LastRow)>(rows.Count * 64 / shards);
        // A dense block's keys follow from its first key (see FeatureVocabulary.DenseIndices) and each appears once per
        // row: count the block, by its first key, instead of each of its keys.
        var denseBlocks = new Dictionary<ulong, (ulong[] Keys, int Count, int Block)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var b = 0; b < FeatureBlocks.Count; b++)
            {
                var (start, end) = row.Ranges[b];
                if (FeatureBlocks.IsDense((FeatureBlock)b))
                {
                    if (end > start)
                    {
                        ref var block = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(denseBlocks, row.Keys[start], out var seen);
                        block = seen
                            ? block with { Count = block.Count + 1 }
                            : (row.Keys[start..end].Where(k => (int)(k % (ulong)shards) == shard).ToArray(), 1, b);
                    }

                    continue;
                }

                for (var i = start; i < end; i++)
                {
                    var key = row.Keys[i];
                    if ((int)(key % (ulong)shards) != shard)
                    {
                        continue;
                    }

                    ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(documentFrequency, key, out var exists);
                    if (!exists || entry.LastRow != r)
                    {
                        entry = (entry.Count + 1, b, r);
                    }
                }
            }
        }

        var kept = new List<(ulong Key, int Count, int Block)>(documentFrequency.Count);
        foreach (var (key, entry) in documentFrequency)
        {
            if (entry.Count >= MinCount(settings, (FeatureBlock)entry.Block))
            {
                kept.Add((key, entry.Count, entry.Block));
            }
        }

        foreach (var (keys, count, block) in denseBlocks.Values)
        {
            kept.AddRange(keys.Select(k => (k, count, block)));
        }

        return kept;
    }

    /// <summary>The minimum document count of a counted block (dense blocks are kept whole, see <see cref="CountShard"/>).</summary>
    private static int MinCount(FeaturizerSettings settings, FeatureBlock block) =>
        block is FeatureBlock.Char or FeatureBlock.TargetChar ? settings.CharMinCount : settings.WordMinCount;
}
