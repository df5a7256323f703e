using Microsoft.ML.Data;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// Training rows as compressed sparse rows (one array of indices and one of values for all rows), with each row's
/// class and weight: the layout the native optimisers walk, built once from the ML.NET rows.
/// </summary>
internal sealed class SparseRows
{
    /// <summary>Rows as given: row i's non-zeros are <c>[start[i], start[i + 1])</c> of <paramref name="indices"/> (ascending) and <paramref name="values"/>.</summary>
    internal SparseRows(int[] start, int[] indices, float[] values, int[] classes, float[] weights, int dimension)
    {
        Start = start;
        Indices = indices;
        Values = values;
        Classes = classes;
        Weights = weights;
        Dimension = dimension;
    }

    /// <summary>Row i occupies <c>[Start[i], Start[i + 1])</c> of <see cref="Indices"/> and <see cref="Values"/>.</summary>
    public int[] Start { get; }

    public int[] Indices { get; }

    public float[] Values { get; }

    /// <summary>Each row's class: the position of its label in the model's label order.</summary>
    public int[] Classes { get; }

    public float[] Weights { get; }

    public int Dimension { get; }

    public int Count => Classes.Length;

    public static SparseRows From(IReadOnlyList<FeatureRow> rows, IReadOnlyList<string> labels, int dimension)
    {
        var start = new int[rows.Count + 1];
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i].Features;
            start[i + 1] = start[i] + (f.IsDense ? f.Length : f.GetValues().Length);
        }

        var indices = new int[start[^1]];
        var values = new float[start[^1]];
        var classes = new int[rows.Count];
        var weights = new float[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            // The spans, not VBuffer.Items(): its enumerator cost more than the rest of this (0.1 s on SST-2).
            var f = rows[i].Features;
            var at = start[i];
            var source = f.GetValues();
            source.CopyTo(values.AsSpan(at));
            if (f.IsDense)
            {
                for (var j = 0; j < source.Length; j++)
                {
                    indices[at + j] = j;
                }
            }
            else
            {
                f.GetIndices().CopyTo(indices.AsSpan(at));
            }

            // Indices ascend (VBuffer's rule), so the last is the largest.
            var end = at + source.Length;
            if (end > at && (uint)indices[end - 1] >= (uint)dimension)
            {
                throw new ArgumentException($"Row {i} has feature index {indices[end - 1]}, outside the {dimension} features.", nameof(rows));
            }

            classes[i] = IndexOf(labels, rows[i].Label);
            weights[i] = rows[i].Weight;
        }

        return new SparseRows(start, indices, values, classes, weights, dimension);
    }

    /// <summary>The same rows and features with other weights (<paramref name="weights"/>, one per row); the arrays are shared, not copied.</summary>
    public SparseRows WithWeights(float[] weights) => weights.Length == Count
        ? new(Start, Indices, Values, Classes, weights, Dimension)
        : throw new ArgumentException($"{weights.Length} weights for {Count} rows.", nameof(weights));

    /// <summary>
    /// The first <paramref name="count"/> rows (all by default) as ML.NET rows, for ML.NET's trainers and scorers: each
    /// with its label's name, its weight, and a vector of its own, as <see cref="From"/> reads them.
    /// </summary>
    public FeatureRow[] ToFeatureRows(IReadOnlyList<string> labels, int count = -1)
    {
        var rows = new FeatureRow[count < 0 ? Count : Math.Min(count, Count)];
        for (var i = 0; i < rows.Length; i++)
        {
            var (from, length) = (Start[i], Start[i + 1] - Start[i]);
            rows[i] = new FeatureRow
            {
                Label = labels[Classes[i]],
                Weight = Weights[i],
                Features = new VBuffer<float>(Dimension, length, Values.AsSpan(from, length).ToArray(), Indices.AsSpan(from, length).ToArray()),
            };
        }

        return rows;
    }

    /// <summary>The same rows (classes and weights) over other features: <paramref name="dimension"/> of them, stored as given.</summary>
    public SparseRows WithFeatures(int[] start, int[] indices, float[] values, int dimension) =>
        new(start, indices, values, Classes, Weights, dimension);

    /// <summary>
    /// The binary problem of <paramref name="positive"/> against the rest: the same rows with class 1 for that class's rows
    /// and 0 for the others, and each value multiplied by its feature's <paramref name="scale"/> when one is given:
    /// written into <paramref name="scaled"/> if given (as long as <see cref="Values"/>; one class's problem after
    /// another can reuse it), else into a new array.
    /// </summary>
    public SparseRows OneVersusRest(int positive, float[]? scale, float[]? scaled = null)
    {
        var classes = Array.ConvertAll(Classes, c => c == positive ? 1 : 0);
        var values = Values;
        if (scale is not null)
        {
            values = scaled ?? new float[Values.Length];
            for (var p = 0; p < values.Length; p++)
            {
                values[p] = Values[p] * scale[Indices[p]];
            }
        }

        return new SparseRows(Start, Indices, values, classes, Weights, Dimension);
    }

    /// <summary>
    /// The same rows with the features renumbered by how many rows hold them, most first (ties by index), and
    /// <paramref name="original"/>: each new index's old one. A solver that reads and writes a weight per non-zero
    /// then finds the common features' weights together in cache instead of scattered over the whole vector; its
    /// arithmetic is unchanged, value for value and in the same order, so mapping its weights back through
    /// <paramref name="original"/> gives exactly what it would have learned on these rows.
    /// </summary>
    public SparseRows ByFrequency(out int[] original)
    {
        var counts = new int[Dimension];
        foreach (var index in Indices)
        {
            counts[index]++;
        }

        // One unique key per feature, count descending then index ascending, so the unstable Array.Sort needs no tie-breaking.
        original = new int[Dimension];
        var keys = new long[Dimension];
        for (var j = 0; j < Dimension; j++)
        {
            original[j] = j;
            keys[j] = ((long)-counts[j] << 32) + j;
        }

        Array.Sort(keys, original);

        var renumber = new int[Dimension];
        for (var j = 0; j < Dimension; j++)
        {
            renumber[original[j]] = j;
        }

        var indices = new int[Indices.Length];
        for (var p = 0; p < indices.Length; p++)
        {
            indices[p] = renumber[Indices[p]];
        }

        return new SparseRows(Start, indices, Values, Classes, Weights, Dimension);
    }

    internal static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var c = 0; c < labels.Count; c++)
        {
            if (labels[c] == label)
            {
                return c;
            }
        }

        throw new ArgumentException($"Label '{label}' is not one of the model's labels ({string.Join(", ", labels)}).", nameof(label));
    }
}
