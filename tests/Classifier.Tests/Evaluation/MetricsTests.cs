using System.Text.Json;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Evaluation;

/// <summary>
/// <see cref="Metrics.Compute"/> against small confusion matrices worked by hand; per-target F_avg
/// (<see cref="Metrics.TargetFavg"/>): over the polar classes a target's rows have, so that a target with one polar class
/// is not capped at 0.5; the pooled F_avg keeps SemEval-2016's official definition.
/// </summary>
public sealed class MetricsTests
{
    [Fact]
    public void Compute_SmallSentimentConfusion_MatchesTheMetricsWorkedByHand()
    {
        // Rows (gold -> predicted): neg->neg, neg->neg, neg->neu, neu->neg, neu->pos, pos->pos.
        //   negative: tp 2, fp 1, fn 1: precision 2/3, recall 2/3, F1 2/3, support 3.
        //   neutral:  tp 0, fp 1, fn 2: precision 0, recall 0, F1 0, support 2.
        //   positive: tp 1, fp 1, fn 0: precision 1/2, recall 1, F1 2 * 1/2 * 1 / (3/2) = 2/3, support 1.
        // Macro-F1 (2/3 + 0 + 2/3) / 3 = 4/9; accuracy 3 right of 6 = 1/2.
        string[] gold = ["negative", "negative", "negative", "neutral", "neutral", "positive"];
        string[] predicted = ["negative", "negative", "neutral", "negative", "positive", "positive"];

        var report = Metrics.Compute(ClassifierTask.Sentiment, gold, predicted);

        Assert.Equal("sentiment", report.Task);
        Assert.Equal(6, report.Examples);
        Assert.Equal(0.5, report.Accuracy, 12);
        Assert.Equal(4.0 / 9, report.MacroF1, 12);
        Assert.Equal(["negative", "neutral", "positive"], report.PerClass.Keys);
        AssertClass(report.PerClass["negative"], 2.0 / 3, 2.0 / 3, 2.0 / 3, 3);
        AssertClass(report.PerClass["neutral"], 0, 0, 0, 2);
        AssertClass(report.PerClass["positive"], 0.5, 1, 2.0 / 3, 1);
        Assert.Equal(["negative", "neutral", "positive"], report.Confusion.Labels);
        Assert.Equal([[2, 1, 0], [1, 0, 1], [0, 0, 1]], report.Confusion.Matrix);
    }

    [Fact]
    public void Compute_Sentiment_HasNeitherFavgNorPerTarget()
    {
        string[] labels = ["negative", "positive"];

        var report = Metrics.Compute(ClassifierTask.Sentiment, labels, labels, ["China", "China"]);

        Assert.Null(report.Favg);
        Assert.Null(report.PerTarget);
    }

    [Fact]
    public void Compute_TwoTargets_EachTargetsMacroF1AveragesItsClasses()
    {
        // China (gold -> predicted): favor->favor, against->against, none->against.
        //   favor F1 1; against tp 1, fp 1: precision 1/2, recall 1, F1 2/3; none recall 0, F1 0.
        //   Macro-F1 (1 + 2/3 + 0) / 3 = 5/9; F_avg (1 + 2/3) / 2 = 5/6.
        // Norway: none->none, none->favor. none precision 1, recall 1/2, F1 2/3; favor F1 0 (predicted only).
        //   Macro-F1 (2/3 + 0) / 2 = 1/3; F_avg over favor alone, 0.
        string[] gold = ["favor", "against", "none", "none", "none"];
        string[] predicted = ["favor", "against", "against", "none", "favor"];

        var report = Metrics.Compute(ClassifierTask.Stance, gold, predicted, ["China", "China", "China", "Norway", "Norway"]);

        Assert.Equal(["China", "Norway"], report.PerTarget!.Keys);
        Assert.Equal(3, report.PerTarget["China"].Examples);
        Assert.Equal(5.0 / 9, report.PerTarget["China"].MacroF1, 12);
        Assert.Equal(5.0 / 6, report.PerTarget["China"].Favg!.Value, 12);
        Assert.Equal(2, report.PerTarget["Norway"].Examples);
        Assert.Equal(1.0 / 3, report.PerTarget["Norway"].MacroF1, 12);
        Assert.Equal(0, report.PerTarget["Norway"].Favg!.Value, 12);
    }

    [Fact]
    public void Compute_RowWithoutTarget_CountsUnderTheEmptyName()
    {
        string[] labels = ["favor", "against", "favor"];

        var report = Metrics.Compute(ClassifierTask.Stance, labels, labels, [null, "China", null]);

        Assert.Equal(["", "China"], report.PerTarget!.Keys);
        Assert.Equal(2, report.PerTarget[""].Examples);
    }

    [Fact]
    public void Compute_LabelsOutsideTheTask_ListedAfterTheTasksInOrdinalOrder()
    {
        // Ordinal order puts "C" (0x43) before "b" (0x62); a culture-aware order would not.
        string[] gold = ["b", "positive", "C"];
        string[] predicted = ["C", "positive", "b"];

        var report = Metrics.Compute(ClassifierTask.Sentiment, gold, predicted);

        Assert.Equal(["positive", "C", "b"], report.PerClass.Keys);
        Assert.Equal(["positive", "C", "b"], report.Confusion.Labels);
        Assert.Equal([[1, 0, 0], [0, 0, 1], [0, 1, 0]], report.Confusion.Matrix);
        Assert.Equal(["negative", "C", "b"], Metrics.Ordered(ClassifierTask.Sentiment, ["b", "C", "negative", "b"]));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("positive", "")]
    [InlineData("positive", "positive,negative")]
    public void Compute_EmptyOrUnequalLengths_Throws(string gold, string predicted)
    {
        static string[] Split(string s) => s.Length == 0 ? [] : s.Split(',');

        var error = Assert.Throws<ArgumentException>(() => Metrics.Compute(ClassifierTask.Sentiment, Split(gold), Split(predicted)));

        Assert.Equal("Gold and predicted labels must be non-empty and of equal length.", error.Message);
    }

    [Theory]
    // Only favor (and none) rows, every one predicted right: 1, not 0.5.
    [InlineData("favor,favor,none", "favor,favor,none", 1.0)]
    // Only against rows, one predicted none: F1(against) alone, 2/3.
    [InlineData("against,against,none", "against,none,none", 0.666667)]
    // Only favor gold rows, one predicted against: against occurs (predicted), F1 0, and counts: (0.8 + 0) / 2.
    [InlineData("favor,favor,favor", "favor,favor,against", 0.4)]
    // Both polar classes: the official mean, (1 + 0.666667) / 2.
    [InlineData("favor,against,against", "favor,against,none", 0.833333)]
    public void Compute_TargetWithSomePolarClasses_AveragesF1OverThoseThatOccur(string gold, string predicted, double expected)
    {
        var (g, p) = (gold.Split(','), predicted.Split(','));

        var report = Metrics.Compute(ClassifierTask.Stance, g, p, Enumerable.Repeat<string?>("China", g.Length).ToArray());

        Assert.Equal(expected, report.PerTarget!["China"].Favg!.Value, 5);
    }

    [Fact]
    public void Compute_TargetWithNeitherPolarClass_HasNoFavgAndJsonWritesNull()
    {
        string[] gold = ["none", "none", "favor"];
        string[] predicted = ["none", "none", "favor"];

        var report = Metrics.Compute(ClassifierTask.Stance, gold, predicted, ["Norway", "Norway", "China"]);
        using var json = JsonDocument.Parse(ReportWriter.ToJson(report));

        Assert.Null(report.PerTarget!["Norway"].Favg);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("perTarget").GetProperty("Norway").GetProperty("favg").ValueKind);
        Assert.Equal(1.0, json.RootElement.GetProperty("perTarget").GetProperty("China").GetProperty("favg").GetDouble());
        Assert.Contains("| Norway | 2 | 1.0000 | n/a |", ReportWriter.ToMarkdown(report, "m.zip", "test.tsv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OnlyFavorAllRight_PooledFavgKeepsTheOfficialDefinition()
    {
        // SemEval-2016's script counts an absent class as F1 0: pooled F_avg stays 0.5 here while the target's is 1.
        string[] labels = ["favor", "favor", "none"];

        var report = Metrics.Compute(ClassifierTask.Stance, labels, labels, ["China", "China", "China"]);

        Assert.Equal(0.5, report.Favg);
        Assert.Equal(1.0, report.PerTarget!["China"].Favg);
    }

    [Fact]
    public void Mean_TargetWithoutFavgInSomeFolds_AveragesTheFoldsThatHaveOne()
    {
        // Fold 1: China's rows all favor, right (1); Norway's all none (no F_avg). Fold 2: China none only, Norway none only.
        var calibration = new Calibration(0.9, 0.1, 0.3, 15, []);
        var fold1 = Metrics.Compute(ClassifierTask.Stance, ["favor", "none"], ["favor", "none"], ["China", "Norway"]) with { Calibration = calibration };
        var fold2 = Metrics.Compute(ClassifierTask.Stance, ["none", "none"], ["none", "none"], ["China", "Norway"]) with { Calibration = calibration };

        var mean = CrossValidator.Mean(ClassifierTask.Stance, [fold1, fold2]);

        Assert.Equal(1.0, mean.PerTarget!["China"].Favg);
        Assert.Null(mean.PerTarget["Norway"].Favg);
    }

    [Fact]
    public void Mean_FirstFoldWithoutALabel_ListsClassesAndConfusionInTheTaskOrder()
    {
        // Fold 1 has no negative row, gold or predicted: the mean listed negative last, after the labels fold 1 has.
        var calibration = new Calibration(0.9, 0.1, 0.3, 15, []);
        var fold1 = Metrics.Compute(ClassifierTask.Sentiment, ["neutral", "positive"], ["neutral", "neutral"]) with { Calibration = calibration };
        var fold2 = Metrics.Compute(ClassifierTask.Sentiment, ["negative", "neutral", "positive"], ["negative", "positive", "positive"]) with { Calibration = calibration };

        var mean = CrossValidator.Mean(ClassifierTask.Sentiment, [fold1, fold2]);

        Assert.Equal(["negative", "neutral", "positive"], mean.PerClass.Keys);
        Assert.Equal(["negative", "neutral", "positive"], mean.Confusion.Labels);
        Assert.Equal([[1, 0, 0], [0, 1, 1], [0, 1, 1]], mean.Confusion.Matrix);
    }

    private static void AssertClass(ClassMetrics actual, double precision, double recall, double f1, int support)
    {
        Assert.Equal(precision, actual.Precision, 12);
        Assert.Equal(recall, actual.Recall, 12);
        Assert.Equal(f1, actual.F1, 12);
        Assert.Equal(support, actual.Support);
    }
}
