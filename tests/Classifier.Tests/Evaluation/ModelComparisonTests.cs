using Classifier.Training.Evaluation;

namespace Classifier.Tests.Evaluation;

public sealed class ModelComparisonTests
{
    private static readonly string[] Stance = ["against", "none", "favor"];

    [Theory]
    [InlineData(0, 10, 0.001953125)] // 2 x 0.5^10
    [InlineData(3, 7, 0.34375)] // 2 x (1 + 10 + 45 + 120) / 1024
    [InlineData(7, 3, 0.34375)]
    [InlineData(5, 5, 1.0)]
    [InlineData(0, 0, 1.0)]
    public void McNemarExact_SmallCounts_EqualsTheBinomialTail(int b, int c, double expected) =>
        Assert.Equal(expected, ModelComparison.McNemarExact(b, c), 12);

    [Fact]
    public void McNemarExact_ThousandsOfRows_DoesNotUnderflow()
    {
        // 400 against 500 of 900: z = 100 / 30, a two-sided normal p of about 0.0009.
        var p = ModelComparison.McNemarExact(400, 500);

        Assert.InRange(p, 0.0005, 0.0015);
        Assert.Equal(p, ModelComparison.McNemarExact(500, 400), 12);
    }

    [Fact]
    public void McNemarExact_TermsTooLargeForExp_StaysExact()
    {
        // 2,000 against 2,100 of 4,100: the first term, 2^-4100 (about e^-2842), and C(4100, 2000) (about e^2840) both lie far
        // outside a double's range, so the tail is summed in log space. Exact, with integer binomials:
        // 2 x (sum of C(4100, i) for i <= 2000) / 2^4100 = 0.1220650 (Python's math.comb and fractions).
        Assert.Equal(0.122065, ModelComparison.McNemarExact(2000, 2100), 6);
    }

    [Fact]
    public void Compare_FewerThanAHundredSamples_Throws()
    {
        string[] labels = ["favor", "none"];

        Assert.Throws<ArgumentOutOfRangeException>("samples", () => ModelComparison.Compare(ClassifierTask.Stance, labels, labels, labels, samples: 99, seed: 1));
    }

    [Fact]
    public void Compare_ModelWrongWhereBaselineWasRight_WorseWithTheIntervalBelowZero()
    {
        var gold = Enumerable.Range(0, 200).Select(i => Stance[i % 3]).ToArray();
        var model = gold.Select((g, i) => i % 5 == 0 ? Stance[(i + 1) % 3] : g).ToArray();

        var report = ModelComparison.Compare(ClassifierTask.Stance, gold, gold, model, samples: 1000, seed: 1);

        var accuracy = report.Metrics.Single(m => m.Name == "accuracy");
        Assert.Equal((1.0, 0.8, -0.2), (accuracy.Baseline, accuracy.Model, Math.Round(accuracy.Difference, 12)));
        Assert.True(accuracy.High < -0.1, $"interval {accuracy.Low} to {accuracy.High}");
        Assert.All(report.Metrics, m => Assert.Equal("worse", m.Verdict));
        Assert.Equal((0, 40), (report.Gained, report.Lost));
        Assert.True(report.McNemarP < 1e-9);
    }

    [Fact]
    public void Compare_SamePredictions_NoDifferenceAnywhere()
    {
        var (gold, predicted) = Labels(300, seed: 3);

        var report = ModelComparison.Compare(ClassifierTask.Stance, gold, predicted, predicted, samples: 500, seed: 1);

        Assert.All(report.Metrics, m => Assert.Equal((0.0, 0.0, 0.0, "no clear difference"), (m.Difference, m.Low, m.High, m.Verdict)));
        Assert.Equal((0, 0, 1.0), (report.Gained, report.Lost, report.McNemarP));
    }

    [Fact]
    public void Compare_ModelRightWhereBaselineWasWrong_BetterWithTheIntervalAboveZero()
    {
        var gold = Enumerable.Range(0, 200).Select(i => Stance[i % 3]).ToArray();
        var baseline = gold.Select((g, i) => i % 5 == 0 ? Stance[(i + 1) % 3] : g).ToArray();

        var report = ModelComparison.Compare(ClassifierTask.Stance, gold, baseline, gold, samples: 1000, seed: 1);

        var accuracy = report.Metrics.Single(m => m.Name == "accuracy");
        Assert.Equal((0.8, 1.0, 0.2), (accuracy.Baseline, accuracy.Model, Math.Round(accuracy.Difference, 12)));
        Assert.True(accuracy.Low > 0.1, $"interval {accuracy.Low} to {accuracy.High}");
        Assert.All(report.Metrics, m => Assert.Equal("better", m.Verdict));
        Assert.Equal((40, 0), (report.Gained, report.Lost));
        Assert.True(report.McNemarP < 1e-9);
    }

    [Theory]
    [InlineData(ClassifierTask.Stance, 11)]
    [InlineData(ClassifierTask.Sentiment, 12)]
    public void Compare_PointValues_EqualTheEvaluationMetricsAndLieInTheirIntervals(ClassifierTask task, int seed)
    {
        var (gold, baseline) = Labels(400, seed, task);
        var (_, model) = Labels(400, seed + 100, task);

        var report = ModelComparison.Compare(task, gold, baseline, model, samples: 1000, seed: 1);

        var a = Metrics.Compute(task, gold, baseline);
        var b = Metrics.Compute(task, gold, model);
        var expected = new Dictionary<string, (double, double)> { ["accuracy"] = (a.Accuracy, b.Accuracy), ["macroF1"] = (a.MacroF1, b.MacroF1) };
        if (task == ClassifierTask.Stance)
        {
            expected["favg"] = (a.Favg!.Value, b.Favg!.Value);
        }

        Assert.Equal(expected.Keys, report.Metrics.Select(m => m.Name));
        foreach (var m in report.Metrics)
        {
            Assert.Equal(expected[m.Name].Item1, m.Baseline, 12);
            Assert.Equal(expected[m.Name].Item2, m.Model, 12);
            Assert.InRange(m.Difference, m.Low, m.High);
        }
    }

    [Fact]
    public void Compare_SameSeed_SameIntervals()
    {
        var (gold, baseline) = Labels(150, seed: 5);
        var (_, model) = Labels(150, seed: 6);

        var first = ModelComparison.Compare(ClassifierTask.Stance, gold, baseline, model, samples: 300, seed: 9);
        var second = ModelComparison.Compare(ClassifierTask.Stance, gold, baseline, model, samples: 300, seed: 9);

        Assert.Equal(first.Metrics, second.Metrics);
    }

    /// <summary>Gold labels and a prediction that agrees with them about two times in three.</summary>
    private static (string[] Gold, string[] Predicted) Labels(int n, int seed, ClassifierTask task = ClassifierTask.Stance)
    {
        var labels = TaskLabels.For(task).ToArray();
        var random = new Random(seed);
        var gold = Enumerable.Range(0, n).Select(_ => labels[random.Next(labels.Length)]).ToArray();
        var predicted = gold.Select(g => random.NextDouble() < 0.67 ? g : labels[random.Next(labels.Length)]).ToArray();
        return (gold, predicted);
    }
}
