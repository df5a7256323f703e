namespace Classifier.Training.Evaluation;

/// <summary>Classification metrics computed the way scikit-learn computes them.</summary>
internal static class Metrics
{
    /// <summary>
    /// Computes the report. Macro-F1 averages over every label seen in the gold or predicted
    /// labels (scikit-learn's default); F_avg over favor and against (<see cref="Favg"/>); each target's F_avg over the
    /// polar classes that target's rows have (<see cref="TargetFavg"/>). Targets are grouped as given, by exact string: pass
    /// them as the model reads them (<see cref="Evaluator.TargetsAsRead"/>) so that forms it reads as one are one.
    /// </summary>
    public static EvaluationReport Compute(ClassifierTask task, IReadOnlyList<string> gold, IReadOnlyList<string> predicted,
        IReadOnlyList<string?>? targets = null)
    {
        if (gold.Count != predicted.Count || gold.Count == 0)
        {
            throw new ArgumentException("Gold and predicted labels must be non-empty and of equal length.");
        }

        var labels = Ordered(task, gold.Concat(predicted));
        var perClass = PerClass(labels, gold, predicted);
        var report = new EvaluationReport
        {
            Task = TaskLabels.Name(task),
            Examples = gold.Count,
            Accuracy = gold.Zip(predicted).Count(p => p.First == p.Second) / (double)gold.Count,
            MacroF1 = perClass.Values.Average(m => m.F1),
            PerClass = perClass,
            Confusion = Confusion(labels, gold, predicted),
        };
        if (task != ClassifierTask.Stance)
        {
            return report;
        }

        var byTarget = targets is null
            ? new Dictionary<string, TargetMetrics>()
            : Enumerable.Range(0, gold.Count).GroupBy(i => targets[i] ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => TargetSummary(task, g.Select(i => gold[i]).ToArray(), g.Select(i => predicted[i]).ToArray()));
        return report with { Favg = Favg(gold, predicted), PerTarget = byTarget };
    }

    /// <summary>
    /// Mean of F1(favor) and F1(against), SemEval-2016's official F_avg over pooled rows; a label never gold nor predicted
    /// counts as F1 0, as the official script counts it.
    /// </summary>
    public static double Favg(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var perClass = PerClass(["favor", "against"], gold, predicted);
        return (perClass["favor"].F1 + perClass["against"].F1) / 2;
    }

    /// <summary>
    /// One target's F_avg: the mean F1 of the polar classes (favor, against) that occur among that target's gold or
    /// predicted labels; null when neither does (every row none, and predicted none). A target's rows often hold one polar
    /// class only (every sentence toward it favourable): counting the absent class as F1 0, as the pooled
    /// <see cref="Favg"/> does, would cap such a target at 0.5 however right its predictions, and counting it as 1 would
    /// flatter it; leaving it out measures the classes the target has, as macro-F1 does.
    /// </summary>
    public static double? TargetFavg(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var polar = new[] { "favor", "against" }.Where(l => gold.Contains(l) || predicted.Contains(l)).ToArray();
        return polar.Length == 0 ? null : PerClass(polar, gold, predicted).Values.Average(m => m.F1);
    }

    private static TargetMetrics TargetSummary(ClassifierTask task, string[] gold, string[] predicted)
    {
        var labels = Ordered(task, gold.Concat(predicted));
        return new TargetMetrics(gold.Length, PerClass(labels, gold, predicted).Values.Average(m => m.F1), TargetFavg(gold, predicted));
    }

    /// <summary>The labels in <paramref name="seen"/>, once each, in the task's order; any other label after them, in ordinal order.</summary>
    internal static string[] Ordered(ClassifierTask task, IEnumerable<string> seen)
    {
        var set = seen.ToHashSet();
        var canonical = TaskLabels.For(task);
        return canonical.Where(set.Contains).Concat(set.Except(canonical).Order(StringComparer.Ordinal)).ToArray();
    }

    private static Dictionary<string, ClassMetrics> PerClass(IReadOnlyList<string> labels, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var result = new Dictionary<string, ClassMetrics>();
        foreach (var label in labels)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i] == label;
                var p = predicted[i] == label;
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }

            var precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
            var recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            result[label] = new ClassMetrics(precision, recall, f1, tp + fn);
        }

        return result;
    }

    private static ConfusionMatrix Confusion(string[] labels, IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var matrix = labels.Select(_ => new int[labels.Length]).ToArray();
        for (var i = 0; i < gold.Count; i++)
        {
            matrix[Array.IndexOf(labels, gold[i])][Array.IndexOf(labels, predicted[i])]++;
        }

        return new ConfusionMatrix(labels, matrix);
    }
}
