using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;
using Spectre.Console;

namespace Classifier.Training.Commands;

/// <summary><c>cross-validate</c>: stratified k-fold metrics (mean and standard deviation) of a training configuration.</summary>
internal static class CrossValidateCommand
{
    public static Command Create()
    {
        var task = CommonOptions.Task();
        var data = CommonOptions.Data();
        var folds = new Option<int>("--folds") { Description = "Number of folds (2 or more).", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed (folds and training).", DefaultValueFactory = _ => 1 };
        var config = CommonOptions.Config();
        var format = CommonOptions.Format("text", "json");
        var inputs = new FeatureInputOptions();
        var keep = CommonOptions.KeepDuplicates();
        var unseen = CommonOptions.UnseenTargets();
        var command = new Command("cross-validate", "Measure a training configuration by stratified k-fold cross-validation.") { task, data, folds, seed, config, format, keep, unseen };
        inputs.AddTo(command);
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct =>
        {
            var t = parse.GetValue(task);
            var k = parse.GetValue(folds);
            FoldCount.CheckOptions(k, parse.GetValue(unseen), t);
            inputs.Check(parse, t);
            TrainCommand.RefuseRepeats(parse.GetValue(data)!);
            var settings = parse.GetValue(config) is { } file ? TrainingConfig.Load(file) : TrainingConfig.Default(t);
            var features = inputs.Read(parse, t);
            var set = TrainCommand.Read(parse.GetValue(data)!, t, parse.GetValue(keep), FunctionWordRows.Judge(features.Aliases, features.Representatives));
            FunctionWordRows.Refuse(set, features.Aliases, features.Representatives);
            FoldCount.Check(k, set.Examples, parse.GetValue(unseen), features.Aliases);
            FoldCount.WarnOfLoneLabels(set.Examples, parse.GetValue(unseen), features.Aliases);
            var trainer = new ModelTrainer(settings.Featurizer, settings.Trainer, parse.GetValue(seed)) { Aliases = features.Aliases, Representatives = features.Representatives, Lexicon = features.Lexicon };
            var run = Run(set, k, parse.GetValue(seed), trainer, settings.Trainer, parse.GetValue(unseen), TrainCommand.Log, ct);
            // As evaluate gives them, here over every row's out-of-fold prediction, pooled.
            var result = run with
            {
                Mean = run.Mean with { Intervals = Bootstrap.Intervals(t, set.Examples.Select(e => e.Label).ToArray(), run.Predictions.Select(p => p.Label).ToArray()) },
            };
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(ToJson(result));
            }
            else
            {
                WriteText(result);
            }

            return Task.FromResult(ExitCodes.Success);
        }, cancellation));
        return command;
    }

    /// <summary>
    /// Cross-validates as <c>cross-validate</c> and <c>audit</c> do, telling <paramref name="log"/> (standard error, never the
    /// results' standard output) when each fold is done and, on a long fold, what its trainer is doing, as <c>train</c> does
    /// (at most once per the trainer's <see cref="ModelTrainer.IterationProgressInterval"/>, 10 s unless a test sets it):
    /// <c>fold 3/10: sdca: iteration 12 of at most 100, loss 0.43</c>.
    /// </summary>
    internal static CrossValidationResult Run(Classifier.Data.LabeledDataSet set, int folds, int seed, ModelTrainer trainer, TrainerSettings settings,
        bool unseenTargets, Action<string> log, CancellationToken cancellation) =>
        CrossValidator.Run(set, folds, seed, trainer, settings, f => log($"fold {f}/{folds} done"), cancellation, unseenTargets, progress: log);

    internal static string ToJson(CrossValidationResult result) => ReportWriter.ToJson(result.Mean, extra: new Dictionary<string, JsonNode?>
    {
        ["folds"] = new JsonArray(result.Folds.Select(f => (JsonNode?)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(f.Summary()))).ToArray()),
        ["std"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(result.Std)),
        ["trainSeconds"] = Math.Round(result.TrainSeconds, 3),
    });

    private static void WriteText(CrossValidationResult result)
    {
        Terminal.Out.MarkupLine($"{result.Folds.Count}-fold cross-validation (mean ± std), training {result.TrainSeconds:0.00} s per fold");
        Terminal.Out.MarkupLine(string.Join("   ", result.Std.Select(kv => string.Create(CultureInfo.InvariantCulture,
            $"{kv.Key} [bold]{Value(result.Mean, kv.Key):0.0000}[/] ± {kv.Value:0.0000}"))));
        ReportWriter.WriteText(Terminal.Out, result.Mean);
        Terminal.Out.Write(FoldsTable(result));
    }

    /// <summary>
    /// A row per fold with each metric whose mean and spread the header line gives (F_avg for stance, ECE and log loss), so
    /// the spread can be traced to a fold; it showed accuracy and macro-F1 alone.
    /// </summary>
    internal static Table FoldsTable(CrossValidationResult result)
    {
        var columns = FoldColumns.Where(c => result.Std.ContainsKey(c.Key)).ToArray();
        var folds = new Table().Border(TableBorder.Rounded).Title("folds").AddColumns(["fold", "examples", .. columns.Select(c => c.Header)]);
        for (var i = 0; i < result.Folds.Count; i++)
        {
            var f = result.Folds[i];
            folds.AddRow([(i + 1).ToString(CultureInfo.InvariantCulture), f.Examples.ToString(CultureInfo.InvariantCulture),
                .. columns.Select(c => ReportWriter.Pct(Value(f, c.Key)))]);
        }

        return folds;
    }

    /// <summary>The folds table's metric columns, in order, by their JSON key.</summary>
    private static readonly (string Key, string Header)[] FoldColumns =
        [("accuracy", "accuracy"), ("macroF1", "macro-F1"), ("favg", "F_avg"), ("ece", "ECE"), ("logLoss", "log loss")];

    private static double Value(EvaluationReport r, string key) => key switch
    {
        "accuracy" => r.Accuracy,
        "macroF1" => r.MacroF1,
        "ece" => r.Calibration!.Ece,
        "logLoss" => r.Calibration!.LogLoss,
        "favg" => r.Favg ?? 0,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "No mean is kept for this metric."),
    };
}
