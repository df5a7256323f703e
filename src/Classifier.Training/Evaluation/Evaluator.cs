using Classifier.Data;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Training.Evaluation;

/// <summary>A model's prediction for one row: its label and the probability of each label.</summary>
internal sealed record RowPrediction(string Label, IReadOnlyDictionary<string, double> Probabilities)
{
    public double Confidence => Probabilities[Label];

    public double ProbabilityOf(string label) => Probabilities.TryGetValue(label, out var p) ? p : 0;
}

/// <summary>Scores a labeled data set with a model and computes its metrics.</summary>
internal static class Evaluator
{
    public static (EvaluationReport Report, string[] Predicted) Evaluate(ModelScorer scorer, LabeledDataSet data)
    {
        if (scorer.Info.Task != data.Task)
        {
            throw new Cli.UsageException($"the model is a {TaskLabels.Name(scorer.Info.Task)} model but the data was read as {TaskLabels.Name(data.Task)}");
        }

        var scored = Score(scorer, data.Examples);
        var predicted = scored.Select(p => p.Label).ToArray();
        var gold = data.Examples.Select(e => e.Label).ToArray();
        return (Metrics.Compute(data.Task, gold, predicted, TargetsAsRead(scorer, data.Examples)) with { Calibration = Calibration.Measure(gold, scored) }, predicted);
    }

    /// <summary>
    /// Stance: each row's target by the name <paramref name="scorer"/> reads it under (<see cref="Stance.AliasTable.Resolve"/>:
    /// its HTML character references read, a name of the model's alias table as the table's target), as training counts
    /// targets, so that "C&amp;ocirc;te d'Ivoire", "Cote d'Ivoire" and "Ivory Coast" are one target of the per-target
    /// metrics, "Ivory Coast"; null for sentiment.
    /// </summary>
    public static string[]? TargetsAsRead(ModelScorer scorer, IReadOnlyList<LabeledExample> rows) =>
        scorer.IsStance ? rows.Select(r => scorer.Aliases.Resolve(r.Target ?? string.Empty)).ToArray() : null;

    /// <summary>
    /// <paramref name="report"/> with each target's training rows in the per-target metrics (by the target's canonical
    /// name in <paramref name="scorer"/>'s alias table), when the model records the targets it trained on; else as it is.
    /// </summary>
    public static EvaluationReport WithTrainingRows(EvaluationReport report, ModelScorer scorer)
    {
        if (report.PerTarget is null || !scorer.RecordsTrainingTargets)
        {
            return report;
        }

        return report with
        {
            PerTarget = report.PerTarget.ToDictionary(t => t.Key, t => t.Value with { TrainingRows = scorer.TrainingRows(t.Key) }),
        };
    }

    /// <summary>The predicted label and the probability of every label, per row.</summary>
    public static RowPrediction[] Score(ModelScorer scorer, IReadOnlyList<LabeledExample> rows) =>
        BatchRunner.Run(rows, row =>
        {
            var p = new double[scorer.Classes];
            FeatureSources.Probabilities(scorer, row, p);
            return new RowPrediction(scorer.Labels[ResultFactory.ArgMax(p)], scorer.Labels.Zip(p).ToDictionary(x => x.First, x => x.Second));
        }, nameof(rows));
}
