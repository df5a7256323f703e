using System.Numerics.Tensors;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// Multinomial logistic regression with an L2 penalty, minimised by L-BFGS directly over <see cref="SparseRows"/>.
/// It minimises the objective ML.NET's <c>LbfgsMaximumEntropy</c> does, <c>(Σᵢ wᵢ·(−log pᵢ(yᵢ)) + ½·l2·‖W‖²) / Σᵢ wᵢ</c>
/// (biases not penalised), from zero weights, and stops by ML.NET's rule (mean relative improvement over the last five
/// iterations below the tolerance, or the iteration limit); a test checks the two reach the same optimum. Its
/// <see cref="FitLogistic"/> with <see cref="LbfgsStopRule.MeanImprovement"/> is ML.NET's <c>LbfgsLogisticRegression</c>
/// in the same way (for <c>ova-logistic</c> and <c>nb-logistic</c>). It exists for
/// speed (on SST-2, 200 iterations took ML.NET's trainer about 1.9 s and take this about 1.0 s): two classes are solved
/// as one logistic regression, and an iteration is two passes over flat arrays of non-zeros, on every core, plus the
/// L-BFGS vector updates with SIMD, on vectors shortened by folding each row's single-row features into one
/// (<see cref="SingletonFeatures"/>: the same steps; on SST-2, 74,000 unknowns per class instead of 247,000).
/// </summary>
internal sealed partial class SoftmaxLbfgs(float l2, float tolerance, int maxIterations, int history, int threads,
    LbfgsStopRule stopRule = LbfgsStopRule.MeanRelativeImprovement, bool foldSingletons = true)
{
    private const int ImprovementWindow = 5;

    /// <summary>Where to report the iterations (at most once per its interval); null for none.</summary>
    public LearnerProgress? Progress { get; init; }

    /// <summary>The learner's name in the progress lines (<c>maxent</c>, <c>nb-logistic (favor against the rest)</c>).</summary>
    public string Name { get; init; } = "L-BFGS";

    /// <summary>The weight of older improvements in <see cref="LbfgsStopRule.MeanImprovement"/> (ML.NET's logistic regression uses 0.25).</summary>
    private const float ImprovementDecay = 0.25f;

    /// <summary>The weights (<c>[feature * classes + class]</c>, as <see cref="Classifier.Model.LinearModel"/> stores them) and the biases.</summary>
    public (float[] Weights, float[] Bias) Fit(SparseRows rows, int classes, CancellationToken cancellation)
    {
        if (classes > 2)
        {
            var x = Minimize(rows, classes, l2, cancellation);
            return (x.AsSpan(0, rows.Dimension * classes).ToArray(), x.AsSpan(rows.Dimension * classes, classes).ToArray());
        }

        // Two classes: softmax's two weight vectors are always opposite at the optimum (w₀ = −w₁), so it is exactly logistic
        // regression on w = w₁ − w₀ with half the penalty; solving that halves the work and the memory.
        var (w, b) = FitLogistic(rows, l2 / 2, cancellation);
        var weights = new float[rows.Dimension * 2];
        for (var j = 0; j < rows.Dimension; j++)
        {
            weights[(2 * j) + 1] = w[j] / 2;
            weights[2 * j] = -weights[(2 * j) + 1];
        }

        return (weights, [-b / 2, b / 2]);
    }

    /// <summary>
    /// Binary logistic regression of class 1 against class 0 (the rows' <see cref="SparseRows.Classes"/> are 0 or 1) with
    /// the penalty <c>½·<paramref name="penalty"/>·‖w‖²</c>: ML.NET's <c>LbfgsLogisticRegression</c> objective.
    /// </summary>
    public (float[] Weights, float Bias) FitLogistic(SparseRows rows, float penalty, CancellationToken cancellation)
    {
        var x = Minimize(rows, 1, penalty, cancellation);
        return (x.AsSpan(0, rows.Dimension).ToArray(), x[^1]);
    }

    /// <summary>
    /// L-BFGS from zero over <c>k</c> score columns (k = 1: the logistic loss; otherwise softmax), on the rows with their
    /// single-row features folded (<see cref="SingletonFeatures"/>; the same steps on shorter vectors) unless turned off.
    /// </summary>
    private float[] Minimize(SparseRows rows, int k, float penalty, CancellationToken cancellation)
    {
        if (!foldSingletons)
        {
            return MinimizeOn(rows, k, penalty, cancellation);
        }

        var folded = SingletonFeatures.Fold(rows);
        return folded.Expand(MinimizeOn(folded.Rows, k, penalty, cancellation), k);
    }

    private float[] MinimizeOn(SparseRows rows, int k, float penalty, CancellationToken cancellation)
    {
        var size = (rows.Dimension * k) + k;
        var objective = new Objective(rows, k, penalty, Math.Max(1, threads));
        var x = new float[size];
        var g = new float[size];
        var f = objective.Evaluate(x, g);
        var s = new List<float[]>();
        var y = new List<float[]>();
        var rho = new List<double>();
        var direction = new float[size];
        var xNew = new float[size];
        var gNew = new float[size];
        var alpha = new double[history];
        var past = new Queue<float>();
        var iteration = 0;
        var meanImprovement = 0f;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var nextReport = Progress?.Interval ?? TimeSpan.MaxValue;
        while (iteration < maxIterations)
        {
            cancellation.ThrowIfCancellationRequested();
            iteration++;
            Direction(g, s, y, rho, alpha, direction);
            var slope = TensorPrimitives.Dot<float>(direction, g);
            if (!(slope < 0))
            {
                // Not a descent direction (rounding at the optimum): restart from the gradient.
                s.Clear();
                y.Clear();
                rho.Clear();
                TensorPrimitives.Negate<float>(g, direction);
                slope = TensorPrimitives.Dot<float>(direction, g);
                if (!(slope < 0))
                {
                    break;
                }
            }

            // Backtracking line search with the Armijo condition; the first step is scaled to a unit move.
            var step = iteration == 1 ? 1.0 / Math.Sqrt(-slope) : 1.0;
            double fNew;
            while (true)
            {
                TensorPrimitives.MultiplyAdd(direction, (float)step, x, xNew);
                fNew = objective.Evaluate(xNew, gNew);
                if (fNew <= f + (1e-4 * step * slope) || step < 1e-10)
                {
                    break;
                }

                step *= 0.5;
            }

            if (!(fNew <= f))
            {
                break;
            }

            var sNext = s.Count == history ? s[0] : new float[size];
            var yNext = y.Count == history ? y[0] : new float[size];
            if (s.Count == history)
            {
                s.RemoveAt(0);
                y.RemoveAt(0);
                rho.RemoveAt(0);
            }

            TensorPrimitives.Subtract<float>(xNew, x, sNext);
            TensorPrimitives.Subtract<float>(gNew, g, yNext);
            var sy = TensorPrimitives.Dot<float>(sNext, yNext);
            if (sy > 1e-10)
            {
                s.Add(sNext);
                y.Add(yNext);
                rho.Add(1.0 / sy);
            }

            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            // ML.NET's rule on ML.NET's precision: it keeps the objective as a float, so an improvement below float
            // resolution counts as none (and stops it) rather than keeping it going at the optimum.
            var previous = (float)f;
            past.Enqueue(previous);
            f = fNew;
            if (Progress is { } progress && clock.Elapsed >= nextReport)
            {
                progress.Report(FormattableString.Invariant($"{Name}: iteration {iteration} of at most {maxIterations}, loss {f:0.######}"));
                nextReport = clock.Elapsed + progress.Interval;
            }
            if (past.Count > ImprovementWindow)
            {
                past.Dequeue();
            }

            if (stopRule == LbfgsStopRule.MeanImprovement)
            {
                // ML.NET's MeanImprovementCriterion: the geometrically weighted mean of the absolute improvements.
                meanImprovement = (previous - (float)f) + (ImprovementDecay * meanImprovement);
                if (meanImprovement * (1 - ImprovementDecay) / (1 - MathF.Pow(ImprovementDecay, iteration)) < tolerance)
                {
                    break;
                }
            }
            else if (past.Count == ImprovementWindow && (past.Peek() - (float)f) / ImprovementWindow / Math.Abs((float)f) < tolerance)
            {
                break;
            }
        }

        return x;
    }

    /// <summary>The L-BFGS two-loop recursion: <paramref name="direction"/> = −H·g.</summary>
    private static void Direction(float[] g, List<float[]> s, List<float[]> y, List<double> rho, double[] alpha, float[] direction)
    {
        g.CopyTo(direction, 0);
        for (var i = s.Count - 1; i >= 0; i--)
        {
            alpha[i] = rho[i] * TensorPrimitives.Dot<float>(s[i], direction);
            TensorPrimitives.MultiplyAdd(y[i], (float)-alpha[i], direction, direction);
        }

        if (s.Count > 0)
        {
            var last = s.Count - 1;
            var gamma = 1.0 / (rho[last] * TensorPrimitives.Dot<float>(y[last], y[last]));
            TensorPrimitives.Multiply(direction, (float)gamma, direction);
        }

        for (var i = 0; i < s.Count; i++)
        {
            var beta = rho[i] * TensorPrimitives.Dot<float>(y[i], direction);
            TensorPrimitives.MultiplyAdd(s[i], (float)(alpha[i] - beta), direction, direction);
        }

        TensorPrimitives.Negate<float>(direction, direction);
    }
}
