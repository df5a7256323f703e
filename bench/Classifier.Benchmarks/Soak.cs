using System.Diagnostics;
using System.Text.Json;

namespace Classifier.Benchmarks;

/// <summary>Scores --count sentences (default 1,000,000) on every core and reports the working set every tenth of the run: it must not grow.</summary>
internal static class Soak
{
    public static int Run(Options options)
    {
        var sentiment = SentimentClassifier.Load(options.Required("model"));
        var stance = options.Get("stance-model") is { } s ? StanceClassifier.Load(s) : null;
        var texts = Texts.Load(options.Required("data"), ClassifierTask.Sentiment, 0).Select(x => x.Text).ToArray();
        var count = options.Int("count", 1_000_000);
        var samples = new List<double>();
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        var step = Math.Max(1, count / 10);
        while (done < count)
        {
            Parallel.For(done, Math.Min(count, done + step), i =>
            {
                var text = texts[i % texts.Length];
                _ = sentiment.Predict(text);
                if (stance is not null && i % 2 == 0)
                {
                    _ = stance.Predict(text, i % 4 == 0 ? "United States" : "China");
                }
            });
            done = Math.Min(count, done + step);
            GC.Collect();
            samples.Add(Math.Round(Environment.WorkingSet / 1048576.0, 1));
        }

        Console.WriteLine(BenchJson.Line(new
        {
            predictions = count,
            seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 1),
            workingSetMB = samples,
            growthMB = Math.Round(samples[^1] - samples[0], 1),
        }));
        return 0;
    }
}
