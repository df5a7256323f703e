using Classifier.Training.Benchmarks;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Benchmarks;

/// <summary>
/// The benchmark report's confusion matrices: each image shows the model and file its name says (the stance images showed
/// the sentiment model on test_comparisons.tsv and test_measures.tsv, the second and third files measured), and each
/// count stands out on its cell (the diagonal's counts were white on white).
/// </summary>
public sealed class ConfusionFigureTests
{
    [Fact]
    public void ConfusionFigures_ShippedResultsInMeasuredOrder_DrawEachModelOnTheFileItsImageNames()
    {
        var shipped = TestPaths.HeldOut("sentiment").Select(f => Result("sentiment", f))
            .Concat(TestPaths.HeldOut("stance").Select(f => Result("stance", f))).ToArray();

        var figures = ShippedModels.ConfusionFigures(shipped).Select(x => (x.Name, BenchmarkReport.Rel(x.Result.Model), BenchmarkReport.Rel(x.Result.Data)));

        Assert.Equal(
        [
            ("confusion-sentiment-test", "models/sentiment.zip", "data/sentiment/test.tsv"),
            ("confusion-stance-test", "models/stance.zip", "data/stance/test.tsv"),
            ("confusion-stance-unseen-targets", "models/stance.zip", "data/stance/test_unseen_targets.tsv"),
        ], figures);
    }

    [Fact]
    public void ConfusionFigures_FileNotMeasured_IsLeftOut()
    {
        var shipped = new[] { Result("sentiment", "test"), Result("stance", "test") with { Report = null, Skipped = "skipped" }, Result("stance", "test_unseen_targets") };

        Assert.Equal(["confusion-sentiment-test", "confusion-stance-unseen-targets"], ShippedModels.ConfusionFigures(shipped).Select(x => x.Name));
    }

    [Fact]
    public void ReliabilitySeries_EveryFileMeasured_DrawsTheTestSplitsOnly()
    {
        // Thirty-four lines (every file measured) left a legend that hid the diagram and ran off its edge.
        var shipped = TestPaths.HeldOut("sentiment").Select(f => Result("sentiment", f))
            .Concat(TestPaths.HeldOut("stance").Select(f => Result("stance", f))).ToArray();

        var series = ShippedModels.ReliabilitySeries(shipped).Select(s => s.Name);

        Assert.Equal(["sentiment on data/sentiment/test.tsv", "stance on data/stance/test.tsv", "stance on data/stance/test_unseen_targets.tsv"], series);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(0.9)]
    [InlineData(1.0)]
    public void CellColors_AnyShare_CountStandsOutOnItsFill(double share)
    {
        var (fill, count) = Plots.CellColors(share);

        Assert.True(Math.Abs(Luminance(count) - Luminance(fill)) >= 0.5, $"fill {fill}, count {count}");
    }

    [Fact]
    public void CellColors_LargerShare_IsDarker()
    {
        // A confusion matrix is read by its dark cells: a good model's diagonal.
        Assert.True(Luminance(Plots.CellColors(1).Fill) < Luminance(Plots.CellColors(0.5).Fill));
        Assert.True(Luminance(Plots.CellColors(0.5).Fill) < Luminance(Plots.CellColors(0).Fill));
    }

    private static double Luminance(ScottPlot.Color c) => ((0.2126 * c.R) + (0.7152 * c.G) + (0.0722 * c.B)) / 255;

    private static ShippedResult Result(string task, string file)
    {
        var report = new EvaluationReport
        {
            Task = task,
            Examples = 2,
            Accuracy = 1,
            MacroF1 = 1,
            PerClass = new Dictionary<string, ClassMetrics>(),
            Confusion = new ConfusionMatrix(["a", "b"], [[1, 0], [0, 1]]),
            Calibration = new Calibration(0.9, 0.1, 0.2, 15, []),
        };
        return new ShippedResult($"/x/models/{task}.zip", $"/x/data/{task}/{file}.tsv", report, null);
    }
}
