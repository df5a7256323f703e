using System.CommandLine;
using System.Globalization;
using Classifier.Model;
using Classifier.Training.Cli;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>uncertain</c>: the texts a model is least sure of (smallest margin between its two most probable labels), to label next.</summary>
internal static class UncertainCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "The model file (.zip); default: the embedded stance model if a target is given (--target, or a target column in the TSV header or a target key in the first JSON line of --data), else the embedded sentiment model." };
        var data = new Option<string>("--data") { Description = "Texts to rank ('-': standard input): plain lines, TSV with a 'text' column (and 'target' for stance), or JSON lines ({\"text\": ..., \"target\": ...}); column names and keys are matched ignoring case.", Required = true };
        var input = new Option<string?>("--input") { Description = "Input format: lines, tsv or jsonl, as predict's --input; default: from the file extension, else lines (standard input: lines)." };
        input.CustomParser = CommonOptions.AnyCaseOf(InputReader.Formats);
        input.CompletionSources.Add(InputReader.Formats);
        var target = new Option<string?>("--target") { Description = "Stance: the target, for rows without a target column." };
        var top = new Option<int>("--top") { Description = "How many texts to list.", DefaultValueFactory = _ => 20 };
        var format = CommonOptions.Format("text", "tsv", "json");
        var command = new Command("uncertain", "List the texts a model is least sure of, to label next.") { model, data, input, target, top, format };
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct =>
        {
            StandardOutput.StopWhenReaderGone();
            // Usage errors that need only the options first, before the model or the input is read.
            var k = parse.GetValue(top) is >= 1 and var n ? n : throw new UsageException($"--top must be 1 or more; got {parse.GetValue(top)}");
            CommonOptions.CheckTargets(parse.GetValue(target));
            var modelPath = parse.GetValue(model);
            var file = parse.GetValue(data)!;
            // "-" is standard input, as predict's --file reads it; its lines are named "(stdin)".
            var path = file == "-" ? "(stdin)" : file;
            var worst = new PriorityQueue<(InputItem Item, string? Target, double[] P), double>();
            var inputFormat = InputReader.Detect(parse.GetValue(input), file == "-" ? null : file);
            using var reader = new Utf8LineReader(
                file == "-" ? StandardInput.Open("give the texts with --data FILE") : MissingFile.OpenRead(file, "input file"), path);
            Interrupt.StopAtOnceIfBlocking(reader.Stream);

            // As in predict: without --model, a target (--target, or a target column or key in the input's first line) picks
            // the embedded stance model, else the sentiment model.
            var scorer = modelPath is not null
                ? ModelLoading.FromFile(modelPath, task: null, options: null)
                : ModelLoading.Embedded(parse.GetValue(target) is not null || InputReader.DeclaresTargets(reader, inputFormat) ? ClassifierTask.Stance : ClassifierTask.Sentiment);
            if (!scorer.IsStance && parse.GetValue(target) is not null)
            {
                throw ModelOption.StanceOnly("--target", modelPath);
            }

            FoundTargets.Check(scorer, "--target", [parse.GetValue(target)]);
            if (scorer.IsStance && parse.GetValue(target) is null && InputReader.ColumnsWithoutTarget(reader, inputFormat) is { } columns)
            {
                throw ModelOption.NeedsTargetColumn(modelPath, path, columns);
            }

            if (scorer.IsStance && parse.GetValue(target) is null && InputReader.FirstLineWithoutTarget(reader, inputFormat) is var (line, keys))
            {
                throw ModelOption.NeedsTargetField(modelPath, path, line, keys);
            }

            foreach (var item in InputReader.Read(reader, inputFormat, path))
            {
                ct.ThrowIfCancellationRequested();
                if (item.Error is { } error)
                {
                    // A line that cannot be read is no text to label next: refuse the file rather than rank its raw bytes.
                    throw Utf8Text.Refusal(path, item.Line, error);
                }

                var t = item.Target ?? parse.GetValue(target);
                if (scorer.IsStance && string.IsNullOrWhiteSpace(t))
                {
                    // A row without a target is bad input, as a row with a target too long is below (exit code 2).
                    throw Utf8Text.Refusal(path, item.Line, InputReader.NoTarget(inputFormat));
                }

                if (scorer.IsStance && (Classifier.Stance.TargetLength.RowProblem(t) ?? Classifier.Stance.TargetCharacters.RowProblem(t) ?? scorer.FunctionWordsProblem(t!)) is { } tooLong)
                {
                    // As a line that cannot be read: the file is refused (exit code 2), naming the line.
                    throw Utf8Text.Refusal(path, item.Line, tooLong);
                }

                var p = new double[scorer.Classes];
                scorer.Probabilities(item.Text, scorer.IsStance ? scorer.Target(t!) : null, p);
                var sorted = p.OrderDescending().ToArray();
                var margin = sorted[0] - sorted[1];
                // Keep the k smallest margins: the queue's head is the largest kept margin.
                worst.Enqueue((item, t, p), -margin);
                if (worst.Count > k)
                {
                    worst.Dequeue();
                }
            }

            var rows = new List<(InputItem Item, string? Target, double[] P)>();
            while (worst.TryDequeue(out var row, out _))
            {
                rows.Add(row);
            }

            rows.Reverse();
            Write(parse.GetValue(format)!, scorer, rows);
            return Task.FromResult(ExitCodes.Success);
        }, cancellation));
        return command;
    }

    private static void Write(string format, ModelScorer scorer, List<(InputItem Item, string? Target, double[] P)> rows)
    {
        static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        static double Margin(double[] p)
        {
            var s = p.OrderDescending().ToArray();
            return s[0] - s[1];
        }

        if (format == "tsv")
        {
            // A target column only for a stance model, as predict's TSV has.
            Console.WriteLine(string.Join('\t', new[] { "line", "text" }.Concat(scorer.IsStance ? ["target"] : []).Concat(["margin"]).Concat(scorer.Labels)));
            foreach (var (item, target, p) in rows)
            {
                Console.WriteLine(string.Join('\t', new[] { item.Line.ToString(CultureInfo.InvariantCulture), ResultWriter.Clean(item.Text) }
                    .Concat(scorer.IsStance ? [ResultWriter.Clean(target ?? "")] : []).Concat([F(Margin(p))]).Concat(p.Select(F))));
            }

            return;
        }

        if (format == "json")
        {
            // JSON lines, least certain first: the line, the text (and target), the margin and the probabilities, as predict's keys.
            foreach (var (item, target, p) in rows)
            {
                CliJson.Line(Console.Out, w =>
                {
                    w.WriteNumber("line", item.Line);
                    w.WriteString("text", item.Text);
                    if (scorer.IsStance)
                    {
                        w.WriteString("target", target);
                    }

                    w.WriteNumber("margin", Math.Round(Margin(p), 6));
                    w.WriteStartObject("probabilities");
                    for (var i = 0; i < scorer.Labels.Length; i++)
                    {
                        w.WriteNumber(scorer.Labels[i], Math.Round(p[i], 6));
                    }

                    w.WriteEndObject();
                });
            }

            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("least certain first").AddColumns("line", "text");
        if (scorer.IsStance)
        {
            table.AddColumn("target");
        }

        table.AddColumns("margin", "probabilities");
        foreach (var (item, target, p) in rows)
        {
            var probabilities = string.Join(" ", scorer.Labels.Select((l, i) => $"{l}={F(p[i])}"));
            string[] head = [item.Line.ToString(CultureInfo.InvariantCulture), Markup.Escape(item.Text)];
            table.AddRow(scorer.IsStance ? [.. head, Markup.Escape(target ?? ""), F(Margin(p)), probabilities] : [.. head, F(Margin(p)), probabilities]);
        }

        Terminal.Out.Write(table);
    }
}
