using Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Training.Training.Learners;

/// <summary>Multiclass maximum entropy (softmax regression) by L-BFGS or SDCA.</summary>
internal sealed class MaxEntLearner(TrainerSettings settings) : ILearner
{
    public LearnedModel Learn(MLContext ml, FeatureRow[] rows, string[] labels, int dimension, CancellationToken cancellation)
    {
        var view = FeatureRow.ToDataView(ml, rows, dimension);
        var toKey = FeatureRow.LabelToKey(ml, labels).Fit(view);
        var keyed = toKey.Transform(view);
        var predictor = MlNetCancellation.Run(ml, cancellation, () => Trainer(ml).Fit(keyed));
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
