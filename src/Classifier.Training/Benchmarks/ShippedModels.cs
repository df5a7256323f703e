using Classifier.Data;
using Classifier.Model;
using Classifier.Training.Cli;
using Classifier.Training.Commands;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Training.Benchmarks;

/// <summary>A shipped model measured on one labeled file.</summary>
internal sealed record ShippedResult(string Model, string Data, EvaluationReport? Report, string? Skipped);

/// <summary>A point of a learning curve: the metric after training on a fraction of the training split.</summary>
internal sealed record CurvePoint(int Rows, double MacroF1);

/// <summary>Measures the shipped models on their test splits and on real sentences they never saw; draws their learning curves.</summary>
internal static class ShippedModels
{
    /// <summary>
    /// Each shipped model on the held-out files of its task folder (<paramref name="sentimentFiles"/> and
    /// <paramref name="stanceFiles"/>, as <see cref="HeldOutList.Read"/> gives them from <c>held-out.txt</c>), in their order,
    /// then the sentiment model on the public sets' real sentences when <paramref name="datasets"/> is given.
    /// </summary>
    public static IEnumerable<ShippedResult> Measure(string models, string data, string? datasets, IReadOnlyList<HeldOutFile> sentimentFiles,
        IReadOnlyList<HeldOutFile> stanceFiles)
    {
        var sentiment = Path.Combine(models, "sentiment.zip");
        var stance = Path.Combine(models, "stance.zip");
        foreach (var file in sentimentFiles)
        {
            yield return Evaluate(sentiment, Path.Combine(data, "sentiment", file.Name + ".tsv"), keep: false);
        }

        foreach (var file in stanceFiles)
        {
            yield return Evaluate(stance, Path.Combine(data, "stance", file.Name + ".tsv"), keep: false);
        }

        if (datasets is not null)
        {
            yield return Evaluate(sentiment, Path.Combine(datasets, "financial-phrasebank", "sentences_allagree.tsv"), keep: true);
            yield return Evaluate(sentiment, Path.Combine(datasets, "financial-phrasebank", "sentences_50agree.tsv"), keep: true);
            yield return Evaluate(sentiment, Path.Combine(datasets, "sst5", "test.tsv"), keep: true);
        }
    }

    /// <summary>
    /// The confusion matrices the report draws, each with its image's name: the sentiment model on its test split, the
    /// stance model on its test split and on its unseen targets, found by model and file (not by their place among the
    /// results); a file that was not measured is left out.
    /// </summary>
    internal static IEnumerable<(ShippedResult Result, string Name)> ConfusionFigures(IEnumerable<ShippedResult> shipped)
    {
        (string Model, string Data, string Name)[] figures =
        [
            ("sentiment.zip", "sentiment/test.tsv", "confusion-sentiment-test"),
            ("stance.zip", "stance/test.tsv", "confusion-stance-test"),
            ("stance.zip", "stance/test_unseen_targets.tsv", "confusion-stance-unseen-targets"),
        ];
        var results = shipped.ToArray();
        foreach (var (model, data, name) in figures)
        {
            if (results.FirstOrDefault(r => r.Report is not null && Path.GetFileName(r.Model) == model && DataFile(r.Data) == data) is { } result)
            {
                yield return (result, name);
            }
        }
    }

    /// <summary>
    /// The reliability diagram's lines, each named by its model and file: the files of <see cref="ConfusionFigures"/> (the
    /// test splits), so that the diagram stays readable; the report's table gives every file's ECE.
    /// </summary>
    internal static IEnumerable<(string Name, Calibration Calibration)> ReliabilitySeries(IEnumerable<ShippedResult> shipped) =>
        ConfusionFigures(shipped).Select(f => f.Result).Where(s => s.Report!.Calibration is not null)
            .Select(s => ($"{Path.GetFileNameWithoutExtension(s.Model)} on {BenchmarkReport.Rel(s.Data)}", s.Report!.Calibration!));

    /// <summary>A data file's folder and name ("stance/test.tsv").</summary>
    private static string DataFile(string path) =>
        Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path);

    /// <summary>
    /// The rows a shipped model of <paramref name="task"/> trains on, as <c>scripts/retrain.sh</c> gives them to <c>train</c>:
    /// the task's <c>train.tsv</c> and, when the folder has one, its <c>train_absent.tsv</c> (stance: training sentences
    /// paired with targets they do not name, which a learning curve keeps with the sentence they copy).
    /// </summary>
    internal static LabeledDataSet TrainingRows(ClassifierTask task, string data)
    {
        var folder = Path.Combine(data, TaskLabels.Name(task));
        var absent = Path.Combine(folder, "train_absent.tsv");
        return LabeledDataReader.Read(File.Exists(absent) ? [Path.Combine(folder, "train.tsv"), absent] : [Path.Combine(folder, "train.tsv")], task);
    }

    public static IReadOnlyList<CurvePoint> LearningCurve(ClassifierTask task, string data, TrainingConfig config, FeatureInputs inputs, CancellationToken cancellation)
    {
        var train = TrainingRows(task, data);
        var test = LabeledDataReader.Read(Path.Combine(data, TaskLabels.Name(task), "test.tsv"), task);
        var order = train.Examples.Select(e => e.Text).Distinct().ToArray();
        new Random(7).Shuffle(order);
        var points = new List<CurvePoint>();
        foreach (var fraction in new[] { 0.1, 0.2, 0.35, 0.5, 0.75, 1.0 })
        {
            var keep = order.Take((int)(order.Length * fraction)).ToHashSet(StringComparer.Ordinal);
            var subset = new LabeledDataSet(task, train.Paths, train.Examples.Where(e => keep.Contains(e.Text)).ToArray(), [], train.Sha256);
            var model = new ModelTrainer(config.Featurizer, config.Trainer, 1) { Aliases = inputs.Aliases, Representatives = inputs.Representatives, Lexicon = inputs.Lexicon }.Train(subset, cancellation);
            points.Add(new CurvePoint(subset.Examples.Count, Evaluator.Evaluate(model.ToScorer(), test).Report.MacroF1));
        }

        return points;
    }

    private static ShippedResult Evaluate(string model, string file, bool keep)
    {
        if (!File.Exists(model) || !File.Exists(file))
        {
            return new ShippedResult(model, file, null, $"skipped: {(File.Exists(model) ? file : model)} not found");
        }

        var scorer = ModelLoading.FromFile(model, task: null, options: null);
        return new ShippedResult(model, file, Evaluator.Evaluate(scorer, TrainCommand.Read([file], scorer.Info.Task, keep)).Report, null);
    }
}
