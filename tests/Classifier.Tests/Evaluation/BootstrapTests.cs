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

    [Fact]
    public void Measure_AllRows_MatchesTheMetricsWorkedByHand()
    {
        // Rows (gold -> predicted): favor->favor, favor->against, against->against, none->favor.
        //   favor: tp 1, fp 1, fn 1: F1 2 / (2 + 1 + 1) = 1/2. against: tp 1, fp 1: F1 2 / (2 + 1) = 2/3. none: fn 1, F1 0.
        //   Accuracy 2/4; macro-F1 (1/2 + 2/3 + 0) / 3 = 7/18; F_avg (1/2 + 2/3) / 2 = 7/12.
        var coded = Bootstrap.Encode(ClassifierTask.Stance, ["favor", "favor", "against", "none"], ["favor", "against", "against", "favor"]);

        var m = Bootstrap.Measure(coded, 0, [0, 1, 2, 3]);

        Assert.Equal(3, m.Length);
        Assert.Equal(0.5, m[0], 12);
        Assert.Equal(7.0 / 18, m[1], 12);
        Assert.Equal(7.0 / 12, m[2], 12);
    }

    [Fact]
    public void Measure_DrawWithoutALabel_AveragesMacroF1OverTheLabelsTheDrawHas()
    {
        // Rows 0 (favor->favor) twice and 2 (against->against): favor F1 1, against F1 1; none, absent from the draw, is
        // left out of macro-F1 as Metrics leaves out a label never gold nor predicted: 1, not (1 + 1 + 0) / 3.
        var coded = Bootstrap.Encode(ClassifierTask.Stance, ["favor", "favor", "against", "none"], ["favor", "against", "against", "favor"]);

        var m = Bootstrap.Measure(coded, 0, [0, 0, 2]);

        Assert.Equal([1.0, 1.0, 1.0], m);
    }

    [Fact]
    public void Measure_SecondPredictionList_ScoresThatList()
    {
        // List 1 gets rows 0 and 1 right and row 2 wrong (negative->positive): accuracy 2/3;
        // negative F1 0 (fn 1), neutral 1, positive 2 / (2 + 1) = 2/3: macro-F1 (0 + 1 + 2/3) / 3 = 5/9. Sentiment: F_avg 0.
        var coded = Bootstrap.Encode(ClassifierTask.Sentiment, ["positive", "neutral", "negative"],
            ["positive", "positive", "positive"], ["positive", "neutral", "positive"]);

        var m = Bootstrap.Measure(coded, 1, [0, 1, 2]);

        Assert.Equal(2.0 / 3, m[0], 12);
        Assert.Equal(5.0 / 9, m[1], 12);
        Assert.Equal(0, m[2]);
    }

    [Fact]
    public void Measure_DrawWithoutFavor_FavgCountsFavorAsZero()
    {
        // Row 2 alone (against->against): against F1 1, favor absent from the draw counts 0: F_avg 1/2, not 1, nor NaN.
        var coded = Bootstrap.Encode(ClassifierTask.Stance, ["favor", "favor", "against", "none"], ["favor", "against", "against", "favor"]);

        var m = Bootstrap.Measure(coded, 0, [2]);

        Assert.Equal([1.0, 1.0, 0.5], m);
    }

    [Theory]
    // No favor label at all: against tp 1, fp 1: F1 2/3; F_avg (0 + 2/3) / 2. (none's F1, also 2/3, is not favor's.)
    [InlineData("against,none,none", "against,against,none")]
    // No against label at all: favor F1 2/3, the same way.
    [InlineData("favor,none,none", "favor,favor,none")]
    public void Measure_StanceWithoutAPolarLabel_FavgCountsItAsZero(string gold, string predicted)
    {
        var coded = Bootstrap.Encode(ClassifierTask.Stance, gold.Split(','), predicted.Split(','));

        var m = Bootstrap.Measure(coded, 0, [0, 1, 2]);

        Assert.Equal(1.0 / 3, m[2], 12);
    }

    [Fact]
    public void Interval_OneValue_IsThatValue()
    {
        Assert.Equal(new MetricInterval(0.7, 0.7), Bootstrap.Interval([0.7]));
    }

    [Fact]
    public void Encode_SecondPredictionListShort_Throws()
    {
        string[] gold = ["favor", "none"];

        Assert.Throws<ArgumentException>(() => Bootstrap.Encode(ClassifierTask.Stance, gold, gold, ["favor"]));
    }

    [Fact]
    public void Interval_ElevenValues_InterpolatesBetweenTheNearestRanks()
    {
        // numpy.percentile([0, 10, ..., 100], [2.5, 97.5]): positions 0.025 * 10 = 0.25 and 9.75, so 2.5 and 97.5.
        double[] values = [50, 100, 0, 30, 90, 10, 70, 20, 80, 40, 60];

        var interval = Bootstrap.Interval(values);

        Assert.Equal(2.5, interval.Low, 12);
        Assert.Equal(97.5, interval.High, 12);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("favor", "")]
    [InlineData("favor", "favor,none")]
    public void Encode_EmptyOrUnequalLengths_Throws(string gold, string predicted)
    {
        static string[] Split(string s) => s.Length == 0 ? [] : s.Split(',');

        var error = Assert.Throws<ArgumentException>(() => Bootstrap.Encode(ClassifierTask.Stance, Split(gold), Split(predicted)));

        Assert.Equal("Gold and predicted labels must be non-empty and of equal length.", error.Message);
    }

    [Fact]
    public void Draws_SameSeed_SameRowsEachInRange()
    {
        var first = Bootstrap.Draws(7, 20, seed: 4).Select(d => d.ToArray()).ToArray();
        var second = Bootstrap.Draws(7, 20, seed: 4).Select(d => d.ToArray()).ToArray();

        Assert.Equal(20, first.Length);
        Assert.All(first, d => Assert.Equal(7, d.Length));
        Assert.All(first.SelectMany(d => d), i => Assert.InRange(i, 0, 6));
        Assert.Equal(first, second);
    }

    private static (string[] Gold, string[] Predicted) Noisy(ClassifierTask task, int n, int seed)
    {
        var labels = TaskLabels.For(task).ToArray();
        var random = new Random(seed);
        var gold = Enumerable.Range(0, n).Select(_ => labels[random.Next(labels.Length)]).ToArray();
        return (gold, gold.Select(g => random.NextDouble() < 0.7 ? g : labels[random.Next(labels.Length)]).ToArray());
    }
}
