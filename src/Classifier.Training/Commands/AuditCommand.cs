using System.CommandLine;
using System.Globalization;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>audit</c>: rows whose cross-validated prediction confidently disagrees with their label, most suspicious first.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var task = CommonOptions.Task();
        var data = CommonOptions.Data();
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds: each row is predicted by a model that never saw it.", DefaultValueFactory = _ => 5 };
        var top = new Option<int>("--top") { Description = "How many rows to list.", DefaultValueFactory = _ => 50 };
        var minConfidence = new Option<double>("--min-confidence") { Description = "List only disagreements predicted with at least this probability.", DefaultValueFactory = _ => 0.6 };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var config = CommonOptions.Config();
        var format = CommonOptions.Format("text", "tsv");
        var unseen = CommonOptions.UnseenTargets();
        var keep = CommonOptions.KeepDuplicates();
        var inputs = new FeatureInputOptions();
        var command = new Command("audit", "List rows whose label a cross-validated model confidently disputes, for a person to review.")
        {
            task, data, folds, top, minConfidence, seed, config, format, unseen, keep,
        };
        inputs.AddTo(command);
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct =>
        {
            var t = parse.GetValue(task);
            if (parse.GetValue(top) < 1)
            {
                throw new UsageException($"--top must be 1 or more; got {parse.GetValue(top)}");
            }

            CommonOptions.CheckProbability("--min-confidence", parse.GetValue(minConfidence));
            var byTarget = parse.GetValue(unseen);
            var k = parse.GetValue(folds);
            FoldCount.CheckOptions(k, byTarget, t);
            inputs.Check(parse, t);
            TrainCommand.RefuseRepeats(parse.GetValue(data)!);
            var settings = parse.GetValue(config) is { } file ? TrainingConfig.Load(file) : TrainingConfig.Default(t);
            var features = inputs.Read(parse, t);
            var set = TrainCommand.Read(parse.GetValue(data)!, t, parse.GetValue(keep), FunctionWordRows.Judge(features.Aliases, features.Representatives));
            FunctionWordRows.Refuse(set, features.Aliases, features.Representatives);
            var trainer = new ModelTrainer(settings.Featurizer, settings.Trainer, parse.GetValue(seed)) { Aliases = features.Aliases, Representatives = features.Representatives, Lexicon = features.Lexicon };
            FoldCount.Check(k, set.Examples, byTarget, features.Aliases);
            FoldCount.WarnOfLoneLabels(set.Examples, byTarget, features.Aliases);
            var result = CrossValidateCommand.Run(set, k, parse.GetValue(seed), trainer, settings.Trainer, byTarget, TrainCommand.Log, ct);
            var suspects = Suspects(set.Examples, result.Predictions, parse.GetValue(minConfidence)).ToArray();
            var shown = suspects.Take(parse.GetValue(top)).ToArray();
            if (parse.GetValue(format) == "tsv")
            {
                Console.WriteLine("location\ttext\ttarget\tlabel\tpredicted\tconfidence\tlabelProbability");
                foreach (var s in shown)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{s.Row.Location}\t{s.Row.Text}\t{s.Row.Target}\t{s.Row.Label}\t{s.Prediction.Label}\t{s.Prediction.Confidence:0.000}\t{s.Prediction.ProbabilityOf(s.Row.Label):0.000}"));
                }
            }
            else
            {
                Render(t, shown, suspects.Length, set.Examples.Count, result.Mean.Accuracy, byTarget);
            }

            return Task.FromResult(ExitCodes.Success);
        }, cancellation));
        return command;
    }

    /// <summary>
    /// Disagreements at or above the confidence threshold, ordered by how much more the model believes its label than the
    /// given one; rows disputed equally (repeated rows get the same prediction) in the order of <paramref name="rows"/>.
    /// </summary>
    internal static IEnumerable<(Classifier.Data.LabeledExample Row, RowPrediction Prediction)> Suspects(
        IReadOnlyList<Classifier.Data.LabeledExample> rows, IReadOnlyList<RowPrediction> predictions, double minConfidence) =>
        rows.Zip(predictions)
            .Where(x => x.Second.Label != x.First.Label && x.Second.Confidence >= minConfidence)
            .OrderByDescending(x => x.Second.Confidence - x.Second.ProbabilityOf(x.First.Label));

    private static void Render(ClassifierTask task, (Classifier.Data.LabeledExample Row, RowPrediction Prediction)[] shown, int total, int rows, double accuracy, bool unseenTargets)
    {
        Terminal.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{total:N0} of {rows:N0} rows are confidently disputed (cross-validated accuracy {accuracy:0.0000}{(unseenTargets ? ", folds of unseen targets" : "")}); the {shown.Length} most suspicious:"));
        var table = new Table().Border(TableBorder.Rounded).AddColumns("location", "text");
        if (task == ClassifierTask.Stance)
        {
            table.AddColumn("target");
        }

        table.AddColumns("label", "model says", "p(model)", "p(label)");
        foreach (var (row, p) in shown)
        {
            string[] head = [Markup.Escape(row.Location), Markup.Escape(row.Text)];
            string[] tail = [row.Label, p.Label, p.Confidence.ToString("0.00", CultureInfo.InvariantCulture), p.ProbabilityOf(row.Label).ToString("0.00", CultureInfo.InvariantCulture)];
            table.AddRow(task == ClassifierTask.Stance ? [.. head, Markup.Escape(row.Target!), .. tail] : [.. head, .. tail]);
        }

        Terminal.Out.Write(table);
    }
}
