using Classifier.Training.Benchmarks;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Benchmarks;

public sealed class BenchmarkReportTests
{
    [Fact]
    public void Render_TestSetWithInterval_ShowsItAfterOurFigure()
    {
        var se16 = BenchmarkSet.All.Single(s => s.Key == "se16");
        var fpb = BenchmarkSet.All.Single(s => s.Key == "fpb50");
        var results = new[]
        {
            new BenchmarkResult(se16, 0.6966, 0.70, 0.5, "settings", null) { Interval = new MetricInterval(0.6712, 0.7219) },
            new BenchmarkResult(fpb, 0.7941, 0.85, 0.2, "settings", null),
        };

        var markdown = BenchmarkReport.Render(results, new Dictionary<string, SklearnResult>(), [], [], null);

        Assert.Contains("| **0.6966** ✗ (0.6712-0.7219) |", markdown);
        Assert.Contains("| **0.7941** ✓ |", markdown);
    }
}
