using System.Diagnostics;
using Classifier.Data;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Benchmarks;

/// <summary>
/// What <c>tune</c>'s FastTree prior (<see cref="CandidateTimes.FastTreeTimesLinear"/>, <see cref="CandidateTimes.FastTreeSecondsPerRow"/>)
/// rests on: on the first N rows of --data (for each of --sizes), featurised once with the start settings, the seconds each
/// trainer of tune's trainer grid takes to learn (as tune times a candidate: the learner plus the 50-row equivalence check),
/// then the ratios of FastTree (the first of --trees, else the grid's) to maxent and to the slowest linear trainer, and
/// FastTree's seconds per row. One JSON line
/// per trainer run, then one summary line per size. Scripted by scripts/fasttree-prior.sh.
/// </summary>
internal static class TreeCost
{
    public static int Run(Options options)
    {
        var task = options.Get("task") == "stance" ? ClassifierTask.Stance : ClassifierTask.Sentiment;
        var data = LabeledDataReader.Read([options.Required("data")], task);
        var config = options.Get("config") is { } c ? TrainingConfig.Load(c) : TrainingConfig.Default(task);
        var lexicon = options.Get("lexicon") is { } l ? LexiconFile.Read(l) : null;
        var sizes = (options.Get("sizes") ?? "1000,3000").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        // "first": one setting of each trainer (tune's first round); "all": the whole linear grid.
        var grid = SearchSpace.Trainers(task, config.Trainer).Where(t => t.ClassWeighting == "none" && t.ClassWeights is null).ToList();
        var trees = grid.Where(t => t.Trainer.Contains("fasttree", StringComparison.Ordinal)).ToArray();
        var linear = grid.Except(trees).ToArray();
        if (options.Get("linear") != "all")
        {
            linear = linear.GroupBy(t => t.Trainer, StringComparer.Ordinal).Select(g => g.First()).ToArray();
        }

        // --trees 50x20,100x40: other FastTree settings than the grid's, to see how trees and leaves change its cost.
        if (options.Get("trees") is { } shapes)
        {
            trees = shapes.Split(',').Select(s => s.Split('x')).Select(p => trees[0] with
            {
                Trees = int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture),
                Leaves = int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
            }).ToArray();
        }

        ModelTrainer Trainer() => new(config.Featurizer, config.Trainer, 1) { Lexicon = lexicon, VerifyRows = 50 };
        var warmUp = new LabeledDataSet(data.Task, data.Paths, data.Examples.Take(300).ToArray(), [], data.Sha256);
        var warm = Trainer().Prepare(warmUp);
        foreach (var t in linear.Concat(trees).DistinctBy(t => t.Trainer))
        {
            Trainer().Learn(warm, t);
        }

        foreach (var size in sizes.Where(s => s <= data.Examples.Count))
        {
            var subset = new LabeledDataSet(data.Task, data.Paths, data.Examples.Take(size).ToArray(), [], data.Sha256);
            var prepared = Trainer().Prepare(subset);
            var seconds = new List<(TrainerSettings Settings, double Seconds)>();
            foreach (var t in linear.Concat(trees))
            {
                var watch = Stopwatch.StartNew();
                Trainer().Learn(prepared, t);
                seconds.Add((t, watch.Elapsed.TotalSeconds));
                Console.WriteLine(BenchJson.Line(new { rows = size, trainer = SearchSpace.Describe(task, config.Featurizer, t), seconds = Math.Round(watch.Elapsed.TotalSeconds, 2) }));
            }

            var maxent = seconds.First(s => s.Settings.Trainer == TrainerSettings.MaxEnt).Seconds;
            var slowest = seconds.Where(s => !trees.Contains(s.Settings)).MaxBy(s => s.Seconds);
            var tree = seconds.First(s => trees.Contains(s.Settings)).Seconds;
            Console.WriteLine(BenchJson.Line(new
            {
                rows = size,
                features = prepared.Vocabulary.Count,
                prepareSeconds = Math.Round(prepared.Elapsed.TotalSeconds, 2),
                maxentSeconds = Math.Round(maxent, 2),
                slowestLinear = SearchSpace.Describe(task, config.Featurizer, slowest.Settings),
                slowestLinearSeconds = Math.Round(slowest.Seconds, 2),
                fastTreeSeconds = Math.Round(tree, 2),
                fastTreeOverMaxent = Math.Round(tree / maxent, 1),
                fastTreeOverSlowestLinear = Math.Round(tree / slowest.Seconds, 1),
                fastTreeSecondsPerRow = Math.Round(tree / size, 4),
            }));
        }

        return 0;
    }
}
