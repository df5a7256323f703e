using System.Diagnostics;
using System.Text.Json;

namespace Classifier.Benchmarks;

/// <summary>
/// Run in a fresh process: the time from process start until LoadDefault() has scored its first sentence,
/// and the working set once both default models are loaded and used. One JSON line.
/// </summary>
internal static class Startup
{
    /// <summary>
    /// A bare run, for scale: the time from process start until this program's first line runs, without touching the
    /// library. Measured beside <see cref="Run"/> in the same session, it shows how much of the start-up is the runtime's
    /// own and how much this machine is drifting. One JSON line.
    /// </summary>
    public static int Bare()
    {
        var toFirstLine = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine(BenchJson.Line(new { toFirstLineMs = Math.Round(toFirstLine.TotalMilliseconds, 1) }));
        return 0;
    }

    public static int Run()
    {
        var sentiment = SentimentClassifier.LoadDefault();
        _ = sentiment.Predict("Talks resumed after a two-year freeze.");
        var firstPrediction = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var jitAtFirstPrediction = System.Runtime.JitInfo.GetCompilationTime();
        var methodsAtFirstPrediction = System.Runtime.JitInfo.GetCompiledMethodCount();
        var gcPause = GC.GetTotalPauseDuration();
        var stance = StanceClassifier.LoadDefault();
        _ = stance.Predict("Seoul welcomed the offer.", "South Korea");
        var bothLoaded = DateTime.Now - Process.GetCurrentProcess().StartTime;
        GC.Collect();
        Console.WriteLine(BenchJson.Line(new
        {
            firstPredictionMs = Math.Round(firstPrediction.TotalMilliseconds, 1),
            jitMsAtFirstPrediction = Math.Round(jitAtFirstPrediction.TotalMilliseconds, 1),
            methodsJittedAtFirstPrediction = methodsAtFirstPrediction,
            gcPauseMsAtFirstPrediction = Math.Round(gcPause.TotalMilliseconds, 1),
            bothModelsReadyMs = Math.Round(bothLoaded.TotalMilliseconds, 1),
            workingSetMB = Math.Round(Environment.WorkingSet / 1048576.0, 1),
            managedHeapMB = Math.Round(GC.GetTotalMemory(forceFullCollection: true) / 1048576.0, 1),
        }));
        return 0;
    }
}
