using System.Diagnostics;
using System.Text.Json;
using Classifier.Model;

namespace Classifier.Benchmarks;

/// <summary>
/// Scores the text column of a file (repeated up to --min sentences) and prints one JSON line:
/// sentences, seconds (median of five timed passes), sentencesPerSecond (PredictBatch on every core, or --threads N threads each calling
/// Predict), p50Micros and p99Micros (single-threaded Predict per call), allocatedBytesPerSentence, peakWorkingSetMB.
/// </summary>
internal static class Throughput
{
    public static int Run(Options options)
    {
        var path = options.Required("model");
        var task = ModelLoading.FromFile(path, task: null, options: null).Info.Task;
        var items = Texts.Load(options.Required("data"), task, options.Int("min", 50_000));
        var threads = options.Get("threads") is { } t ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : 0;
        Func<int, int, int> scoreRange;
        Action<(string, string?)[]> batch;
        Func<string, string?, object> one;
        if (task == ClassifierTask.Stance)
        {
            var c = StanceClassifier.Load(path);
            one = (text, target) => c.Predict(text, target!);
            batch = xs => c.PredictBatch(xs.Select(x => (x.Item1, x.Item2!)).ToArray());
        }
        else
        {
            var c = SentimentClassifier.Load(path);
            one = (text, _) => c.Predict(text);
            batch = xs => c.PredictBatch(xs.Select(x => x.Item1).ToArray());
        }

        scoreRange = (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                one(items[i].Text, items[i].Target);
            }

            return to - from;
        };

        // Warm-up: tiered JIT promotes hot methods to optimised code after a few calls plus a background delay,
        // so score a good share of the input on every path and pause before measuring.
        scoreRange(0, Math.Min(items.Length, 20_000));
        batch(items[..Math.Min(items.Length, 20_000)]);
        Thread.Sleep(300);
        scoreRange(0, Math.Min(items.Length, 20_000));
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var runs = new double[5]; // the median of five timed passes, to damp a noisy machine
        for (var run = 0; run < runs.Length; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            if (threads > 0)
            {
                var workers = Enumerable.Range(0, threads).Select(w => new Thread(() =>
                    scoreRange(items.Length * w / threads, items.Length * (w + 1) / threads))).ToArray();
                foreach (var worker in workers)
                {
                    worker.Start();
                }

                foreach (var worker in workers)
                {
                    worker.Join();
                }
            }
            else
            {
                batch(items);
            }

            runs[run] = stopwatch.Elapsed.TotalSeconds;
        }

        Array.Sort(runs);
        var seconds = runs[runs.Length / 2];
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs.Length;
        var (p50, p99) = Latency(items, one);
        Console.WriteLine(BenchJson.Line(new
        {
            sentences = items.Length,
            seconds = Math.Round(seconds, 4),
            sentencesPerSecond = Math.Round(items.Length / seconds),
            p50Micros = Math.Round(p50, 2),
            p99Micros = Math.Round(p99, 2),
            allocatedBytesPerSentence = Math.Round(allocated / (double)items.Length, 1),
            peakWorkingSetMB = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1),
            threads = threads > 0 ? threads.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"PredictBatch ({Environment.ProcessorCount} cores)",
            task = TaskLabels.Name(task),
        }));
        return 0;
    }

    /// <summary>Per-call latency of Predict on one thread, over up to 20,000 of the sentences.</summary>
    private static (double P50, double P99) Latency((string Text, string? Target)[] items, Func<string, string?, object> one)
    {
        var n = Math.Min(items.Length, 20_000);
        var micros = new double[n];
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            one(items[i].Text, items[i].Target);
            micros[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
        }

        Array.Sort(micros);
        return (micros[n / 2], micros[(int)(n * 0.99)]);
    }
}
