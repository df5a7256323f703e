namespace Classifier.Training.Evaluation;

/// <summary>
/// How far a model's probabilities can be taken at their word, on one labeled set.
/// </summary>
/// <param name="MeanConfidence">Mean probability of the predicted label; above the accuracy means over-confident, below under-confident.</param>
/// <param name="Ece">
/// Expected calibration error of the predicted label: rows are put into <see cref="Bins"/> equal-width bins by their
/// confidence, and each bin's |accuracy - mean confidence| is averaged, weighted by its share of rows (Guo et al. 2017).
/// </param>
/// <param name="LogLoss">Mean of -ln p(gold label), with p clipped at 1e-15 (scikit-learn's log_loss).</param>
/// <param name="Bins">The number of confidence bins of <see cref="Ece"/>.</param>
/// <param name="PerBin">The bins that hold rows, lowest confidence first: what a reliability diagram draws.</param>
internal sealed record Calibration(double MeanConfidence, double Ece, double LogLoss, int Bins, IReadOnlyList<CalibrationBin> PerBin)
{
    /// <summary>The bins of <see cref="Ece"/>: fifteen, as in Guo et al.'s "On Calibration of Modern Neural Networks".</summary>
    public const int DefaultBins = 15;

    private const double Floor = 1e-15;

    /// <summary>Measures the probabilities of <paramref name="scored"/> against the <paramref name="gold"/> labels, row by row.</summary>
    public static Calibration Measure(IReadOnlyList<string> gold, IReadOnlyList<RowPrediction> scored, int bins = DefaultBins)
    {
        if (gold.Count != scored.Count || gold.Count == 0)
        {
            throw new ArgumentException("Gold labels and scored rows must be non-empty and of equal length.");
        }

        var count = new int[bins];
        var correct = new int[bins];
        var confidence = new double[bins];
        var logLoss = 0.0;
        for (var i = 0; i < gold.Count; i++)
        {
            var row = scored[i];
            var bin = Math.Min(bins - 1, (int)(row.Confidence * bins));
            count[bin]++;
            correct[bin] += row.Label == gold[i] ? 1 : 0;
            confidence[bin] += row.Confidence;
            logLoss -= Math.Log(Math.Clamp(row.ProbabilityOf(gold[i]), Floor, 1));
        }

        var ece = 0.0;
        var perBin = new List<CalibrationBin>();
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
            {
                ece += Math.Abs(correct[b] - confidence[b]) / gold.Count;
                perBin.Add(new CalibrationBin(b / (double)bins, (b + 1) / (double)bins, count[b], correct[b] / (double)count[b], confidence[b] / count[b]));
            }
        }

        return new Calibration(confidence.Sum() / gold.Count, ece, logLoss / gold.Count, bins, perBin);
    }

    /// <summary>The mean of each measure over folds; the bins pool the folds' rows.</summary>
    public static Calibration Mean(IReadOnlyList<Calibration> folds)
    {
        var perBin = folds.SelectMany(c => c.PerBin).GroupBy(b => b.Lower).OrderBy(g => g.Key).Select(g =>
        {
            var rows = g.Sum(b => b.Rows);
            return new CalibrationBin(g.Key, g.First().Upper, rows, g.Sum(b => b.Accuracy * b.Rows) / rows, g.Sum(b => b.MeanConfidence * b.Rows) / rows);
        }).ToArray();
        return new(folds.Average(c => c.MeanConfidence), folds.Average(c => c.Ece), folds.Average(c => c.LogLoss), folds[0].Bins, perBin);
    }
}

/// <summary>One confidence bin [<paramref name="Lower"/>, <paramref name="Upper"/>) (the top bin includes 1): its rows, the share predicted correctly and their mean confidence.</summary>
internal sealed record CalibrationBin(double Lower, double Upper, int Rows, double Accuracy, double MeanConfidence);
