using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Classifier.Training.Evaluation;

/// <summary>Renders an <see cref="EvaluationReport"/> as tables or as one JSON object.</summary>
internal static class ReportWriter
{
    private static JsonSerializerOptions Json => Cli.CliJson.CamelCaseIndented;

    public static string ToJson(EvaluationReport report, ModelInfo? model = null, IReadOnlyDictionary<string, JsonNode?>? extra = null)
    {
        var node = JsonSerializer.SerializeToNode(report, Json)!.AsObject();
        node["confusion"] = new JsonObject
        {
            ["labels"] = new JsonArray(report.Confusion.Labels.Select(l => (JsonNode?)l).ToArray()),
            ["matrix"] = new JsonArray(report.Confusion.Matrix.Select(r => (JsonNode?)new JsonArray(r.Select(v => (JsonNode?)v).ToArray())).ToArray()),
        };
        if (report.Favg is null)
        {
            node.Remove("favg");
            node.Remove("perTarget");
        }

        if (report.Calibration is null)
        {
            node.Remove("calibration");
        }

        if (report.Intervals is null)
        {
            node.Remove("intervals");
        }

        if (model is not null)
        {
            node["model"] = ModelInfoWriter.ToJsonNode(model);
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, JsonNode?>())
        {
            node[key] = value;
        }

        return node.ToJsonString(Json);
    }

    public static void WriteText(IAnsiConsole console, EvaluationReport report)
    {
        console.MarkupLine($"[bold]{report.Examples:N0}[/] examples   accuracy [bold]{Pct(report.Accuracy)}[/]   macro-F1 [bold]{Pct(report.MacroF1)}[/]" +
            (report.Favg is { } favg ? $"   F_avg [bold]{Pct(favg)}[/]" : string.Empty));
        if (report.Intervals is { } intervals)
        {
            console.MarkupLine(Markup.Escape(IntervalLine(intervals)));
        }

        if (report.Calibration is { } calibration)
        {
            console.MarkupLine(Markup.Escape(CalibrationLine(report.Accuracy, calibration)));
        }

        var classes = new Table().Border(TableBorder.Rounded).Title("per class")
            .AddColumns("label", "precision", "recall", "F1", "support");
        foreach (var (label, m) in report.PerClass)
        {
            classes.AddRow(label, Pct(m.Precision), Pct(m.Recall), Pct(m.F1), m.Support.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Write(classes);
        var confusion = new Table().Border(TableBorder.Rounded).Title("confusion (rows: gold, columns: predicted)").AddColumn("gold \\ predicted");
        foreach (var label in report.Confusion.Labels)
        {
            confusion.AddColumn(new TableColumn(label).RightAligned());
        }

        for (var i = 0; i < report.Confusion.Labels.Count; i++)
        {
            confusion.AddRow([report.Confusion.Labels[i], .. report.Confusion.Matrix[i].Select(v => v.ToString("N0", CultureInfo.InvariantCulture))]);
        }

        console.Write(confusion);
        if (report.PerTarget is { Count: > 0 } perTarget)
        {
            var trained = perTarget.Values.Any(m => m.TrainingRows is not null);
            var targets = new Table().Border(TableBorder.Rounded).Title("per target").AddColumns("target", "examples", "macro-F1", "F_avg");
            if (trained)
            {
                targets.AddColumn(TrainedRowsHeader);
            }

            foreach (var (target, m) in perTarget)
            {
                string[] cells = [Markup.Escape(target), m.Examples.ToString("N0", CultureInfo.InvariantCulture), Pct(m.MacroF1), Pct(m.Favg)];
                targets.AddRow(trained ? [.. cells, TrainedRows(m)] : cells);
            }

            console.Write(targets);
        }
    }

    /// <summary>A Markdown section: headline metrics, per-class and per-target tables, confusion matrix.</summary>
    public static string ToMarkdown(EvaluationReport report, string modelName, string dataName)
    {
        var md = new System.Text.StringBuilder();
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        md.AppendLine(CultureInfo.InvariantCulture, $"#### `{modelName}` on `{dataName}`");
        md.AppendLine();
        var favgText = report.Favg is { } favg ? $", F_avg **{Pct(favg)}**" : string.Empty;
        md.AppendLine(CultureInfo.InvariantCulture, $"{N(report.Examples)} examples: accuracy **{Pct(report.Accuracy)}**, macro-F1 **{Pct(report.MacroF1)}**{favgText}.");
        md.AppendLine();
        if (report.Intervals is { } intervals)
        {
            md.AppendLine(IntervalLine(intervals) + ".");
            md.AppendLine();
        }

        if (report.Calibration is { } calibration)
        {
            md.AppendLine(CalibrationLine(report.Accuracy, calibration) + ".");
            md.AppendLine();
        }

        md.AppendLine("| label | precision | recall | F1 | support |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var (label, m) in report.PerClass)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {Pct(m.Precision)} | {Pct(m.Recall)} | {Pct(m.F1)} | {N(m.Support)} |");
        }

        md.AppendLine();
        md.AppendLine("| gold \\ predicted | " + string.Join(" | ", report.Confusion.Labels) + " |");
        md.AppendLine("|---|" + string.Concat(report.Confusion.Labels.Select(_ => "---|")));
        for (var i = 0; i < report.Confusion.Labels.Count; i++)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {report.Confusion.Labels[i]} | {string.Join(" | ", report.Confusion.Matrix[i].Select(N))} |");
        }

        if (report.PerTarget is { Count: > 0 } perTarget)
        {
            md.AppendLine();
            var trained = perTarget.Values.Any(m => m.TrainingRows is not null);
            md.AppendLine(trained ? $"| target | examples | macro-F1 | F_avg | {TrainedRowsHeader} |" : "| target | examples | macro-F1 | F_avg |");
            md.AppendLine(trained ? "|---|---|---|---|---|" : "|---|---|---|---|");
            foreach (var (target, m) in perTarget.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var rows = trained ? $" {TrainedRows(m)} |" : string.Empty;
                md.AppendLine(CultureInfo.InvariantCulture, $"| {target.Replace("|", "\\|", StringComparison.Ordinal)} | {N(m.Examples)} | {Pct(m.MacroF1)} | {Pct(m.Favg)} |{rows}");
            }
        }

        return md.ToString();
    }

    private const string TrainedRowsHeader = "training rows";

    /// <summary>A target's training rows, "0 (unseen)" for a target the model never trained on.</summary>
    private static string TrainedRows(TargetMetrics m) =>
        m.TrainingRows switch { null => string.Empty, 0 => "0 (unseen)", var n => n.Value.ToString("N0", CultureInfo.InvariantCulture) };

    /// <summary>"95% intervals (bootstrap over rows): accuracy 0.8140 to 0.8480, macro-F1 0.8105 to 0.8452".</summary>
    public static string IntervalLine(IReadOnlyDictionary<string, MetricInterval> intervals)
    {
        static string Name(string key) => key switch { "macroF1" => "macro-F1", "favg" => "F_avg", _ => key };
        return "95% intervals (bootstrap over rows): " + string.Join(", ", intervals.Select(kv => $"{Name(kv.Key)} {Pct(kv.Value.Low)} to {Pct(kv.Value.High)}"));
    }

    /// <summary>"calibration: mean confidence 0.78 against accuracy 0.72 (over-confident), ECE 0.06 (15 bins), log loss 0.71".</summary>
    public static string CalibrationLine(double accuracy, Calibration c)
    {
        var gap = c.MeanConfidence - accuracy;
        var lean = Math.Abs(gap) < 0.01 ? "matched" : gap > 0 ? "over-confident" : "under-confident";
        return $"calibration: mean confidence {Pct(c.MeanConfidence)} against accuracy {Pct(accuracy)} ({lean}), " +
            $"ECE {Pct(c.Ece)} ({c.Bins} bins), log loss {Pct(c.LogLoss)}";
    }

    public static string Pct(double fraction) => fraction.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>A target's F_avg, or "n/a" for a target whose rows have neither favor nor against (JSON: null).</summary>
    private static string Pct(double? fraction) => fraction is { } f ? Pct(f) : "n/a";
}
