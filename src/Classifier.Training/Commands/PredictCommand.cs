using System.CommandLine;
using System.Text.Json;
using Classifier.Model;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>predict</c>: label sentences given as arguments, or each line of standard input.</summary>
internal static class PredictCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "The model file (.zip); default: the model embedded in the library." };
        var target = new Option<string?>("--target") { Description = "The stance target (required for a stance model)." };
        var format = CommonOptions.Format("text", "json");
        var info = new Option<bool>("--info") { Description = "Print the model's manifest (and score any texts given)." };
        var texts = new Argument<string[]>("text") { Description = "Sentences to score; none: read lines from standard input.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("predict", "Label sentences with a model.") { model, target, format, info, texts };
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct => Task.FromResult(Run(
            parse.GetValue(model), parse.GetValue(target), parse.GetValue(format)!, parse.GetValue(info), parse.GetValue(texts) ?? [], ct)), cancellation));
        return command;
    }

    private static int Run(string? modelPath, string? target, string format, bool showInfo, string[] texts, CancellationToken cancellation)
    {
        var defaultTask = target is null ? ClassifierTask.Sentiment : ClassifierTask.Stance;
        var scorer = modelPath is null ? ModelLoading.Embedded(defaultTask) : ModelLoading.FromFile(modelPath, task: null, options: null);
        if (scorer.Info.Task == ClassifierTask.Stance && string.IsNullOrWhiteSpace(target))
        {
            throw new UsageException("this is a stance model: give the target with --target");
        }

        if (scorer.Info.Task == ClassifierTask.Sentiment && target is not null)
        {
            throw new UsageException("--target applies to stance models only; this is a sentiment model");
        }

        if (showInfo)
        {
            if (format == "json")
            {
                Console.WriteLine(ModelInfoWriter.ToJsonNode(scorer.Info).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                ModelInfoWriter.WriteText(Terminal.Out, modelPath ?? $"(embedded {TaskLabels.Name(defaultTask)} model)", scorer.Info);
            }

            if (texts.Length == 0)
            {
                return ExitCodes.Success;
            }
        }

        var probabilities = new double[scorer.Classes];
        var context = target is null ? null : scorer.Target(target);
        foreach (var text in texts.Length > 0 ? texts : ReadLines(Console.In))
        {
            cancellation.ThrowIfCancellationRequested();
            scorer.Probabilities(text, context, probabilities);
            var best = ResultFactory.ArgMax(probabilities);
            Console.WriteLine(format == "json" ? Json(text, target, scorer.Labels, probabilities, best) : Text(text, scorer.Labels, probabilities, best));
        }

        return ExitCodes.Success;
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static string Text(string text, string[] labels, double[] p, int best) =>
        $"{labels[best],-9} {p[best]:0.000}  {string.Join(" ", labels.Select((l, i) => $"{l}={p[i]:0.000}"))}  {text}";

    private static string Json(string text, string? target, string[] labels, double[] p, int best)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("text", text);
            if (target is not null)
            {
                w.WriteString("target", target);
            }

            w.WriteString("label", labels[best]);
            w.WriteNumber("confidence", Math.Round(p[best], 6));
            w.WriteStartObject("probabilities");
            for (var i = 0; i < labels.Length; i++)
            {
                w.WriteNumber(labels[i], Math.Round(p[i], 6));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
