using Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// One-versus-all: one binary linear classifier per label (logistic regression, linear SVM or averaged
/// perceptron), each Platt-calibrated by ML.NET; probabilities are the calibrated outputs normalised to
/// sum to 1. With <paramref name="naiveBayes"/>, each label's features are first scaled by their naive
/// Bayes log-count ratio (Wang and Manning's NBSVM); the ratios fold into the weights, so the compiled
/// model stays one flat linear model. Logistic regression without an L1 penalty runs on <see cref="SoftmaxLbfgs"/> (ML.NET's
/// objective and stopping rule; in a one-off SST-2 run, <c>train</c> with nb-logistic took 1.30 s instead of 1.78 s); like ML.NET's, its
/// probability is the plain sigmoid of the score.
/// </summary>
/// <param name="settings">The trainer settings.</param>
/// <param name="kind">"logistic", "svm" or "perceptron".</param>
/// <param name="naiveBayes">Scale each label's features by their naive Bayes log-count ratios.</param>
/// <param name="mlNetOnly">Always use ML.NET's trainers (the tests compare the native logistic regression with ML.NET's this way).</param>
internal sealed class OvaLearner(TrainerSettings settings, string kind, bool naiveBayes, bool mlNetOnly = false) : ILearner
{
    public bool Native => kind == "logistic" && settings.L1 == 0 && !mlNetOnly;

    /// <summary>
    /// Where the iterations are reported, per label (the native L-BFGS's, or those of ML.NET's trainers through
    /// <see cref="MlNetProgress"/>); null for none.
    /// </summary>
    public LearnerProgress? Progress { get; init; }

    public LearnedModel Learn(MLContext ml, SparseRows sparse, string[] labels, CancellationToken cancellation)
    {
        if (Native)
        {
            return LearnNative(sparse, labels, cancellation);
        }

        var (rows, dimension) = (sparse.ToFeatureRows(labels), sparse.Dimension);
        var k = labels.Length;
        var weights = new float[dimension * k];
        var bias = new float[k];
        var sigmoid = new float[2 * k];
        var members = new (float[] Ratio, ITransformer? Scorer)[k];

        // Two classes are one problem for logistic regression: "second against the rest" is "first against the rest"
        // with every label flipped (and, with naive Bayes, every ratio negated), whose solution is the first's with
        // weights, bias and Platt offset negated; so it is solved once, as for ova-svc.
        var solved = kind == "logistic" && k == 2 ? 1 : k;
        using var progress = MlNetProgress.Start(ml, Progress);
        for (var c = 0; c < solved; c++)
        {
            cancellation.ThrowIfCancellationRequested();
            var ratio = naiveBayes ? NaiveBayesRatio(sparse, c, settings.NbAlpha) : null;
            var view = BinaryRow.ToDataView(ml, Binary(rows, labels[c], ratio), dimension);
            progress?.Begin(solved == 1 ? $"{settings.Trainer} ({labels[0]} against {labels[1]})" : $"{settings.Trainer} ({labels[c]} against the rest, class {c + 1} of {k})",
                kind == "logistic" ? $"of at most {settings.MaxIterations}" : $"of {settings.Epochs}");
            var (linear, slope, offset, scorer) = MlNetCancellation.Run(ml, cancellation, () => Fit(ml, view));
            var w = linear.Weights;
            for (var f = 0; f < dimension; f++)
            {
                weights[(f * k) + c] = w[f] * (ratio?[f] ?? 1f);
            }

            bias[c] = linear.Bias;
            sigmoid[2 * c] = slope;
            sigmoid[(2 * c) + 1] = offset;
            members[c] = (ratio ?? [], scorer);
        }

        if (solved < k)
        {
            for (var f = 0; f < dimension; f++)
            {
                weights[(f * k) + 1] = -weights[f * k];
            }

            bias[1] = -bias[0];
            sigmoid[2] = sigmoid[0];
            sigmoid[3] = -sigmoid[1];
            members[1] = ([], null);
        }

        var model = new LinearModel(k, dimension, weights, bias, OutputKind.NormalizedSigmoid, sigmoid);
        return new LearnedModel(new ModelWeights([model]), sample => Probabilities(ml, members, sample, labels, dimension));
    }

    /// <summary>
    /// One-versus-all logistic regression on <see cref="SoftmaxLbfgs"/>, with ML.NET's fixed sigmoid (slope −1, offset 0)
    /// as each class's calibration; two classes are solved once and mirrored, as above.
    /// </summary>
    private LearnedModel LearnNative(SparseRows sparse, string[] labels, CancellationToken cancellation)
    {
        var (k, dimension) = (labels.Length, sparse.Dimension);
        var weights = new float[dimension * k];
        var bias = new float[k];
        var sigmoid = new float[2 * k];

        // Each class's scaled values are written over the last class's, whose solver is done with them: a new array per
        // class (4 bytes a non-zero) stayed in memory until the garbage collector's next full collection, often the end.
        float[]? scaled = null;
        for (var c = 0; c < (k == 2 ? 1 : k); c++)
        {
            cancellation.ThrowIfCancellationRequested();
            var optimizer = new SoftmaxLbfgs(settings.L2, settings.Tolerance, settings.MaxIterations, settings.History,
                Learners.Threads(settings), LbfgsStopRule.MeanImprovement)
            {
                Progress = Progress,
                Name = k == 2 ? settings.Trainer : $"{settings.Trainer} ({labels[c]} against the rest)",
            };
            var ratio = naiveBayes ? NaiveBayesRatio(sparse, c, settings.NbAlpha) : null;
            var (w, b) = optimizer.FitLogistic(sparse.OneVersusRest(c, ratio, ratio is null ? null : scaled ??= new float[sparse.Values.Length]), settings.L2, cancellation);
            for (var f = 0; f < dimension; f++)
            {
                weights[(f * k) + c] = w[f] * (ratio?[f] ?? 1f);
            }

            bias[c] = b;
            sigmoid[2 * c] = -1;
        }

        if (k == 2)
        {
            for (var f = 0; f < dimension; f++)
            {
                weights[(f * k) + 1] = -weights[f * k];
            }

            bias[1] = -bias[0];
            sigmoid[2] = -1;
        }

        var model = new LinearModel(k, dimension, weights, bias, OutputKind.NormalizedSigmoid, sigmoid);
        return new LearnedModel(new ModelWeights([model]), sample => sample.Select(row => Learners.VectorProbabilities(model, row)).ToArray());
    }

    private (LinearBinaryModelParameters Linear, float Slope, float Offset, ITransformer Scorer) Fit(MLContext ml, IDataView view)
    {
        if (kind == "logistic")
        {
            var lr = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                ExampleWeightColumnName = nameof(BinaryRow.Weight),
                L2Regularization = settings.L2,
                L1Regularization = settings.L1,
                OptimizationTolerance = settings.Tolerance,
                MaximumNumberOfIterations = settings.MaxIterations,
                NumberOfThreads = Learners.Threads(settings),
                HistorySize = settings.History,
            }).Fit(view);
            var platt = (PlattCalibrator)lr.Model.Calibrator;
            return (lr.Model.SubModel, (float)platt.Slope, (float)platt.Offset, lr);
        }

        ISingleFeaturePredictionTransformer<LinearBinaryModelParameters> raw = kind == "svm"
            ? ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                ExampleWeightColumnName = nameof(BinaryRow.Weight),
                Lambda = Math.Max(settings.L2, 1e-9f),
                NumberOfIterations = settings.Epochs,
                Shuffle = false,
            }).Fit(view)
            : ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                L2Regularization = settings.L2,
                NumberOfIterations = settings.Epochs,
                Shuffle = false,
            }).Fit(view);
        var calibrator = ml.BinaryClassification.Calibrators.Platt().Fit(raw.Transform(view));
        var fitted = ((ISingleFeaturePredictionTransformer<PlattCalibrator>)calibrator).Model;
        return (raw.Model, (float)fitted.Slope, (float)fitted.Offset, raw.Append(calibrator));
    }

    /// <summary>
    /// log((p / |p|) / (q / |q|)) over smoothed document counts of each feature inside and outside class <paramref name="label"/>.
    /// A row holding every feature is not counted: these counts were first taken from ML.NET's vectors, whose stored
    /// indices such a row (a dense vector) lacks, and models trained so are kept as they were.
    /// </summary>
    private static float[] NaiveBayesRatio(SparseRows rows, int label, float alpha)
    {
        var p = new double[rows.Dimension];
        var q = new double[rows.Dimension];
        Array.Fill(p, alpha);
        Array.Fill(q, alpha);
        for (var i = 0; i < rows.Count; i++)
        {
            var (start, end) = (rows.Start[i], rows.Start[i + 1]);
            if (end - start == rows.Dimension)
            {
                continue;
            }

            var target = rows.Classes[i] == label ? p : q;
            foreach (var index in rows.Indices.AsSpan(start, end - start))
            {
                target[index] += 1;
            }
        }

        var (ps, qs) = (p.Sum(), q.Sum());
        return p.Select((v, i) => (float)Math.Log(v / ps / (q[i] / qs))).ToArray();
    }

    private static BinaryRow[] Binary(FeatureRow[] rows, string label, float[]? ratio) => rows.Select(r => new BinaryRow
    {
        Label = r.Label == label,
        Weight = r.Weight,
        Features = ratio is null ? r.Features : Scale(r.Features, ratio),
    }).ToArray();

    private static VBuffer<float> Scale(VBuffer<float> x, float[] ratio)
    {
        var indices = x.GetIndices().ToArray();
        var values = x.GetValues().ToArray();
        for (var j = 0; j < values.Length; j++)
        {
            values[j] *= ratio[indices[j]];
        }

        return new VBuffer<float>(x.Length, values.Length, values, indices);
    }

    /// <summary>The members' calibrated outputs normalised to sum to 1; a member without a scorer is the mirror of the first (two classes).</summary>
    private static double[][] Probabilities(MLContext ml, (float[] Ratio, ITransformer? Scorer)[] members, IReadOnlyList<FeatureRow> sample,
        string[] labels, int dimension)
    {
        var perClass = new float[members.Length][];
        for (var c = 0; c < members.Length; c++)
        {
            var (ratio, scorer) = members[c];
            if (scorer is null)
            {
                perClass[c] = perClass[0].Select(p => 1f - p).ToArray();
                continue;
            }

            var binary = Binary(sample.ToArray(), labels[c], ratio.Length == 0 ? null : ratio);
            perClass[c] = scorer.Transform(BinaryRow.ToDataView(ml, binary, dimension)).GetColumn<float>("Probability").ToArray();
        }

        return Enumerable.Range(0, sample.Count).Select(i =>
        {
            var p = perClass.Select(column => (double)column[i]).ToArray();
            var sum = p.Sum();
            return p.Select(v => sum > 0 ? v / sum : 1.0 / p.Length).ToArray();
        }).ToArray();
    }
}

/// <summary>One row of a one-versus-all binary problem.</summary>
internal sealed class BinaryRow
{
    public bool Label { get; set; }

    public VBuffer<float> Features { get; set; }

    public float Weight { get; set; } = 1f;

    public static IDataView ToDataView(MLContext ml, IEnumerable<BinaryRow> rows, int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(BinaryRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
