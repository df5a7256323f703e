using System.Runtime.CompilerServices;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// Folds the features that occur in one row only (most word 2- and 3-grams, many character n-grams: on SST-2, 180,000
/// of 247,000 features) into one feature per row, for <see cref="SoftmaxLbfgs"/>. Starting from zero, an L2-penalised
/// linear model's weights on row i's single-row features stay proportional to that row's values on them (their
/// gradient is the row's residual times those values, plus the penalty on the weights themselves), so they are one
/// unknown per class: τ, with weight τ·v / ‖v‖ on a feature of value v. The folded feature has the value ‖v‖ and
/// adds τ·‖v‖ to the row's score and τ² to ‖W‖², as the unfolded weights do: an isometry, under which L-BFGS (dot
/// products and linear combinations only) takes the same steps, in exact arithmetic, on vectors a third as long
/// (the two-loop recursion is bound by reading them). <see cref="Expand"/> maps the solution back.
/// </summary>
internal sealed class SingletonFeatures
{
    private readonly SparseRows _original;

    /// <summary>For each kept feature (one that two or more rows hold; folded index below <see cref="_firstFolded"/>), its original index.</summary>
    private readonly int[] _kept;

    /// <summary>For each folded feature (index <see cref="_firstFolded"/> + f), its row and the norm of the row's single-row values.</summary>
    private readonly (int Row, double Norm)[] _folded;

    private readonly int _firstFolded;

    private readonly bool[] _single;

    private SingletonFeatures(SparseRows original, SparseRows rows, int[] kept, (int Row, double Norm)[] folded, bool[] single)
    {
        _original = original;
        Rows = rows;
        _kept = kept;
        _folded = folded;
        _firstFolded = kept.Length;
        _single = single;
    }

    /// <summary>The rows with the single-row features folded: kept features first (in their order), then one per row that had any.</summary>
    public SparseRows Rows { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // run once or twice per training: compile optimised at once
    public static SingletonFeatures Fold(SparseRows rows)
    {
        var counts = new int[rows.Dimension];
        foreach (var index in rows.Indices)
        {
            counts[index]++;
        }

        // A feature no row holds is dropped too: its gradient is the penalty on its own weight, zero from the start.
        var single = new bool[rows.Dimension];
        var renumber = new int[rows.Dimension];
        var kept = 0;
        var singles = 0;
        for (var j = 0; j < rows.Dimension; j++)
        {
            single[j] = counts[j] == 1;
            renumber[j] = counts[j] > 1 ? kept++ : -1;
            singles += single[j] ? 1 : 0;
        }

        var keptIndices = new int[kept];
        for (var j = 0; j < rows.Dimension; j++)
        {
            if (renumber[j] >= 0)
            {
                keptIndices[renumber[j]] = j;
            }
        }

        // The kept non-zeros plus one folded feature per row with a non-zero single-row value: sized exactly, as fresh
        // memory is slow to touch on a virtual machine (filling a larger array and copying its used part cost 60 ms on SST-2).
        var foldedRows = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var p = rows.Start[i]; p < rows.Start[i + 1]; p++)
            {
                if (single[rows.Indices[p]] && rows.Values[p] != 0)
                {
                    foldedRows++;
                    break;
                }
            }
        }

        if (singles == 0)
        {
            // Nothing to fold (the usual case with maxFeatures, which keeps the most widespread features): the values are
            // the rows' own, in order, and so are the indices when no feature is dropped. Shared, not copied: a copy of
            // every non-zero is what the fold would cost, for each trainer and each class of one-versus-all.
            var renumbered = kept == rows.Dimension ? rows.Indices : Array.ConvertAll(rows.Indices, j => renumber[j]);
            return new SingletonFeatures(rows, rows.WithFeatures(rows.Start, renumbered, rows.Values, kept), keptIndices, [], single);
        }

        var size = rows.Indices.Length - singles + foldedRows;
        var indices = new int[size];
        var values = new float[size];
        var start = new int[rows.Count + 1];
        var folded = new List<(int Row, double Norm)>(foldedRows);
        var at = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var squares = 0.0;
            var any = false;
            for (var p = rows.Start[i]; p < rows.Start[i + 1]; p++)
            {
                var j = rows.Indices[p];
                var v = rows.Values[p];
                if (single[j])
                {
                    squares += (double)v * v;
                    any |= v != 0;
                }
                else
                {
                    indices[at] = renumber[j];
                    values[at++] = v;
                }
            }

            if (any)
            {
                // Last in the row: its index is above every kept one, so the row stays sorted.
                var norm = Math.Sqrt(squares);
                indices[at] = kept + folded.Count;
                values[at++] = (float)norm;
                folded.Add((i, norm));
            }

            start[i + 1] = at;
        }

        var folding = rows.WithFeatures(start, indices, values, kept + folded.Count);
        return new SingletonFeatures(rows, folding, keptIndices, [.. folded], single);
    }

    /// <summary>
    /// The weights over the original features (<c>[feature · k + class]</c>, then the <paramref name="k"/> biases) of
    /// <paramref name="x"/>, the same layout over <see cref="Rows"/>' features.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public float[] Expand(float[] x, int k)
    {
        var dimension = _original.Dimension;
        var full = new float[(dimension * k) + k];
        for (var a = 0; a < _kept.Length; a++)
        {
            x.AsSpan(a * k, k).CopyTo(full.AsSpan(_kept[a] * k, k));
        }

        for (var f = 0; f < _folded.Length; f++)
        {
            var (row, norm) = _folded[f];
            var tau = x.AsSpan((_firstFolded + f) * k, k);
            for (var p = _original.Start[row]; p < _original.Start[row + 1]; p++)
            {
                var j = _original.Indices[p];
                if (_single[j])
                {
                    for (var c = 0; c < k; c++)
                    {
                        full[(j * k) + c] = (float)(tau[c] * (_original.Values[p] / norm));
                    }
                }
            }
        }

        x.AsSpan(Rows.Dimension * k, k).CopyTo(full.AsSpan(dimension * k, k));
        return full;
    }
}
