using BenchmarkDotNet.Running;
using Classifier.Benchmarks;

// dotnet run -c Release --project bench/Classifier.Benchmarks -- <mode> [options]
//   throughput --model M --data FILE [--threads N] [--min 50000]   one JSON line (see Throughput.cs)
//   startup                                                     fresh-process load + first prediction (one JSON line)
//   bare                                                        fresh process to its first line, the library untouched (one JSON line)
//   verify --data TRAIN --test TEST                              library vs ML.NET probabilities on a whole test set
//   train --data FILE [--config C]                              training seconds and peak memory (one JSON line)
//   tree-cost --data FILE [--sizes 1000,3000] [--linear all] [--trees 100x20,50x20] FastTree against the linear trainers (tune's FastTree prior; JSON lines)
//   soak --model M --data FILE [--count 1000000]                 working set over many predictions
//   bdn [BenchmarkDotNet arguments]                              the BenchmarkDotNet suite (Predict, PredictBatch, PredictTargets, Load)
var mode = args.FirstOrDefault() ?? "bdn";
var options = Options.Parse(args.Skip(1).ToArray());
return mode switch
{
    "throughput" => Throughput.Run(options),
    "startup" => Startup.Run(),
    "bare" => Startup.Bare(),
    "verify" => Verify.Run(options),
    "train" => TrainSpeed.Run(options),
    "soak" => Soak.Run(options),
    "tree-cost" => TreeCost.Run(options),
    "speed-report" => SpeedReport.Run(options),
    "bdn" => RunBenchmarkDotNet(args.Skip(1).ToArray()),
    _ => Usage(mode),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(PredictBenchmarks).Assembly).Run(args);
    return 0;
}

static int Usage(string mode)
{
    Console.Error.WriteLine($"unknown mode '{mode}': use throughput, startup, bare, verify, train, tree-cost, soak or bdn");
    return 1;
}
