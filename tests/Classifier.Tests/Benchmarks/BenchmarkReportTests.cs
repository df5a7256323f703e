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

    [Theory]
    // Just under the bar (SemEval-2016's 0.70): four places would show the bar itself beside the miss.
    [InlineData(0.69996, "| **0.69996** ✗ |")]
    [InlineData(0.699996, "| **0.699996** ✗ |")]
    // Just over it, or a clear miss: four places, as every figure.
    [InlineData(0.70004, "| **0.7000** ✓ |")]
    [InlineData(0.6975, "| **0.6975** ✗ |")]
    public void Render_FigureNextToTheBar_ShowsTheDigitsThatDecideIt(double value, string expected)
    {
        var se16 = BenchmarkSet.All.Single(s => s.Key == "se16");

        var markdown = BenchmarkReport.Render([new BenchmarkResult(se16, value, 0.70, 0.5, "settings", null)], new Dictionary<string, SklearnResult>(), [], [], null);

        Assert.Contains(expected, markdown);
    }

    [Fact]
    public void Render_OursSlowerThanScikitLearn_MarksOnlyThatRatio()
    {
        var sst2 = BenchmarkSet.All.Single(s => s.Key == "sst2");
        var se16 = BenchmarkSet.All.Single(s => s.Key == "se16");
        var results = new[]
        {
            new BenchmarkResult(sst2, 0.8517, 0.8517, 1.73, "settings", null) { RunSeconds = [1.91, 1.73, 1.80] },
            new BenchmarkResult(se16, 0.6963, 0.70, 0.62, "settings", null),
        };
        var sklearn = SklearnLog.Parse(
        [
            $"{sst2.SklearnLine}   F1m= 82.86 acc= 82.87 train_s=  1.59 predict_per_s= 5030",
            $"{se16.SklearnLine}   Favg= 68.48 acc= 66.85 train_s=  0.70 predict_per_s= 6617",
        ]);

        var markdown = BenchmarkReport.Render(results, sklearn, [], [], null, timingRuns: 3);

        Assert.Contains("| 1.73 (1.91) | 1.59 | 1.09 ✗ |", markdown);
        Assert.Contains("| 0.62 | 0.70 | 0.89 |", markdown);
        Assert.Contains("ours the shortest of 3 runs, scikit-learn's one run", markdown);
    }

    [Theory]
    // A hair slower than scikit-learn: two places would show "1.00" marked slower.
    [InlineData(1.594, "| 1.59 | 1.59 | 1.003 ✗ |")]
    // A hair faster: "1.00" unmarked says no more than it is.
    [InlineData(1.586, "| 1.59 | 1.59 | 1.00 |")]
    public void Render_TimeRatioJustOverOne_ShowsTheDigitsThatMarkIt(double ours, string expected)
    {
        var sst2 = BenchmarkSet.All.Single(s => s.Key == "sst2");
        var sklearn = SklearnLog.Parse([$"{sst2.SklearnLine}   F1m= 82.86 acc= 82.87 train_s=  1.59 predict_per_s= 5030"]);

        var markdown = BenchmarkReport.Render([new BenchmarkResult(sst2, 0.8517, 0.8517, ours, "settings", null)], sklearn, [], [], null);

        Assert.Contains(expected, markdown);
    }
}
