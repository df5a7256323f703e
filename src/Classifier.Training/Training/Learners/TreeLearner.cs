using Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// One-versus-all FastTree: boosted regression trees per label, each Platt-calibrated by ML.NET, the
/// calibrated outputs normalised to sum to 1. The trees compile into the library's
/// <see cref="TreeEnsemble"/> (the member's linear weights are all 0). Slower to train and to score than
/// the linear learners, and on sparse n-gram features rarely better: <c>tune</c> tries it so the numbers say so.
/// </summary>
internal sealed class TreeLearner(TrainerSettings settings) : ILearner
{
    public bool Native => false;

    /// <summary>Where each label's trees are reported as FastTree grows them (<see cref="MlNetProgress"/>); null for none.</summary>
    public LearnerProgress? Progress { get; init; }

    public LearnedModel Learn(MLContext ml, SparseRows sparse, string[] labels, CancellationToken cancellation)
    {
        var (rows, dimension) = (sparse.ToFeatureRows(labels), sparse.Dimension);
        var k = labels.Length;
        var bias = new float[k];
        var sigmoid = new float[2 * k];
        var perClass = new RegressionTreeEnsemble[k];
        var scorers = new ITransformer[k];
        using var progress = MlNetProgress.Start(ml, Progress);
        for (var c = 0; c < k; c++)
        {
            cancellation.ThrowIfCancellationRequested();
            var view = BinaryRow.ToDataView(ml, rows.Select(r => new BinaryRow { Label = r.Label == labels[c], Weight = r.Weight, Features = r.Features }), dimension);
            progress?.Begin($"{settings.Trainer} ({labels[c]} against the rest, class {c + 1} of {k})", $"of {settings.Trees}");
            var fitted = MlNetCancellation.Run(ml, cancellation, () => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                ExampleWeightColumnName = nameof(BinaryRow.Weight),
                NumberOfTrees = settings.Trees,
                NumberOfLeaves = settings.Leaves,
                LearningRate = settings.LearningRate,
                MinimumExampleCountPerLeaf = settings.MinLeafExamples,
                NumberOfThreads = Learners.Threads(settings),
            }).Fit(view));
            var platt = (PlattCalibrator)fitted.Model.Calibrator;
            perClass[c] = fitted.Model.SubModel.TrainedTreeEnsemble;
            bias[c] = (float)perClass[c].Bias;
            sigmoid[2 * c] = (float)platt.Slope;
            sigmoid[(2 * c) + 1] = (float)platt.Offset;
            scorers[c] = fitted;
        }

        var model = new LinearModel(k, dimension, new float[dimension * k], bias, OutputKind.NormalizedSigmoid, sigmoid) { Trees = Compile(perClass, dimension) };
        return new LearnedModel(new ModelWeights([model]), sample => Probabilities(ml, scorers, sample, labels, dimension));
    }

    /// <summary>Flattens ML.NET's trees (tree weights folded into the leaf values) into a <see cref="TreeEnsemble"/>.</summary>
    private static TreeEnsemble Compile(RegressionTreeEnsemble[] perClass, int dimension)
    {
        var (classStart, nodeStart, leafStart) = (new List<int> { 0 }, new List<int> { 0 }, new List<int> { 0 });
        var (feature, threshold, left, right, leaves) = (new List<int>(), new List<float>(), new List<int>(), new List<int>(), new List<float>());
        foreach (var ensemble in perClass)
        {
            for (var t = 0; t < ensemble.Trees.Count; t++)
            {
                var tree = ensemble.Trees[t];
                var weight = ensemble.TreeWeights[t];
                if (tree.CategoricalSplitFlags.Any(f => f))
                {
                    throw new InvalidOperationException("FastTree produced a categorical split, which the compiled model does not support.");
                }

                feature.AddRange(tree.NumericalSplitFeatureIndexes);
                threshold.AddRange(tree.NumericalSplitThresholds);
                left.AddRange(tree.LeftChild);
                right.AddRange(tree.RightChild);
                leaves.AddRange(tree.LeafValues.Select(v => (float)(v * weight)));
                nodeStart.Add(feature.Count);
                leafStart.Add(leaves.Count);
            }

            classStart.Add(nodeStart.Count - 1);
        }

        return new TreeEnsemble(perClass.Length, dimension, [.. classStart], [.. nodeStart], [.. leafStart],
            [.. feature], [.. threshold], [.. left], [.. right], [.. leaves]);
    }

    private static double[][] Probabilities(MLContext ml, ITransformer[] scorers, IReadOnlyList<FeatureRow> sample, string[] labels, int dimension)
    {
        var perClass = scorers.Select((scorer, c) => scorer.Transform(BinaryRow.ToDataView(ml,
            sample.Select(r => new BinaryRow { Label = r.Label == labels[c], Features = r.Features }), dimension))
            .GetColumn<float>("Probability").ToArray()).ToArray();
        return Enumerable.Range(0, sample.Count).Select(i =>
        {
            var p = perClass.Select(column => (double)column[i]).ToArray();
            var sum = p.Sum();
            return p.Select(v => sum > 0 ? v / sum : 1.0 / p.Length).ToArray();
        }).ToArray();
    }
}
