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
    /// <summary>How many rows' feature keys the build from examples holds at once.</summary>
    internal const int BatchRows = 8192;

    public static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<FeatureKeys> rows) =>
        Build(settings, rows, Environment.ProcessorCount);

    /// <summary>
    /// As <see cref="Build(FeaturizerSettings, IReadOnlyList{FeatureKeys})"/>, counting on <paramref name="shards"/> threads: each
    /// counts the keys whose hash falls in its shard, so no count is shared and the result does not depend on the number.
    /// </summary>
    internal static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<FeatureKeys> rows, int shards)
    {
        var counts = new DocumentCounts(settings, rows.Count, shards);
        counts.Add(rows, 0);
        return Build(settings, counts.Kept(), rows.Count);
    }

    /// <summary>
    /// The vocabulary of <paramref name="examples"/>' features, extracted by <paramref name="source"/> a batch of
    /// <see cref="BatchRows"/> rows at a time and counted as they come: the vocabulary that every row's keys held at once
    /// give (about 2.3 KB a row), without holding them. Vectorising extracts the rows again.
    /// </summary>
    public static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<LabeledExample> examples, FeatureSource source,
        CancellationToken cancellation = default) => Build(settings, examples, source, BatchRows, Environment.ProcessorCount, cancellation);

    /// <summary>As the overload without <paramref name="batch"/> and <paramref name="shards"/>, with those (tests use small batches).</summary>
    internal static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<LabeledExample> examples, FeatureSource source,
        int batch, int shards, CancellationToken cancellation = default)
    {
        var counts = new DocumentCounts(settings, examples.Count, shards);
        for (var from = 0; from < examples.Count; from += batch)
        {
            counts.Add(TrainingVectors.Extract(examples, from, Math.Min(batch, examples.Count - from), source), from);
            cancellation.ThrowIfCancellationRequested();
        }

        return Build(settings, counts.Kept(), examples.Count);
    }

    /// <summary>The vocabulary of the keys kept from <paramref name="n"/> rows: capped at <c>maxFeatures</c>, ordered, with their scales.</summary>
    private static FeatureVocabulary Build(FeaturizerSettings settings, List<(ulong Key, int Count, int Block)> keys, int n)
    {
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
}
