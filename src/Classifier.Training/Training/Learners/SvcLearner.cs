using Classifier.Model;
using Microsoft.ML;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// <c>ova-svc</c>: one-versus-all linear SVMs with the squared hinge loss solved exactly in the dual
/// (<see cref="DualCoordinateSvm"/>, liblinear's solver, as in scikit-learn's <c>LinearSVC</c>), the classes on
/// every core at once (two classes are one problem, solved once); each class's decision values on the training rows are Platt-calibrated
/// (<see cref="PlattScaling"/>) and the probabilities are the calibrated outputs normalised to sum to 1, as for
/// <c>ova-svm</c>. <c>C = 1 / l2</c> (scikit-learn's <c>C = 0.5</c> is <c>l2 = 2</c>); a row's weight multiplies its
/// <c>C</c>; <c>tolerance</c> bounds the projected gradient's spread and <c>maxIterations</c> the passes over the rows.
/// </summary>
internal sealed class SvcLearner(TrainerSettings settings) : ILearner
{
    public bool Native => true;

    /// <summary>Where the passes of each class's solver are reported, at most once an interval across the classes; null: nowhere.</summary>
    public LearnerProgress? Progress { get; init; }

    public LearnedModel Learn(MLContext ml, SparseRows sparse, string[] labels, CancellationToken cancellation)
    {
        var dimension = sparse.Dimension;
        var k = labels.Length;
        var weights = new float[dimension * k];
        var bias = new float[k];
        var sigmoid = new float[2 * k];
        var c = 1.0 / settings.L2;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Learners.Threads(settings), CancellationToken = cancellation };
        var byFrequency = sparse.ByFrequency(out var original);

        // Two classes are one problem: "second against the rest" is "first against the rest" with every sign turned
        // (w, b and the dual solution mirror exactly), so it is solved once, as liblinear does for two classes.
        var solved = new (float[] W, double B)[k];
        var report = PassReport(labels, k);
        Parallel.For(0, k == 2 ? 1 : k, options, label =>
        {
            var (reordered, b, _) = DualCoordinateSvm.Fit(byFrequency, label, c, settings.Tolerance, settings.MaxIterations, seed: label + 1, cancellation,
                report is null ? null : pass => report(label, pass));
            var w = new float[dimension];
            for (var j = 0; j < dimension; j++)
            {
                w[original[j]] = reordered[j];
            }

            solved[label] = (w, b);
        });

        if (k == 2)
        {
            solved[1] = (solved[0].W.Select(v => -v).ToArray(), -solved[0].B);
        }

        Parallel.For(0, k, options, label =>
        {
            var (w, b) = solved[label];
            for (var f = 0; f < dimension; f++)
            {
                weights[(f * k) + label] = w[f];
            }

            bias[label] = (float)b;
            var scores = new double[sparse.Count];
            var positive = new bool[sparse.Count];
            for (var i = 0; i < sparse.Count; i++)
            {
                double score = bias[label];
                for (var p = sparse.Start[i]; p < sparse.Start[i + 1]; p++)
                {
                    score += w[sparse.Indices[p]] * sparse.Values[p];
                }

                scores[i] = score;
                positive[i] = sparse.Classes[i] == label;
            }

            var (slope, offset) = PlattScaling.Fit(scores, positive, sparse.Weights);
            sigmoid[2 * label] = (float)slope;
            sigmoid[(2 * label) + 1] = (float)offset;
        });

        var model = new LinearModel(k, dimension, weights, bias, OutputKind.NormalizedSigmoid, sigmoid);
        return new LearnedModel(new ModelWeights([model]), sample => sample.Select(row => Learners.VectorProbabilities(model, row)).ToArray());
    }

    /// <summary>
    /// A report of a class's pass on <see cref="Progress"/> ("ova-svc (favor against the rest): pass 40 of at most 1000"),
    /// at most once an interval across the classes, which are solved at once on several threads; null without progress.
    /// </summary>
    private Action<int, int>? PassReport(string[] labels, int k)
    {
        if (Progress is not { } progress)
        {
            return null;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var gate = new object();
        var next = progress.Interval;
        return (label, pass) =>
        {
            lock (gate)
            {
                if (clock.Elapsed < next)
                {
                    return;
                }

                next = clock.Elapsed + progress.Interval;
            }

            // Two classes are one problem (the first against the second), named so.
            var which = k == 2 ? $"{labels[0]} against {labels[1]}" : $"{labels[label]} against the rest";
            progress.Report(FormattableString.Invariant($"ova-svc ({which}): pass {pass} of at most {settings.MaxIterations}"));
        };
    }
}
