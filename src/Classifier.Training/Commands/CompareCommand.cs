using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Classifier.Data;
using Classifier.Model;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary>
/// <c>compare</c>: a model against a baseline (by default the embedded model of its task) on the same labeled rows: each
/// metric's difference with a paired-bootstrap 95% interval, McNemar's exact test, and the rows that changed.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The model to judge (.zip), for example one you retrained.", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "The model to compare it with; default: the embedded model of the same task." };
        var data = CommonOptions.Data(description: "Labeled TSV file(s) both models are scored on (read together).");
        var samples = new Option<int>("--samples") { Description = "Bootstrap draws for the intervals (100 or more).", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Random seed of the bootstrap.", DefaultValueFactory = _ => 1 };
        var flips = new Option<int>("--flips") { Description = "How many changed rows to list each way (0: none).", DefaultValueFactory = _ => 10 };
        var format = CommonOptions.Format("text", "json", "markdown");
        var keep = CommonOptions.KeepDuplicates();
        var command = new Command("compare", "Compare a model with a baseline on the same labeled sentences, with intervals.")
        {
            model, baseline, data, samples, seed, flips, format, keep,
        };
        command.SetAction((parse, _) => CliRunner.RunToEndAsync(parse, () => Task.FromResult(Run(
            parse.GetValue(model)!, parse.GetValue(baseline), parse.GetValue(data)!, parse.GetValue(samples), parse.GetValue(seed),
            parse.GetValue(flips), parse.GetValue(format)!, parse.GetValue(keep)))));
        return command;
    }

    private static int Run(string modelPath, string? baselinePath, string[] dataFiles, int samples, int seed, int flips, string format, bool keepDuplicates)
    {
        if (samples < 100)
        {
            throw new UsageException($"--samples must be 100 or more (got {samples})");
        }

        if (flips < 0)
        {
            throw new UsageException($"--flips must be 0 or more (got {flips})");
        }

        // Before either model is read, as the checks above.
        TrainCommand.RefuseRepeats(dataFiles);
        var scorer = ModelLoading.FromFile(modelPath, task: null, options: null);
        var task = scorer.Info.Task;
        var baselineScorer = ModelOption.Load(baselinePath, "--baseline", task, $" (the task of --model {modelPath})");
        var baselineName = baselinePath ?? $"(embedded {TaskLabels.Name(task)} model)";

        Func<string, bool> judge = t => scorer.FoundEverywhere(t) || baselineScorer.FoundEverywhere(t);
        var rows = TrainCommand.Read(dataFiles, task, keepDuplicates, judge);
        Training.FunctionWordRows.Refuse(rows, judge);
        // Labels only: ModelComparison computes the metrics.
        var predicted = Evaluator.Score(scorer, rows.Examples).Select(p => p.Label).ToArray();
        var before = Evaluator.Score(baselineScorer, rows.Examples).Select(p => p.Label).ToArray();
        var gold = rows.Examples.Select(e => e.Label).ToArray();
        var report = ModelComparison.Compare(task, gold, before, predicted, samples, seed);
        var changed = Changed(rows, before, predicted);
        if (format == "json")
        {
            Console.WriteLine(ToJson(report, baselineName, modelPath, changed, flips).ToJsonString(CliJson.Indented));
        }
        else if (format == "markdown")
        {
            Console.Write(ToMarkdown(report, baselineName, Path.GetFileName(modelPath), string.Join(", ", dataFiles.Select(Path.GetFileName)), changed, flips));
        }
        else
        {
            WriteText(Terminal.Out, report, baselineName, modelPath, string.Join(", ", dataFiles.Select(Path.GetFileName)), changed, flips);
        }

        return ExitCodes.Success;
    }

    private sealed record ChangedRow(LabeledExample Row, string Baseline, string Model, bool Gained);

    private static ChangedRow[] Changed(LabeledDataSet rows, string[] before, string[] after) =>
        rows.Examples.Select((e, i) => (e, i))
            .Where(x => (before[x.i] == x.e.Label) != (after[x.i] == x.e.Label))
            .Select(x => new ChangedRow(x.e, before[x.i], after[x.i], after[x.i] == x.e.Label))
            .ToArray();

    private static JsonObject ToJson(ComparisonReport report, string baseline, string model, ChangedRow[] changed, int flips)
    {
        JsonArray Rows(bool gained) => new(changed.Where(c => c.Gained == gained).Take(flips).Select(c => (JsonNode?)new JsonObject
        {
            ["text"] = c.Row.Text,
            ["target"] = c.Row.Target,
            ["gold"] = c.Row.Label,
            ["baseline"] = c.Baseline,
            ["model"] = c.Model,
        }).ToArray());
        return new JsonObject
        {
            ["baseline"] = baseline,
            ["model"] = model,
            ["examples"] = report.Examples,
            ["samples"] = report.Samples,
            ["metrics"] = new JsonObject(report.Metrics.Select(m => KeyValuePair.Create(m.Name, (JsonNode?)new JsonObject
            {
                ["baseline"] = Math.Round(m.Baseline, 6),
                ["model"] = Math.Round(m.Model, 6),
                ["difference"] = Math.Round(m.Difference, 6),
                ["low"] = Math.Round(m.Low, 6),
                ["high"] = Math.Round(m.High, 6),
                ["verdict"] = m.Verdict,
            }))),
            ["mcnemar"] = new JsonObject { ["gained"] = report.Gained, ["lost"] = report.Lost, ["p"] = Math.Round(report.McNemarP, 6) },
            ["gained"] = Rows(gained: true),
            ["lost"] = Rows(gained: false),
        };
    }

    /// <summary>"= 0.0213", or "&lt; 0.0001" for smaller values.</summary>
    private static string PValue(double p) => p < 0.0001 ? "< 0.0001" : "= " + p.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// A Markdown section: a heading, one table row per metric, McNemar's test, and a table of the first
    /// <paramref name="flips"/> rows gained and lost, as the text output has them (none with <c>--flips 0</c>, as
    /// <c>scripts/retrain.sh</c> asks for its report).
    /// </summary>
    private static string ToMarkdown(ComparisonReport report, string baseline, string model, string data, ChangedRow[] changed, int flips)
    {
        static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
        static string Signed(double v) => v.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);
        var md = new System.Text.StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"#### `{model}` against {(baseline.StartsWith('(') ? baseline.Trim('(', ')') : $"`{baseline}`")} on `{data}` ({report.Examples:N0} rows)");
        md.AppendLine();
        md.AppendLine("| metric | baseline | model | change (95% interval) | verdict |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var m in report.Metrics)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {F(m.Baseline)} | {F(m.Model)} | {Signed(m.Difference)} ({Signed(m.Low)} to {Signed(m.High)}) | {m.Verdict} |");
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Rows only one model gets right: the model {report.Gained:N0}, the baseline {report.Lost:N0}; McNemar's exact p {PValue(report.McNemarP)}.");
        if (flips > 0 && changed.Length > 0)
        {
            md.AppendLine();
            md.AppendLine("| row | text | gold | baseline | model |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var c in changed.Where(c => c.Gained).Take(flips).Concat(changed.Where(c => !c.Gained).Take(flips)))
            {
                var text = c.Row.Target is null ? c.Row.Text : $"{c.Row.Text} [{c.Row.Target}]";
                md.AppendLine(CultureInfo.InvariantCulture, $"| {(c.Gained ? "gained" : "lost")} | {Cell(text)} | {c.Row.Label} | {c.Baseline} | {c.Model} |");
            }
        }

        return md.ToString();
    }

    /// <summary>A text as a Markdown table cell: its pipes escaped, so that they do not end the cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void WriteText(IAnsiConsole console, ComparisonReport report, string baseline, string model, string data, ChangedRow[] changed, int flips)
    {
        static string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
        static string Signed(double v) => v.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);
        console.MarkupLine($"[bold]{Markup.Escape(model)}[/] against [bold]{Markup.Escape(baseline)}[/] on {Markup.Escape(data)} ({report.Examples:N0} rows)");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("metric", "baseline", "model", "difference", "95% interval", "verdict");
        foreach (var m in report.Metrics)
        {
            var colour = m.Verdict switch { "better" => "green", "worse" => "red", _ => "grey" };
            table.AddRow(m.Name, F(m.Baseline), F(m.Model), Signed(m.Difference), $"{Signed(m.Low)} to {Signed(m.High)}", $"[{colour}]{m.Verdict}[/]");
        }

        console.Write(table);
        console.MarkupLine($"Rows only one model gets right: the model {report.Gained:N0}, the baseline {report.Lost:N0}; McNemar's exact p " +
            $"{PValue(report.McNemarP)}. Intervals: paired bootstrap, {report.Samples:N0} draws.");
        if (flips == 0 || changed.Length == 0)
        {
            return;
        }

        var rows = new Table().Border(TableBorder.Rounded).Title("rows that changed").AddColumns("", "text", "gold", "baseline", "model");
        foreach (var c in changed.Where(c => c.Gained).Take(flips).Concat(changed.Where(c => !c.Gained).Take(flips)))
        {
            var text = c.Row.Target is null ? c.Row.Text : $"{c.Row.Text} [{c.Row.Target}]";
            rows.AddRow(c.Gained ? "[green]gained[/]" : "[red]lost[/]", Markup.Escape(text), c.Row.Label, c.Baseline, c.Model);
        }

        console.Write(rows);
    }
}
