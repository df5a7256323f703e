using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Training.Learners;
using Microsoft.ML.Data;

namespace Classifier.Training.Training;

/// <summary>
/// Training rows' feature keys (<see cref="Extract"/>) and vectors: as one set of compressed sparse rows for training
/// (<see cref="Vectorize"/>), or as ML.NET rows for checks on any data (<see cref="VectorizeRows"/>).
/// </summary>
internal static class TrainingVectors
{
    /// <summary>How many rows one task of <see cref="Vectorize"/> extracts and vectorises.</summary>
    private const int ChunkRows = 1024;

    /// <summary>Every example's feature keys, extracted in parallel.</summary>
    public static FeatureKeys[] Extract(IReadOnlyList<LabeledExample> examples, FeatureSource source) => Extract(examples, 0, examples.Count, source);

    /// <summary>The feature keys of the <paramref name="count"/> examples from <paramref name="first"/> on, extracted in parallel.</summary>
    public static FeatureKeys[] Extract(IReadOnlyList<LabeledExample> examples, int first, int count, FeatureSource source)
    {
        var keys = new FeatureKeys[count];
        Parallel.For(0, count, () => new FeatureSink(), (i, _, sink) =>
        {
            source.Extract(examples[first + i], sink);
            keys[i] = sink.Snapshot();
            return sink;
        }, _ => { });
        return keys;
    }

    /// <summary>
    /// Training keeps the rows' feature keys from the vocabulary's count to vectorising, and vectorises each row once,
    /// holding its vector until all are counted, when the keys take at most this share of the memory the process may use
    /// (<see cref="KeepKeysBytes(long)"/>): a sixteenth. Past it, the rows are extracted afresh for each pass (the
    /// vocabulary's count, then counting and writing the vectors), so that neither their keys nor their vectors twice
    /// are held. Keeping raised peak memory by 1.2 to 1.35 times the keys' bytes (the keys, then the rows' vectors beside
    /// the final arrays), so by at most about a tenth of that memory, and saved an eighth to a quarter of the featurising time
    /// (sentiment, 194,723 rows: keys 593 MB, peak 1.8 GB kept against 1.0 GB lean; docs/how-it-works.md, Training). Both ways give the
    /// same vectors, hence the same model, byte for byte. A sixteenth, not more: the memory is the whole machine's, shared
    /// with other processes, and <c>tune</c> holds the folds already featurised while it featurises the next. It keeps
    /// the keys of 200,000 rows on 24 GB and of about 40,000 in a 2 GB container; the rule it replaced kept those of up
    /// to 32,768 rows everywhere.
    /// </summary>
    internal const int KeepKeysShare = 16;

    /// <summary>
    /// The most bytes of feature keys (<see cref="Bytes"/>) training keeps, given the memory the process may use,
    /// <paramref name="availableBytes"/>: one <see cref="KeepKeysShare"/>th of it. On 24 GB, 1.5 GB: the keys of about 500,000
    /// sentences of tweet length (about 30 bytes a character with the shipped settings: 3.0 KB a sentiment row, 4.5 KB a
    /// stance row of the public sets); in a 2 GB container, 128 MB, about 40,000 such rows.
    /// </summary>
    public static long KeepKeysBytes(long availableBytes) => Math.Max(0, availableBytes) / KeepKeysShare;

    /// <summary>
    /// <see cref="KeepKeysBytes(long)"/> of the memory this process may use, <see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>:
    /// the machine's memory, or less under a container's memory limit or <c>DOTNET_GCHeapHardLimit</c>
    /// (or <c>DOTNET_GCHeapHardLimitPercent</c>), which so make training take the lean path.
    /// </summary>
    public static long KeepKeysBytes() => KeepKeysBytes(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    /// <summary>
    /// The bytes one row's feature keys take on a 64-bit heap, with the reference that holds them: the record and its three
    /// arrays (an empty array is the shared one), each with its header and padded to 8 bytes.
    /// </summary>
    public static long Bytes(FeatureKeys keys) =>
        8 + 40 + ArrayBytes(keys.Keys.Length, sizeof(ulong)) + ArrayBytes(keys.Ranges.Length, 2 * sizeof(int)) + ArrayBytes(keys.Dense.Length, sizeof(float));

    private static long ArrayBytes(int length, int elementBytes) => length == 0 ? 0 : 24 + (((long)length * elementBytes + 7) & ~7L);

    /// <summary>
    /// The rows' vectors as compressed sparse rows with their classes (positions in <paramref name="labels"/>) and weight 1:
    /// the vectors <see cref="VectorizeRows"/> gives, value for value, without an array pair and an object per row (the
    /// trainers read these arrays; ML.NET's rows are made from them only for ML.NET's trainers). Given
    /// <paramref name="keys"/>, the rows' feature keys (when they are few enough to keep, <see cref="KeepKeysShare"/>), each row is vectorised once
    /// and its vector held until all are counted; without, each row is extracted by <paramref name="source"/> and
    /// vectorised twice, first to count its non-zero values, then to write them straight into the final arrays, sized from
    /// the counts, so that no row's keys nor its vector are held on the way.
    /// </summary>
    public static SparseRows Vectorize(IReadOnlyList<LabeledExample> examples, FeatureKeys[]? keys, FeatureSource source, FeatureVocabulary vocabulary,
        FeaturizerSettings settings, IReadOnlyList<string> labels)
    {
        var start = new int[examples.Count + 1];
        var held = keys is null ? null : new (int[] Indices, float[] Values)[examples.Count];
        ForEachRow(examples, keys, source, vocabulary, settings, (i, vector) =>
        {
            start[i + 1] = vector.Count;
            if (held is not null)
            {
                vector.Sort();
                held[i] = (vector.Indices.ToArray(), vector.Values.ToArray());
            }
        });
        var total = 0L;
        for (var i = 0; i < examples.Count; i++)
        {
            total += start[i + 1];
            start[i + 1] = (int)Math.Min(total, int.MaxValue);
        }

        if (total > Array.MaxLength)
        {
            // An ArgumentException, as the other limits of what can be trained (ModelTrainer.Size): "error: ...", not an internal error.
            throw new ArgumentException(FormattableString.Invariant(
                $"The rows hold {total:N0} non-zero features, more than one array can hold ({Array.MaxLength:N0}); train on fewer rows."));
        }

        var indices = new int[total];
        var values = new float[total];
        if (held is not null)
        {
            for (var i = 0; i < held.Length; i++)
            {
                held[i].Indices.CopyTo(indices, start[i]);
                held[i].Values.CopyTo(values, start[i]);
            }
        }
        else
        {
            ForEachRow(examples, keys: null, source, vocabulary, settings, (i, vector) =>
            {
                if (vector.Count != start[i + 1] - start[i])
                {
                    throw new InvalidOperationException($"{examples[i].Location}: vectorised twice, the row gave {start[i + 1] - start[i]} and then {vector.Count} features.");
                }

                vector.Sort();
                vector.Indices.CopyTo(indices.AsSpan(start[i]));
                vector.Values.CopyTo(values.AsSpan(start[i]));
            });
        }

        var classes = new int[examples.Count];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = SparseRows.IndexOf(labels, examples[i].Label);
        }

        var weights = new float[examples.Count];
        Array.Fill(weights, 1f);
        return new SparseRows(start, indices, values, classes, weights, vocabulary.Count);
    }

    /// <summary>
    /// Vectorises every row, from <paramref name="keys"/> if given, else extracted by <paramref name="source"/>, in parallel
    /// blocks of <see cref="ChunkRows"/> rows, handing each row's vector (unsorted) to <paramref name="use"/>.
    /// </summary>
    private static void ForEachRow(IReadOnlyList<LabeledExample> examples, FeatureKeys[]? keys, FeatureSource source, FeatureVocabulary vocabulary, FeaturizerSettings settings,
        Action<int, SparseVector> use) =>
        Parallel.For(0, (examples.Count + ChunkRows - 1) / ChunkRows, () => (Vector: new SparseVector(), Counter: new IndexCounter(), Sink: new FeatureSink()), (c, _, s) =>
        {
            for (var i = c * ChunkRows; i < Math.Min((c + 1) * ChunkRows, examples.Count); i++)
            {
                if (keys is not null)
                {
                    Vectorizer.Vectorize(settings, vocabulary, keys[i], s.Vector, s.Counter);
                }
                else
                {
                    source.Extract(examples[i], s.Sink);
                    Vectorizer.Vectorize(settings, vocabulary, s.Sink, s.Vector, s.Counter);
                }

                use(i, s.Vector);
            }

            return s;
        }, _ => { });

    /// <summary>The rows' vectors as ML.NET rows, each labelled with its example's label (known to the model or not).</summary>
    public static FeatureRow[] VectorizeRows(IReadOnlyList<LabeledExample> examples, FeatureKeys[] keys, FeatureVocabulary vocabulary, FeaturizerSettings settings)
    {
        var rows = new FeatureRow[examples.Count];
        Parallel.For(0, examples.Count, () => (new SparseVector(), new IndexCounter()), (i, _, s) =>
        {
            Vectorizer.Vectorize(settings, vocabulary, keys[i], s.Item1, s.Item2);
            s.Item1.Sort();
            rows[i] = new FeatureRow
            {
                Label = examples[i].Label,
                Features = new VBuffer<float>(vocabulary.Count, s.Item1.Count, s.Item1.Values.ToArray(), s.Item1.Indices.ToArray()),
            };
            return s;
        }, _ => { });
        return rows;
    }
}
