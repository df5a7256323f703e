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
    /// The rows' vectors as compressed sparse rows with their classes (positions in <paramref name="labels"/>) and weight 1:
    /// the vectors <see cref="VectorizeRows"/> gives, value for value, without an array pair and an object per row (the
    /// trainers read these arrays; ML.NET's rows are made from them only for ML.NET's trainers). No row's keys are kept:
    /// each row is extracted by <paramref name="source"/> and vectorised twice, first to count its non-zero values, then
    /// to write them straight into the final arrays, sized from the counts (vectorised once into arrays per block of rows,
    /// the vectors were held twice while the blocks were joined).
    /// </summary>
    public static SparseRows Vectorize(IReadOnlyList<LabeledExample> examples, FeatureSource source, FeatureVocabulary vocabulary,
        FeaturizerSettings settings, IReadOnlyList<string> labels)
    {
        var start = new int[examples.Count + 1];
        ForEachRow(examples, source, vocabulary, settings, (i, vector) => start[i + 1] = vector.Count);
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
        ForEachRow(examples, source, vocabulary, settings, (i, vector) =>
        {
            if (vector.Count != start[i + 1] - start[i])
            {
                throw new InvalidOperationException($"{examples[i].Location}: vectorised twice, the row gave {start[i + 1] - start[i]} and then {vector.Count} features.");
            }

            vector.Sort();
            vector.Indices.CopyTo(indices.AsSpan(start[i]));
            vector.Values.CopyTo(values.AsSpan(start[i]));
        });

        var classes = new int[examples.Count];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = SparseRows.IndexOf(labels, examples[i].Label);
        }

        var weights = new float[examples.Count];
        Array.Fill(weights, 1f);
        return new SparseRows(start, indices, values, classes, weights, vocabulary.Count);
    }

    /// <summary>Extracts and vectorises every row, in parallel blocks of <see cref="ChunkRows"/> rows, handing each row's vector (unsorted) to <paramref name="use"/>.</summary>
    private static void ForEachRow(IReadOnlyList<LabeledExample> examples, FeatureSource source, FeatureVocabulary vocabulary, FeaturizerSettings settings,
        Action<int, SparseVector> use) =>
        Parallel.For(0, (examples.Count + ChunkRows - 1) / ChunkRows, () => (Vector: new SparseVector(), Counter: new IndexCounter(), Sink: new FeatureSink()), (c, _, s) =>
        {
            for (var i = c * ChunkRows; i < Math.Min((c + 1) * ChunkRows, examples.Count); i++)
            {
                source.Extract(examples[i], s.Sink);
                Vectorizer.Vectorize(settings, vocabulary, s.Sink, s.Vector, s.Counter);
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
