using Classifier.Training.Benchmarks;
using Classifier.Training.Evaluation;
using Classifier.Tests.Evaluation;

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
    public void Reliability_BinWithEnoughRows_IsDrawn()
    {
        var drawn = Png("drawn", Plots.MinBinRows);
        var empty = Png("empty", rows: null);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, drawn[..4]);
        Assert.NotEqual(empty, drawn);
    }

    [Fact]
    public void Reliability_BinWithTooFewRows_IsLeftOut()
    {
        Assert.Equal(Png("empty", rows: null), Png("small", Plots.MinBinRows - 1));
    }

    /// <summary>The diagram of one series whose only bin (0.6-0.67, 83% right) has <paramref name="rows"/> rows, or no bin at all.</summary>
    private byte[] Png(string name, int? rows)
    {
        CalibrationBin[] bins = rows is { } n ? [new CalibrationBin(0.6, 2.0 / 3, n, 0.83, 0.62)] : [];
        var path = Path.Combine(_dir.Path, name + ".png");
        Plots.Reliability([("sentiment on data/sentiment/test.tsv", new Calibration(0.62, 0.21, 0.5, 15, bins))], path);
        return File.ReadAllBytes(path);
    }

    /// <summary>The ten rows of <see cref="CalibrationSamples.TwoBins"/>.</summary>
    private static EvaluationReport Report()
    {
        var (gold, scored) = CalibrationSamples.TwoBins();
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
