using System.Diagnostics;
using System.Text.Json;
using Classifier.Data;
using Classifier.Training.Training;

namespace Classifier.Benchmarks;

/// <summary>Trains on --data (after a small warm-up run) and prints training seconds (and the featurising part of them) and the process's peak working set. One JSON line.</summary>
internal static class TrainSpeed
{
    public static int Run(Options options)
    {
        var task = options.Get("task") == "stance" ? ClassifierTask.Stance : ClassifierTask.Sentiment;
        var data = LabeledDataReader.Read([options.Required("data")], task, keepDuplicates: true);
        var config = options.Get("config") is { } c ? TrainingConfig.Load(c) : TrainingConfig.Default(task);
        var lexicon = LexiconFile.Read(options.Required("lexicon"));
        var warmUp = new LabeledDataSet(data.Task, data.Paths, data.Examples.Take(300).ToArray(), [], data.Sha256);
        new ModelTrainer(config.Featurizer, config.Trainer, 1) { Lexicon = lexicon }.Train(warmUp);
        var stopwatch = Stopwatch.StartNew();
        var trainer = new ModelTrainer(config.Featurizer, config.Trainer, 1) { Lexicon = lexicon };
        var prepared = trainer.Prepare(data);
        var model = trainer.Learn(prepared, config.Trainer);
        Console.WriteLine(BenchJson.Line(new
        {
            rows = data.Examples.Count,
            trainer = config.Trainer.Trainer,
            trainSeconds = Math.Round(model.Elapsed.TotalSeconds, 2),
            prepareSeconds = Math.Round(prepared.Elapsed.TotalSeconds, 2),
            wallSeconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 2),
            peakWorkingSetMB = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1),
        }));
        return 0;
    }
}
