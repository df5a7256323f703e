using System.CommandLine;
using Classifier.Model;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>evaluate</c>: a model and a labeled file in, metrics out (tables or JSON).</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The model file (.zip).", Required = true };
        var data = CommonOptions.Data(description: "Labeled TSV file(s) to evaluate on.");
        var format = CommonOptions.Format("text", "json", "markdown");
        var keep = CommonOptions.KeepDuplicates();
        var alias = new AliasOption();
        var command = new Command("evaluate", "Measure a model on labeled sentences.") { model, data, format, keep, alias.Option };
        command.SetAction((parse, _) => CliRunner.RunToEndAsync(parse, () => Task.FromResult(Run(
            parse.GetValue(model)!, parse.GetValue(data)!, parse.GetValue(format)!, parse.GetValue(keep), alias.Read(parse)))));
        return command;
    }

    private static int Run(string modelPath, string[] dataFiles, string format, bool keepDuplicates, IReadOnlyList<(string Target, string[] Names)> aliases)
    {
        // Before the model is read: a usage error that needs only the options is not hidden behind a bad model file.
        TrainCommand.RefuseRepeats(dataFiles);
        var scorer = AliasOption.Apply(ModelLoading.FromFile(modelPath, task: null, options: null), aliases, modelPath);
        var data = TrainCommand.Read(dataFiles, scorer.Info.Task, keepDuplicates, scorer.FoundEverywhere);
        Training.FunctionWordRows.Refuse(data, scorer.FoundEverywhere);
        if (data.Sha256 == scorer.Info.TrainingData.Sha256)
        {
            Console.Error.WriteLine($"note: {string.Join(", ", dataFiles)} is the data this model was trained on (the same SHA-256 as its training data): " +
                "these figures say how well it fits its training rows, not how well it does on sentences it has not seen");
        }

        WarnOfUnpredictableLabels(data, scorer.Labels, dataFiles);
        var (evaluated, predicted) = Evaluator.Evaluate(scorer, data);
        var report = Evaluator.WithTrainingRows(evaluated, scorer) with
        {
            Intervals = Bootstrap.Intervals(data.Task, data.Examples.Select(e => e.Label).ToArray(), predicted),
        };
        if (format == "json")
        {
            Console.WriteLine(ReportWriter.ToJson(report, scorer.Info));
            return ExitCodes.Success;
        }

        if (format == "markdown")
        {
            Console.Write(ReportWriter.ToMarkdown(report, Path.GetFileName(modelPath), string.Join(", ", dataFiles.Select(Path.GetFileName))));
            return ExitCodes.Success;
        }

        ModelInfoWriter.WriteText(Terminal.Out, modelPath, scorer.Info);
        ReportWriter.WriteText(Terminal.Out, report);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Warns when rows have a label the model cannot predict (one its training data lacked: a two-label model scored on a
    /// three-label file), as <c>train --test</c> does: the metrics count every such row as an error.
    /// </summary>
    internal static void WarnOfUnpredictableLabels(Classifier.Data.LabeledDataSet data, IReadOnlyList<string> labels, IReadOnlyList<string> files)
    {
        var unknown = TrainCommand.UnknownLabels(data, labels).Select(u => $"'{u.Label}' ({u.Rows:N0} row{(u.Rows == 1 ? "" : "s")})").ToArray();
        if (unknown.Length > 0)
        {
            Console.Error.WriteLine($"warning: {string.Join(", ", files)}: label{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown)} " +
                $"{(unknown.Length > 1 ? "are" : "is")} not among the model's labels ({string.Join(", ", labels)}), so it never predicts " +
                $"{(unknown.Length > 1 ? "them" : "it")}: the metrics count those rows as errors");
        }
    }
}
