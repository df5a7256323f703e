using Classifier.Training.Evaluation;

namespace Classifier.Tests.Evaluation;

public sealed class BootstrapTests
{
    [Fact]
    public void Intervals_EveryRowRight_AreAllOne()
    {
        var gold = Enumerable.Range(0, 90).Select(i => TaskLabels.For(ClassifierTask.Stance)[i % 3]).ToArray();

        var intervals = Bootstrap.Intervals(ClassifierTask.Stance, gold, gold, samples: 200);

        Assert.Equal(["accuracy", "macroF1", "favg"], intervals.Keys);
        Assert.All(intervals.Values, i => Assert.Equal(new MetricInterval(1, 1), i));
    }

    [Theory]
    [InlineData(ClassifierTask.Sentiment, 60)]
    [InlineData(ClassifierTask.Sentiment, 2000)]
    [InlineData(ClassifierTask.Stance, 400)]
    public void Intervals_NoisyPredictions_BracketThePointValues(ClassifierTask task, int rows)
    {
        var (gold, predicted) = Noisy(task, rows, seed: rows);
        var report = Metrics.Compute(task, gold, predicted);

        var intervals = Bootstrap.Intervals(task, gold, predicted);

        Assert.InRange(report.Accuracy, intervals["accuracy"].Low, intervals["accuracy"].High);
        Assert.InRange(report.MacroF1, intervals["macroF1"].Low, intervals["macroF1"].High);
        Assert.Equal(task == ClassifierTask.Stance, intervals.ContainsKey("favg"));
        Assert.True(intervals["accuracy"].High - intervals["accuracy"].Low > 0.005, "a noisy sample has some spread");
    }

    [Fact]
    public void Intervals_MoreRows_Narrower()
    {
        var (smallGold, smallPredicted) = Noisy(ClassifierTask.Sentiment, 100, seed: 1);
        var (largeGold, largePredicted) = Noisy(ClassifierTask.Sentiment, 10_000, seed: 1);

        var small = Bootstrap.Intervals(ClassifierTask.Sentiment, smallGold, smallPredicted)["accuracy"];
        var large = Bootstrap.Intervals(ClassifierTask.Sentiment, largeGold, largePredicted)["accuracy"];

        // The width shrinks as one over the square root of the rows: a hundred times the rows, about a tenth the width.
        Assert.InRange((large.High - large.Low) / (small.High - small.Low), 0.05, 0.2);
    }

    private static (string[] Gold, string[] Predicted) Noisy(ClassifierTask task, int n, int seed)
    {
        var labels = TaskLabels.For(task).ToArray();
        var random = new Random(seed);
        var gold = Enumerable.Range(0, n).Select(_ => labels[random.Next(labels.Length)]).ToArray();
        return (gold, gold.Select(g => random.NextDouble() < 0.7 ? g : labels[random.Next(labels.Length)]).ToArray());
    }
}
