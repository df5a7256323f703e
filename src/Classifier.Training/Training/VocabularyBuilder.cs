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
    /// give, without holding them. Vectorising extracts the rows again.
    /// </summary>
    public static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<LabeledExample> examples, FeatureSource source,
        CancellationToken cancellation = default) => Build(settings, examples, source, BatchRows, Environment.ProcessorCount, keepBytes: 0, out _, cancellation);

    /// <summary>
    /// As <see cref="Build(FeaturizerSettings, IReadOnlyList{LabeledExample}, FeatureSource, CancellationToken)"/>, and
    /// <paramref name="keys"/> gets every row's feature keys if all of them take at most <paramref name="keepBytes"/>
    /// (<see cref="TrainingVectors.Bytes"/>, with the array that holds them), else null. They are kept as they are
    /// extracted, a batch at a time, while the bytes kept so far, scaled to every row by the characters featurised,
    /// fit: once they do not (after the first batch, when the rows are alike), the keys kept are dropped and the count
    /// goes on without them. The vocabulary is the same either way.
    /// </summary>
    public static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<LabeledExample> examples, FeatureSource source,
        long keepBytes, out FeatureKeys[]? keys, CancellationToken cancellation = default) =>
        Build(settings, examples, source, BatchRows, Environment.ProcessorCount, keepBytes, out keys, cancellation);

    /// <summary>As the overload without <paramref name="batch"/> and <paramref name="shards"/>, with those (tests use small batches).</summary>
    internal static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<LabeledExample> examples, FeatureSource source,
        int batch, int shards, CancellationToken cancellation = default) => Build(settings, examples, source, batch, shards, keepBytes: 0, out _, cancellation);

    /// <summary>As the overload without <paramref name="batch"/> and <paramref name="shards"/>, with those (tests use small batches).</summary>
    internal static FeatureVocabulary Build(FeaturizerSettings settings, IReadOnlyList<LabeledExample> examples, FeatureSource source,
        int batch, int shards, long keepBytes, out FeatureKeys[]? keys, CancellationToken cancellation = default)
    {
        var counts = new DocumentCounts(settings, examples.Count, shards);
        // The array of references counts too (8 bytes a row): rows too many for it are never kept.
        var references = 8L * examples.Count;
        keys = references <= keepBytes ? new FeatureKeys[examples.Count] : null;
        var chars = keys is null ? 0 : examples.Sum(e => Characters(settings, e));
        var (held, charsSoFar) = (0L, 0L);
        for (var from = 0; from < examples.Count; from += batch)
        {
            var rows = TrainingVectors.Extract(examples, from, Math.Min(batch, examples.Count - from), source);
            counts.Add(rows, from);
            if (keys is not null)
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    held += TrainingVectors.Bytes(rows[i]) - 8;
                    charsSoFar += Characters(settings, examples[from + i]);
                }

                // Exact once every row is in (charsSoFar == chars); before, a projection, so that rows whose keys will
                // not fit are not held up to the budget first.
                var projected = charsSoFar >= chars ? held : (long)((double)held * chars / Math.Max(1, charsSoFar));
                if (references + projected <= keepBytes)
                {
                    rows.CopyTo(keys, from);
                }
                else
                {
                    keys = null;
                }
            }

            cancellation.ThrowIfCancellationRequested();
        }

        return Build(settings, counts.Kept(), examples.Count);
    }

    /// <summary>The characters of <paramref name="example"/> that are featurised (its text, cut at <see cref="FeaturizerSettings.MaxTextLength"/>, and its target).</summary>
    private static long Characters(FeaturizerSettings settings, LabeledExample example) =>
        Math.Min(example.Text.Length, settings.MaxTextLength) + (example.Target?.Length ?? 0);

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
