using Classifier.Training.Cli;
using Classifier.Training.Commands;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Training.Benchmarks;

/// <summary>Our result on one benchmark set, or why it was skipped.</summary>
internal sealed record BenchmarkResult(BenchmarkSet Set, double? Value, double? Accuracy, double? TrainSeconds, string Settings, string? Skipped)
{
    /// <summary>Every timed run's training seconds, in order; <see cref="TrainSeconds"/> is the shortest.</summary>
    public IReadOnlyList<double> RunSeconds { get; init; } = [];

    /// <summary>For sets with a test file, the metric's 95% interval by a bootstrap over the test rows (<see cref="Bootstrap"/>).</summary>
    public MetricInterval? Interval { get; init; }

    public bool? MeetsBar => Value is { } v && Set.Bar is { } bar ? v >= bar : null;
}

/// <summary>Trains and evaluates our pipeline on the public sets with each set's tuned settings.</summary>
internal sealed class BenchmarkRunner(string datasets, string configs, FeatureInputs sentimentInputs, FeatureInputs stanceInputs)
{
    /// <summary>
    /// How many times each set is trained (or cross-validated) for its training time, which is the shortest of them; the
    /// metric comes from the first (training is deterministic, so every run learns the same model).
    /// </summary>
    public int TimingRuns { get; init; } = 1;

    public BenchmarkResult Run(BenchmarkSet set, CancellationToken cancellation)
    {
        var missing = set.Train.Append(set.Test).OfType<string>().Select(f => Path.Combine(datasets, f)).Where(f => !File.Exists(f)).ToArray();
        if (missing.Length > 0)
        {
            return new BenchmarkResult(set, null, null, null, "", $"skipped: {string.Join(", ", missing)} not found");
        }

        var configFile = Path.Combine(configs, set.Key + ".json");
        var config = File.Exists(configFile) ? TrainingConfig.Load(configFile) : TrainingConfig.Default(set.Task);
        var inputs = set.Task == ClassifierTask.Stance ? stanceInputs : sentimentInputs;
        var trainer = new ModelTrainer(config.Featurizer, config.Trainer, seed: 1) { Aliases = inputs.Aliases, Representatives = inputs.Representatives, Lexicon = inputs.Lexicon };
        var train = TrainCommand.Read(set.Train.Select(f => Path.Combine(datasets, f)).ToArray(), set.Task, keepDuplicates: true);
        var settings = Tuning.SearchSpace.Describe(set.Task, config.Featurizer, config.Trainer);
        if (set.Test is null)
        {
            var cv = Timed(TimingRuns, () => CrossValidator.Run(train, BenchmarkSet.Folds, seed: 1, trainer, config.Trainer, cancellation: cancellation), r => r.TrainSeconds);
            return new BenchmarkResult(set, Value(set, cv.Result.Mean), cv.Result.Mean.Accuracy, cv.Runs.Min(), settings, null) { RunSeconds = cv.Runs };
        }

        var test = TrainCommand.Read([Path.Combine(datasets, set.Test)], set.Task, keepDuplicates: true);
        var (model, runs) = Timed(TimingRuns, () => trainer.Train(train, cancellation), m => m.Elapsed.TotalSeconds);
        var (report, predicted) = Evaluator.Evaluate(model.ToScorer(), test);
        var intervals = Bootstrap.Intervals(set.Task, test.Examples.Select(e => e.Label).ToArray(), predicted);
        return new BenchmarkResult(set, Value(set, report), report.Accuracy, runs.Min(), settings, null)
        {
            RunSeconds = runs,
            Interval = intervals[set.Metric switch { "accuracy" => "accuracy", "favg" => "favg", _ => "macroF1" }],
        };
    }

    /// <summary>
    /// Runs <paramref name="train"/> <paramref name="runs"/> times (at least once), each after a full garbage collection (so that no
    /// run pays for collecting an earlier one's memory), and returns the first run's result with every run's seconds, in order.
    /// </summary>
    internal static (T Result, double[] Runs) Timed<T>(int runs, Func<T> train, Func<T, double> seconds)
    {
        T? first = default;
        var each = new double[Math.Max(1, runs)];
        for (var run = 0; run < each.Length; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var result = train();
            first = run == 0 ? result : first;
            each[run] = seconds(result);
        }

        return (first!, each);
    }

    /// <summary>
    /// Trains once on a few hundred rows with each kind of learner and an ensemble, and once with word vectors, so that timed runs include
    /// neither the JIT compiling the training code nor the one-time load of the word-vector table.
    /// </summary>
    public void WarmUp(CancellationToken cancellation)
    {
        var set = BenchmarkSet.All.FirstOrDefault(s => s.Test is not null && File.Exists(Path.Combine(datasets, s.Train[0])));
        if (set is null)
        {
            return;
        }

        var rows = TrainCommand.Read([Path.Combine(datasets, set.Train[0])], set.Task, keepDuplicates: true);
        var small = new Classifier.Data.LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(300).ToArray(), [], rows.Sha256);
        foreach (var trainer in new[] { "maxent", "sdca", "ova-svm", "ova-svc", "nb-logistic", "maxent+nb-logistic" })
        {
            var settings = new TrainerSettings { Trainer = trainer, L2 = trainer == "ova-svc" ? 2 : new TrainerSettings().L2 };
            var featurizer = new Classifier.Features.FeaturizerSettings { WordVectors = trainer == "ova-svc" };
            new ModelTrainer(featurizer, settings, 1) { Lexicon = sentimentInputs.Lexicon }.Train(small, cancellation);
        }
    }

    private static double Value(BenchmarkSet set, EvaluationReport report) => set.Metric switch
    {
        "accuracy" => report.Accuracy,
        "favg" => report.Favg ?? 0,
        _ => report.MacroF1,
    };
}
