using Classifier.Training.Benchmarks;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Tests.Docs;

/// <summary>
/// docs/benchmarks.md is written by <c>scripts/benchmark.sh</c>, which takes ten minutes and the public sets, so CI does
/// not run it; these tests check, without running it, the parts of the committed report that the repository alone
/// decides: the public sets' rows and the settings each was trained with (a changed <c>bench/configs</c> file, or a
/// changed description of the settings, left the report describing settings no longer used), and the shipped models'
/// rows, which must be the figures <c>scripts/retrain.sh</c> wrote into models/REPORT.md for the models committed now (a
/// retrain without a new report left it giving the old models' figures).
/// </summary>
public sealed class BenchmarksReportStalenessTests
{
    private static readonly string[] Report =
        File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "benchmarks.md")).Select(line => line.TrimEnd()).ToArray();

    [Fact]
    public void PublicSetRows_Report_OneForEachBenchmarkSetInOrder()
    {
        var titles = Table("| set | ours |").Select(cells => cells[0]);

        Assert.Equal(BenchmarkSet.All.Select(set => set.Title), titles);
    }

    [Fact]
    public void OurSettings_EachPublicSet_AreWhatItsBenchConfigDescribes()
    {
        var rows = Table("| set | ours |").ToDictionary(cells => cells[0], cells => cells[^1]);

        Assert.All(BenchmarkSet.All, set =>
        {
            var file = Path.Combine(TestPaths.RepositoryRoot, "bench", "configs", set.Key + ".json");
            var config = File.Exists(file) ? TrainingConfig.Load(file) : TrainingConfig.Default(set.Task);
            var expected = SearchSpace.Describe(set.Task, config.Featurizer, config.Trainer);
            Assert.True(rows.TryGetValue(set.Title, out var shown), $"docs/benchmarks.md has no row '{set.Title}'");
            Assert.True(expected == shown,
                $"'{set.Title}': the report says '{shown}', bench/configs/{set.Key}.json gives '{expected}'; regenerate the report with scripts/benchmark.sh");
        });
    }

    [Fact]
    public void ShippedModelRows_EachHeldOutFile_AreTheFiguresOfModelsReport()
    {
        // models/REPORT.md: | model | size | held-out file | examples | accuracy | macro-F1 | interval | F_avg | ECE |
        // docs/benchmarks.md: | model | data | examples | accuracy | macro-F1 | F_avg | mean confidence | ECE |
        var retrained = ModelsReadmeMetricsTests.SummaryTable(ModelsReadmeMetricsTests.Lines("REPORT.md")).Skip(2)
            .Select(Cells)
            .Select(c => (Model: c[0].Trim('`'), File: c[2].Trim('`'), Figures: (c[3], c[4], c[5], c[7], c[8])))
            .ToArray();
        var benchmarked = Table("| model | data |")
            .Where(c => c[1].StartsWith("`data/", StringComparison.Ordinal))
            .Select(c => (Model: c[0].Trim('`')["models/".Length..], File: c[1].Trim('`')["data/".Length..], Figures: (c[2], c[3], c[4], c[5], c[7])))
            .ToArray();

        Assert.NotEmpty(retrained);
        Assert.Equal(retrained.Select(r => (r.Model, r.File)), benchmarked.Select(b => (b.Model, b.File)));
        Assert.All(retrained.Zip(benchmarked), pair => Assert.True(pair.First.Figures == pair.Second.Figures,
            $"{pair.First.Model} on {pair.First.File}: models/REPORT.md gives {pair.First.Figures}, docs/benchmarks.md " +
            $"{pair.Second.Figures} (examples, accuracy, macro-F1, F_avg, ECE); regenerate the report with scripts/benchmark.sh"));
    }

    /// <summary>The body rows of the report's table whose header starts with <paramref name="header"/>, as trimmed cells.</summary>
    private static IEnumerable<string[]> Table(string header)
    {
        var start = Array.FindIndex(Report, line => line.StartsWith(header, StringComparison.Ordinal));
        Assert.True(start >= 0, $"docs/benchmarks.md has no table headed '{header}'");
        return Report.Skip(start + 2).TakeWhile(line => line.StartsWith('|')).Select(Cells);
    }

    private static string[] Cells(string row) => row.Split('|')[1..^1].Select(cell => cell.Trim()).ToArray();
}
