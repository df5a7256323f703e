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
    /// Rows up to this many keep their feature keys from the vocabulary's count to vectorising (about 2.3 KB a row: 75 MB
    /// at most) and are vectorised once, each row's vector held until all are counted, so each row is extracted once; more
    /// rows are extracted afresh for each pass (the vocabulary's count, then counting and writing the vectors), so that
    /// neither their keys (0.75 GB at 200,000 rows) nor their vectors twice are held. Extracting three times cost the
    /// public sets' small files a fifth to a third more training time (SemEval-2016 0.37 s against 0.44 s, IBM 0.12 s
    /// against 0.16 s, measured together).
    /// </summary>
    internal const int KeepKeysRows = 32_768;

    /// <summary>
    /// The rows' vectors as compressed sparse rows with their classes (positions in <paramref name="labels"/>) and weight 1:
    /// the vectors <see cref="VectorizeRows"/> gives, value for value, without an array pair and an object per row (the
    /// trainers read these arrays; ML.NET's rows are made from them only for ML.NET's trainers). Given
    /// <paramref name="keys"/>, the rows' feature keys (few rows, <see cref="KeepKeysRows"/>), each row is vectorised once
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
