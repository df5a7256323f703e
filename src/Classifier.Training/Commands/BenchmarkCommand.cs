using System.CommandLine;
using Classifier.Training.Benchmarks;
using Classifier.Training.Cli;
using Classifier.Training.Training;

namespace Classifier.Training.Commands;

/// <summary><c>benchmark</c>: our pipeline on every public set, beside scikit-learn's output; the shipped models; figures; docs/benchmarks.md.</summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var datasets = new Option<string>("--datasets") { Description = "Folder of the public sets (../shared/datasets).", Required = true };
        var sklearn = new Option<string[]>("--sklearn") { Description = "Output file(s) of sklearn_baselines.py from this session.", AllowMultipleArgumentsPerToken = true };
        var configs = new Option<string>("--configs") { Description = "Folder of tuned settings, one KEY.json per set.", DefaultValueFactory = _ => "bench/configs" };
        var models = new Option<string>("--models") { Description = "Folder of the shipped models.", DefaultValueFactory = _ => "models" };
        var data = new Option<string>("--data") { Description = "The project's data folder.", DefaultValueFactory = _ => "data" };
        var output = new Option<string>("--out") { Description = "The report to write.", DefaultValueFactory = _ => "docs/benchmarks.md" };
        var only = new Option<string[]>("--only") { Description = "Run only these sets (keys such as sst2, se16).", AllowMultipleArgumentsPerToken = true };
        var noCurves = new Option<bool>("--no-curves") { Description = "Skip the learning curves (they retrain the shipped models several times)." };
        var timingRuns = new Option<int>("--timing-runs")
        {
            Description = "Train each set this many times and report the shortest training time (the machine's load varies; run scikit-learn's anchor as many times).",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("benchmark", "Measure the pipeline on the public sets and the shipped models; write the benchmark report.")
        {
            datasets, sklearn, configs, models, data, output, only, noCurves, timingRuns,
        };
        command.SetAction((parse, cancellation) => CliRunner.RunAsync(parse, ct =>
        {
            if (parse.GetValue(timingRuns) < 1)
            {
                throw new UsageException($"--timing-runs must be 1 or more (got {parse.GetValue(timingRuns)})");
            }

            var outFile = parse.GetValue(output)!;
            var images = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outFile))!, "images");
            Directory.CreateDirectory(images);
            OutputPath.EnsureWritable(outFile, "benchmarks.md", [.. (parse.GetValue(sklearn) ?? []).Select(f => ("--sklearn", (string?)f))]);
            var dir = parse.GetValue(datasets)!;
            var available = Directory.Exists(dir);
            var sk = SklearnLog.Read(parse.GetValue(sklearn) ?? [], Console.Error);
            var dataDir = parse.GetValue(data)!;
            var sentimentInputs = new FeatureInputs(LexiconFile.Read(Path.Combine(dataDir, "lexicon.tsv")), new Dictionary<string, IReadOnlyList<string>>());
            // The public stance sets train without data/stance/representatives.tsv: it reads office-holders as their
            // countries, which merges the rival candidates of their US election targets (P-Stance, SemEval-2016 task B).
            var stanceInputs = sentimentInputs with { Aliases = AliasFile.Read(Path.Combine(dataDir, "stance", "aliases.tsv")) };
            // The shipped-model table's lists are read now, so that a bad line fails before the public sets' long runs.
            var sentimentFiles = HeldOutList.Read(Path.Combine(dataDir, "sentiment"));
            var stanceFiles = HeldOutList.Read(Path.Combine(dataDir, "stance"));
            var results = new List<BenchmarkResult>();
            if (available)
            {
                var runner = new BenchmarkRunner(dir, parse.GetValue(configs)!, sentimentInputs, stanceInputs) { TimingRuns = parse.GetValue(timingRuns) };
                runner.WarmUp(ct);
                var keys = parse.GetValue(only) ?? [];
                foreach (var set in BenchmarkSet.All.Where(s => keys.Length == 0 || keys.Contains(s.Key)))
                {
                    TrainCommand.Log($"benchmark {set.Key}: {set.Title}");
                    var r = runner.Run(set, ct);
                    var runs = string.Join(", ", r.RunSeconds.Select(s => s.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
                    TrainCommand.Log(r.Skipped ?? FormattableString.Invariant($"  {set.Metric} {r.Value:0.0000} in {r.TrainSeconds:0.00} s (runs: {runs}; {r.Settings})"));
                    results.Add(r);
                }
            }
            else
            {
                Console.Error.WriteLine($"note: {dir} not found: the public benchmark rows are skipped");
            }

            var shipped = ShippedModels.Measure(parse.GetValue(models)!, dataDir, available ? dir : null, sentimentFiles, stanceFiles).ToArray();
            var figures = Figures(shipped, images, dataDir, parse.GetValue(models)!, sentimentInputs, stanceInputs, !parse.GetValue(noCurves), ct);
            var note = available ? null : $"The public sets were not found at `{dir}` in this run: their rows are missing.";
            var report = BenchmarkReport.Render(results, sk, shipped, figures, note, parse.GetValue(timingRuns));
            Classifier.Model.AtomicFile.WriteAllText(outFile, report + KeptSpeedSection(outFile));
            Console.WriteLine($"wrote {outFile}");
            return Task.FromResult(ExitCodes.Success);
        }, cancellation));
        return command;
    }

    /// <summary>The Speed section scripts/benchmark-speed.sh wrote into the report, kept when the accuracy part is regenerated.</summary>
    private static string KeptSpeedSection(string path)
    {
        const string start = "<!-- speed:start -->", end = "<!-- speed:end -->";
        var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var (i, j) = (text.IndexOf(start, StringComparison.Ordinal), text.IndexOf(end, StringComparison.Ordinal));
        return i >= 0 && j > i ? "\n" + text[i..(j + end.Length)] + "\n" : string.Empty;
    }

    private static List<string> Figures(ShippedResult[] shipped, string images, string data, string models, FeatureInputs sentiment, FeatureInputs stance, bool curves, CancellationToken ct)
    {
        // The learning curves, the one long and cancellable step, are computed before any image is written, so that Ctrl+C
        // during them leaves every image as it was.
        (string, IReadOnlyList<CurvePoint>)[]? series = null;
        if (curves)
        {
            TrainCommand.Log("learning curves");
            // The shipped stance model learns the data folder's representatives (scripts/retrain.sh passes them), so
            // its learning curve does too.
            var people = Path.Combine(data, "stance", "representatives.tsv");
            var shippedStance = File.Exists(people) ? stance with { Representatives = RepresentativesFile.Read(people, stance.Aliases) } : stance;
            series = new[] { ClassifierTask.Sentiment, ClassifierTask.Stance }.Select(task =>
            {
                var configFile = Path.Combine(models, $"{TaskLabels.Name(task)}.config.json");
                var config = File.Exists(configFile) ? TrainingConfig.Load(configFile) : TrainingConfig.Default(task);
                return (TaskLabels.Name(task), ShippedModels.LearningCurve(task, data, config, task == ClassifierTask.Stance ? shippedStance : sentiment, ct));
            }).ToArray();
        }

        var figures = new List<string>();
        foreach (var (s, name) in ShippedModels.ConfusionFigures(shipped))
        {
            Plots.ConfusionMatrix(s.Report!, $"{Path.GetFileName(s.Model)} on {Path.GetFileName(s.Data)}", Path.Combine(images, name + ".png"));
            figures.Add($"images/{name}.png");
        }

        var calibrated = ShippedModels.ReliabilitySeries(shipped).ToArray();
        if (calibrated.Length > 0)
        {
            Plots.Reliability(calibrated, Path.Combine(images, "reliability.png"));
            figures.Add("images/reliability.png");
        }

        if (series is not null)
        {
            Plots.LearningCurves(series, Path.Combine(images, "learning-curves.png"));
            figures.Add("images/learning-curves.png");
        }

        return figures;
    }
}
