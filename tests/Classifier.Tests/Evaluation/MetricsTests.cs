using System.Text.Json;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Evaluation;

/// <summary>
/// Per-target F_avg (<see cref="Metrics.TargetFavg"/>): over the polar classes a target's rows have, so that a target with
/// one polar class is not capped at 0.5; the pooled F_avg keeps SemEval-2016's official definition.
/// </summary>
public sealed class MetricsTests
{
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
}
