using Classifier.Data;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Training.Evaluation;

/// <summary>Scores a labeled data set with a model and computes its metrics.</summary>
internal static class Evaluator
{
    public static (EvaluationReport Report, string[] Predicted) Evaluate(ModelScorer scorer, LabeledDataSet data)
    {
        if (scorer.Info.Task != data.Task)
        {
            throw new Cli.UsageException($"the model is a {TaskLabels.Name(scorer.Info.Task)} model but the data was read as {TaskLabels.Name(data.Task)}");
        }

        var predicted = Predict(scorer, data.Examples);
        var gold = data.Examples.Select(e => e.Label).ToArray();
        var targets = data.Task == ClassifierTask.Stance ? data.Examples.Select(e => e.Target).ToArray() : null;
        return (Metrics.Compute(data.Task, gold, predicted, targets), predicted);
    }

    public static string[] Predict(ModelScorer scorer, IReadOnlyList<LabeledExample> rows) =>
        BatchRunner.Run(rows, row =>
        {
            Span<double> p = stackalloc double[scorer.Classes];
            FeatureSources.Probabilities(scorer, row, p);
            return scorer.Labels[ResultFactory.ArgMax(p)];
        });
}
