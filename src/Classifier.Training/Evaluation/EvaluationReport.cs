namespace Classifier.Training.Evaluation;

/// <summary>Precision, recall, F1 and support of one class; metrics are fractions 0..1.</summary>
internal sealed record ClassMetrics(double Precision, double Recall, double F1, int Support);

/// <summary>Rows are gold labels, columns predicted labels, in <see cref="Labels"/> order.</summary>
internal sealed record ConfusionMatrix(IReadOnlyList<string> Labels, int[][] Matrix);

/// <summary>
/// Per-target stance metrics. <see cref="Favg"/> is the mean F1 of the polar classes the target's rows have (gold or
/// predicted), null when they have neither (<see cref="Metrics.TargetFavg"/>), unlike the report's pooled F_avg.
/// </summary>
internal sealed record TargetMetrics(int Examples, double MacroF1, double? Favg)
{
    /// <summary>How many of the model's training rows were toward the target (0: never trained on); null when unknown (cross-validation, or a model that records no targets).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? TrainingRows { get; init; }
}

/// <summary>Everything <c>evaluate</c> reports. Property names are the JSON keys.</summary>
internal sealed record EvaluationReport
{
    public required string Task { get; init; }

    public required int Examples { get; init; }

    public required double Accuracy { get; init; }

    public required double MacroF1 { get; init; }

    public required IReadOnlyDictionary<string, ClassMetrics> PerClass { get; init; }

    public required ConfusionMatrix Confusion { get; init; }

    /// <summary>Stance only: mean of F1(favor) and F1(against), SemEval-2016's metric.</summary>
    public double? Favg { get; init; }

    /// <summary>Stance only.</summary>
    public IReadOnlyDictionary<string, TargetMetrics>? PerTarget { get; init; }

    /// <summary>How well the probabilities match the accuracy; null when only labels were compared.</summary>
    public Calibration? Calibration { get; init; }

    /// <summary>95% intervals of accuracy, macro-F1 and (stance) F_avg by a bootstrap over rows (<see cref="Bootstrap"/>); null unless asked for.</summary>
    public IReadOnlyDictionary<string, MetricInterval>? Intervals { get; init; }

    /// <summary>The metrics as a flat name/value map, as stored in a model's manifest.</summary>
    public IReadOnlyDictionary<string, double> Summary()
    {
        var summary = new Dictionary<string, double>
        {
            ["examples"] = Examples,
            ["accuracy"] = Math.Round(Accuracy, 6),
            ["macroF1"] = Math.Round(MacroF1, 6),
        };
        if (Favg is { } favg)
        {
            summary["favg"] = Math.Round(favg, 6);
        }

        if (Calibration is { } calibration)
        {
            summary["ece"] = Math.Round(calibration.Ece, 6);
            summary["logLoss"] = Math.Round(calibration.LogLoss, 6);
        }

        return summary;
    }
}
