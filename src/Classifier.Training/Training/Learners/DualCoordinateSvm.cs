using System.Runtime.CompilerServices;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// A binary linear SVM with the squared hinge loss and an L2 penalty, solved in the dual by coordinate descent with
/// shrinking: liblinear's <c>L2R_L2LOSS_SVC_DUAL</c> (Hsieh et al. 2008), the solver behind scikit-learn's
/// <c>LinearSVC</c>. It minimises <c>½‖w‖² + Σᵢ Cᵢ·max(0, 1 − yᵢ(w·xᵢ + b))²</c>, where the bias is a weight on a
/// constant feature of value 1 (penalised, as liblinear's is) and <c>Cᵢ</c> is the row's weight times <c>C</c>.
/// A pass costs one walk over the rows' non-zeros; it stops when the projected gradient's spread falls below the
/// tolerance over all rows, or after the pass limit.
/// </summary>
internal static class DualCoordinateSvm
{
    /// <summary>
    /// The weights (<see cref="SparseRows.Dimension"/> of them) and the bias for class <paramref name="positive"/> against the
    /// rest; <paramref name="passDone"/>, if given, hears the number of each pass as it ends (it changes nothing solved).
    /// </summary>
    public static (float[] Weights, double Bias, int Passes) Fit(SparseRows rows, int positive, double c, double tolerance, int maxPasses, int seed,
        CancellationToken cancellation, Action<int>? passDone = null)
    {
        var n = rows.Count;
        var w = new float[rows.Dimension]; // float weights: half the memory traffic, and the scorer stores floats anyway
        double b = 0;
        var alpha = new double[n];
        var diagonal = new double[n];
        var q = new double[n];
        var sign = new sbyte[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            sign[i] = rows.Classes[i] == positive ? (sbyte)1 : (sbyte)-1;
            diagonal[i] = rows.Weights[i] > 0 ? 0.5 / (c * rows.Weights[i]) : double.PositiveInfinity;
            var values = rows.Values.AsSpan(rows.Start[i], rows.Start[i + 1] - rows.Start[i]);
            double norm = 1; // the bias feature
            foreach (var v in values)
            {
                norm += v * (double)v;
            }

            q[i] = norm + diagonal[i];
            order[i] = i;
        }

        var random = new Random(seed);
        var active = n;
        var maxOld = double.PositiveInfinity;
        var passes = 0;
        while (passes < maxPasses)
        {
            cancellation.ThrowIfCancellationRequested();
            passes++;
            double maxNew = double.NegativeInfinity, minNew = double.PositiveInfinity;
            random.Shuffle(order.AsSpan(0, active));
            for (var s = 0; s < active; s++)
            {
                var i = order[s];
                if (double.IsPositiveInfinity(diagonal[i]))
                {
                    continue; // a row of weight 0 takes no part
                }

                var start = rows.Start[i];
                var length = rows.Start[i + 1] - start;
                var indices = rows.Indices.AsSpan(start, length);
                var values = rows.Values.AsSpan(start, length);
                var y = sign[i];
                var gradient = (y * (Dot(w, indices, values) + b)) - 1 + (alpha[i] * diagonal[i]);
                var projected = gradient;
                if (alpha[i] == 0)
                {
                    if (gradient > maxOld)
                    {
                        // Shrink: this row sits comfortably outside the margin; leave it out until the final check.
                        active--;
                        (order[s], order[active]) = (order[active], order[s]);
                        s--;
                        continue;
                    }

                    projected = Math.Min(gradient, 0);
                }

                maxNew = Math.Max(maxNew, projected);
                minNew = Math.Min(minNew, projected);
                if (Math.Abs(projected) > 1e-12)
                {
                    var old = alpha[i];
                    alpha[i] = Math.Max(old - (gradient / q[i]), 0);
                    var step = (alpha[i] - old) * y;
                    Add(w, indices, values, step);
                    b += step;
                }
            }

            passDone?.Invoke(passes);
            if (maxNew - minNew <= tolerance)
            {
                if (active == n)
                {
                    break;
                }

                // Converged on the active rows: check every row once more before stopping.
                active = n;
                maxOld = double.PositiveInfinity;
                continue;
            }

            maxOld = maxNew <= 0 ? double.PositiveInfinity : maxNew;
        }

        return (w, b, passes);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Dot(float[] w, ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        double sum = 0;
        for (var p = 0; p < indices.Length; p++)
        {
            sum += w[indices[p]] * values[p];
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(float[] w, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, double step)
    {
        for (var p = 0; p < indices.Length; p++)
        {
            w[indices[p]] += (float)(step * values[p]);
        }
    }
}
