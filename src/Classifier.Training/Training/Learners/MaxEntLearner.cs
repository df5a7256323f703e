using Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Training.Training.Learners;

/// <summary>Multiclass maximum entropy (softmax regression) by L-BFGS (<see cref="SoftmaxLbfgs"/> without an L1 penalty, ML.NET's with one) or SDCA.</summary>
/// <param name="settings">The trainer settings.</param>
/// <param name="mlNetOnly">Always use ML.NET's trainers (the tests compare <see cref="SoftmaxLbfgs"/> with ML.NET's L-BFGS this way).</param>
internal sealed class MaxEntLearner(TrainerSettings settings, bool mlNetOnly = false) : ILearner
{
    public bool Native => settings.Trainer == "maxent" && settings.L1 == 0 && !mlNetOnly;

    /// <summary>Where the iterations are reported (the native L-BFGS's, or ML.NET's SDCA's and L-BFGS's through <see cref="MlNetProgress"/>); null for none.</summary>
    public LearnerProgress? Progress { get; init; }

    public LearnedModel Learn(MLContext ml, SparseRows rows, string[] labels, CancellationToken cancellation)
    {
        var dimension = rows.Dimension;
        if (Native)
        {
            return LearnNative(rows, labels, cancellation);
        }

        var view = FeatureRow.ToDataView(ml, rows.ToFeatureRows(labels), dimension);
        var toKey = FeatureRow.LabelToKey(ml, labels).Fit(view);
        var keyed = toKey.Transform(view);
        MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor;
        using (var progress = MlNetProgress.Start(ml, Progress))
        {
            progress?.Begin(settings.Trainer, $"of at most {settings.MaxIterations}");
            predictor = MlNetCancellation.Run(ml, cancellation, () => Trainer(ml).Fit(keyed));
        }

        VBuffer<float>[] perClass = [];
        predictor.Model.GetWeights(ref perClass, out var k);
        if (k != labels.Length)
        {
            throw new InvalidOperationException($"ML.NET returned {k} classes; expected {labels.Length}.");
        }

        var weights = new float[dimension * k];
        for (var c = 0; c < k; c++)
        {
            foreach (var (index, value) in perClass[c].Items())
            {
                weights[(index * k) + c] = value;
            }
        }

        var model = new LinearModel(k, dimension, weights, predictor.Model.GetBiases().ToArray(), OutputKind.Softmax, sigmoid: null);
        return new LearnedModel(new ModelWeights([model]), sample => Learners.VectorColumn(
            predictor.Transform(toKey.Transform(FeatureRow.ToDataView(ml, sample, dimension))), "Score"));
    }

    /// <summary>
    /// Without an L1 penalty, L-BFGS maximum entropy runs on <see cref="SoftmaxLbfgs"/>: the same objective and stopping rule
    /// as ML.NET's trainer, about twice as fast (its state is always dense, so <c>denseOptimizer</c> does not apply). The
    /// equivalence check then scores the training vectors with the weights directly, so it still proves that the library's
    /// featurisation of raw text reproduces the training vectors.
    /// </summary>
    private LearnedModel LearnNative(SparseRows sparse, string[] labels, CancellationToken cancellation)
    {
        var optimizer = new SoftmaxLbfgs(settings.L2, settings.Tolerance, settings.MaxIterations, settings.History, Learners.Threads(settings))
        {
            Progress = Progress,
            Name = settings.Trainer,
        };
        var (weights, bias) = optimizer.Fit(sparse, labels.Length, cancellation);
        var model = new LinearModel(labels.Length, sparse.Dimension, weights, bias, OutputKind.Softmax, sigmoid: null);
        return new LearnedModel(new ModelWeights([model]), sample => sample.Select(row => Learners.VectorProbabilities(model, row)).ToArray());
    }

    private IEstimator<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> Trainer(MLContext ml) => settings.Trainer == "sdca"
        ? ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = FeatureRow.LabelKey,
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L2Regularization = settings.L2,
            L1Regularization = settings.L1,
            MaximumNumberOfIterations = settings.MaxIterations,
            NumberOfThreads = 1,
            Shuffle = false,
        })
        : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = FeatureRow.LabelKey,
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L2Regularization = settings.L2,
            L1Regularization = settings.L1,
            OptimizationTolerance = settings.Tolerance,
            MaximumNumberOfIterations = settings.MaxIterations,
            NumberOfThreads = Learners.Threads(settings),
            HistorySize = settings.History,
            DenseOptimizer = settings.DenseOptimizer,
        });
}
