using Classifier.Training.Benchmarks;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Benchmarks;

/// <summary>The calibration columns and the reliability diagram of the benchmark report's shipped-model section.</summary>
public sealed class ShippedCalibrationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Render_ShippedModelWithCalibration_ShowsMeanConfidenceAndEce()
    {
        var shipped = new ShippedResult("/x/models/sentiment.zip", "/x/data/sentiment/test.tsv", Report(), null);

        var markdown = BenchmarkReport.Render([], new Dictionary<string, SklearnResult>(), [shipped], [], null);

        Assert.Contains("| model | data | examples | accuracy | macro-F1 | F_avg | mean confidence | ECE |", markdown);
        Assert.Contains("| `models/sentiment.zip` | `data/sentiment/test.tsv` | 10 | 0.7000 | 0.6500 |  | 0.7200 | 0.3000 |", markdown);
    }

    [Fact]
    public void Reliability_TwoSeries_WritesAPng()
    {
        var path = Path.Combine(_dir.Path, "reliability.png");

        Plots.Reliability([("sentiment on test.tsv", Report().Calibration!), ("stance on test.tsv", Report().Calibration!)], path);

        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    /// <summary>Ten rows: four at 0.9 (two right), six at 0.6 (five right).</summary>
    private static EvaluationReport Report()
    {
        string[] gold = ["a", "a", "b", "b", "a", "a", "a", "a", "a", "b"];
        var scored = Enumerable.Range(0, 10).Select(i => new RowPrediction("a",
            new Dictionary<string, double> { ["a"] = i < 4 ? 0.9 : 0.6, ["b"] = i < 4 ? 0.1 : 0.4 })).ToArray();
        return new EvaluationReport
        {
            Task = "sentiment",
            Examples = 10,
            Accuracy = 0.7,
            MacroF1 = 0.65,
            PerClass = new Dictionary<string, ClassMetrics>(),
            Confusion = new ConfusionMatrix(["a", "b"], [[7, 0], [3, 0]]),
            Calibration = Calibration.Measure(gold, scored),
        };
    }
}
