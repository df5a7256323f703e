using Classifier.Training.Evaluation;
using ScottPlot;

namespace Classifier.Training.Benchmarks;

/// <summary>PNG figures of the benchmark report (ScottPlot).</summary>
internal static class Plots
{
    /// <summary>A confusion matrix: rows gold, columns predicted, colour the share of each gold row, the count written in each cell.</summary>
    public static void ConfusionMatrix(EvaluationReport report, string title, string path)
    {
        var labels = report.Confusion.Labels;
        var n = labels.Count;
        var shares = new double[n, n];
        for (var g = 0; g < n; g++)
        {
            var total = Math.Max(1, report.Confusion.Matrix[g].Sum());
            for (var p = 0; p < n; p++)
            {
                shares[g, p] = report.Confusion.Matrix[g][p] / (double)total;
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(shares);
        heatmap.Colormap = ConfusionColormap;
        // Shares, not the range this matrix happens to span: a colour means the same share in every image.
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        for (var g = 0; g < n; g++)
        {
            for (var p = 0; p < n; p++)
            {
                // Heatmap row 0 is drawn at the top: cell (g, p) is centred at x = p, y = n - 1 - g.
                var text = plot.Add.Text(report.Confusion.Matrix[g][p].ToString(System.Globalization.CultureInfo.InvariantCulture), p, n - 1 - g);
                text.LabelFontSize = 18;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = CellColors(shares[g, p]).Count;
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), labels.ToArray());
        plot.XLabel("predicted");
        plot.YLabel("gold");
        plot.Title(title);
        plot.SavePng(path, 520, 440);
    }

    /// <summary>The confusion matrices' colours: ScottPlot's Blues runs from dark to white, so it is read backwards, darkest at a share of 1.</summary>
    private static readonly IColormap ConfusionColormap = new Backwards(new ScottPlot.Colormaps.Blues());

    /// <summary>
    /// A confusion matrix cell's colour for the share of its gold row (white at 0, dark blue at 1), and the colour of the
    /// count written on it: black or white, whichever stands out more on the cell.
    /// </summary>
    internal static (Color Fill, Color Count) CellColors(double share)
    {
        var fill = ConfusionColormap.GetColor(share);
        var luminance = ((0.2126 * fill.R) + (0.7152 * fill.G) + (0.0722 * fill.B)) / 255;
        return (fill, luminance < 0.5 ? Colors.White : Colors.Black);
    }

    /// <summary>A colormap read from its end to its start.</summary>
    private sealed class Backwards(IColormap colormap) : IColormap
    {
        public string Name => colormap.Name + " (backwards)";

        public Color GetColor(double position) => colormap.GetColor(1 - position);
    }

    /// <summary>
    /// Reliability diagram: for each confidence bin holding at least <see cref="MinBinRows"/> rows, the share predicted
    /// correctly against the mean confidence, one line per model and file; on the diagonal, confidence means what it says.
    /// </summary>
    public static void Reliability(IEnumerable<(string Name, Calibration Calibration)> series, string path)
    {
        var plot = new Plot();
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.LineColor = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        foreach (var (name, calibration) in series)
        {
            var bins = calibration.PerBin.Where(b => b.Rows >= MinBinRows).ToArray();
            var line = plot.Add.Scatter(bins.Select(b => b.MeanConfidence).ToArray(), bins.Select(b => b.Accuracy).ToArray());
            line.LegendText = System.FormattableString.Invariant($"{name} (ECE {calibration.Ece:0.000})");
            line.MarkerSize = 6;
        }

        // Confidence never falls below 1 / labels (a third for three labels): the axis starts near there.
        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.SetLimits(0.3, 1, 0, 1);
        plot.XLabel("mean confidence in the bin");
        plot.YLabel("share predicted correctly");
        plot.Title(System.FormattableString.Invariant($"Calibration of the shipped models ({series.First().Calibration.Bins} bins of at least {MinBinRows} rows)"));
        plot.SavePng(path, 720, 560);
    }

    /// <summary>Bins with fewer rows are left out of the reliability diagram: their accuracy is mostly noise.</summary>
    public const int MinBinRows = 10;

    /// <summary>Macro-F1 on the test split against the number of training rows, one line per model.</summary>
    public static void LearningCurves(IEnumerable<(string Name, IReadOnlyList<CurvePoint> Points)> series, string path)
    {
        var plot = new Plot();
        foreach (var (name, points) in series)
        {
            var line = plot.Add.Scatter(points.Select(p => (double)p.Rows).ToArray(), points.Select(p => p.MacroF1).ToArray());
            line.LegendText = name;
            line.MarkerSize = 7;
        }

        plot.ShowLegend(Alignment.LowerRight);
        plot.XLabel("training rows");
        plot.YLabel("test macro-F1");
        plot.Title("Learning curves of the shipped models");
        plot.SavePng(path, 640, 420);
    }
}
