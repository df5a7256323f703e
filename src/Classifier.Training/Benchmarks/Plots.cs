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
        heatmap.Colormap = new ScottPlot.Colormaps.Blues();
        for (var g = 0; g < n; g++)
        {
            for (var p = 0; p < n; p++)
            {
                // Heatmap row 0 is drawn at the top: cell (g, p) is centred at x = p, y = n - 1 - g.
                var text = plot.Add.Text(report.Confusion.Matrix[g][p].ToString(System.Globalization.CultureInfo.InvariantCulture), p, n - 1 - g);
                text.LabelFontSize = 18;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = shares[g, p] > 0.5 ? Colors.White : Colors.Black;
            }
        }

        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), labels.ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), labels.ToArray());
        plot.XLabel("predicted");
        plot.YLabel("gold");
        plot.Title(title);
        plot.SavePng(path, 520, 440);
    }

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
