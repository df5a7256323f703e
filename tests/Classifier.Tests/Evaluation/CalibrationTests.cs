using Classifier.Training.Evaluation;
using static Classifier.Tests.Evaluation.CalibrationSamples;

namespace Classifier.Tests.Evaluation;

public sealed class CalibrationTests
{
    [Fact]
    public void Measure_ConfidenceMatchesAccuracy_EceIsZero()
    {
        // Ten rows at 0.8 of which eight are right: what the model says is what happens.
        var gold = Enumerable.Range(0, 10).Select(i => i < 8 ? "positive" : "negative").ToArray();
        var scored = Enumerable.Range(0, 10).Select(_ => Row("positive", 0.8, "negative")).ToArray();

        var c = Calibration.Measure(gold, scored);

        Assert.Equal(0.8, c.MeanConfidence, 12);
        Assert.Equal(0, c.Ece, 12);
        Assert.Equal(-((8 * Math.Log(0.8)) + (2 * Math.Log(0.2))) / 10, c.LogLoss, 12);
    }

    [Fact]
    public void Measure_GapsOfOppositeSign_EceIsTheWeightedGapPerBin()
    {
        // Bin of 0.9: four rows, two right (gap 0.4). Bin of 0.6: six rows, five right (gap 0.23 the other way).
        // Overall the gaps nearly cancel (accuracy 0.70, confidence 0.72): the bins are what expose them.
        var (gold, scored) = TwoBins();

        var c = Calibration.Measure(gold, scored);

        Assert.Equal((0.4 * 4 / 10) + ((5.0 / 6 - 0.6) * 6 / 10), c.Ece, 12);
        Assert.Equal(((4 * 0.9) + (6 * 0.6)) / 10, c.MeanConfidence, 12);
    }

    [Fact]
    public void Measure_TwoBinsUsed_ListsOnlyThoseLowestFirst()
    {
        var (gold, scored) = TwoBins();

        var bins = Calibration.Measure(gold, scored).PerBin;

        Assert.Equal(2, bins.Count);
        Assert.Equal((9.0 / 15, 10.0 / 15, 6), (bins[0].Lower, bins[0].Upper, bins[0].Rows));
        Assert.Equal(5.0 / 6, bins[0].Accuracy, 12);
        Assert.Equal(0.6, bins[0].MeanConfidence, 12);
        Assert.Equal((4, 0.5), (bins[1].Rows, bins[1].Accuracy));
    }

    [Fact]
    public void Mean_Folds_AveragesMeasuresAndPoolsBins()
    {
        var first = Calibration.Measure(["a", "b"], [Row("a", 0.9, "b"), Row("a", 0.9, "b")]);
        var second = Calibration.Measure(["a", "a", "a"], [Row("a", 0.9, "b"), Row("a", 0.9, "b"), Row("a", 0.9, "b")]);

        var mean = Calibration.Mean([first, second]);

        Assert.Equal((first.Ece + second.Ece) / 2, mean.Ece, 12);
        var bin = Assert.Single(mean.PerBin);
        Assert.Equal(5, bin.Rows);
        Assert.Equal(4.0 / 5, bin.Accuracy, 12);
    }

    [Fact]
    public void Mean_FoldsSharingABin_AveragesEachMeasureAndPoolsTheBinWeightedByRows()
    {
        // First fold: two rows at 0.9 (bin 13 of 15), one right. Mean confidence 0.9, ECE |1 - 1.8| / 2 = 0.4.
        // Second: two rows at 0.6 (bin 9), both right; one at 0.88 (bin 13), right. Mean confidence 2.08 / 3,
        // ECE (|2 - 1.2| + |1 - 0.88|) / 3 = 0.92 / 3.
        // Pooled bin 13: three rows, accuracy (1 + 1) / 3, mean confidence (0.9 + 0.9 + 0.88) / 3 = 2.68 / 3.
        var first = Calibration.Measure(["a", "b"], [Row("a", 0.9, "b"), Row("a", 0.9, "b")]);
        var second = Calibration.Measure(["a", "a", "a"], [Row("a", 0.6, "b"), Row("a", 0.6, "b"), Row("a", 0.88, "b")]);

        var mean = Calibration.Mean([first, second]);

        Assert.Equal((0.9 + (2.08 / 3)) / 2, mean.MeanConfidence, 12);
        Assert.Equal((0.4 + (0.92 / 3)) / 2, mean.Ece, 12);
        var logLoss = (-(Math.Log(0.9) + Math.Log(0.1)) / 2 - ((2 * Math.Log(0.6)) + Math.Log(0.88)) / 3) / 2;
        Assert.Equal(logLoss, mean.LogLoss, 12);
        Assert.Equal(15, mean.Bins);
        Assert.Equal([9.0 / 15, 13.0 / 15], mean.PerBin.Select(b => b.Lower));
        Assert.Equal((10.0 / 15, 2, 1.0), (mean.PerBin[0].Upper, mean.PerBin[0].Rows, mean.PerBin[0].Accuracy));
        Assert.Equal(0.6, mean.PerBin[0].MeanConfidence, 12);
        Assert.Equal((14.0 / 15, 3), (mean.PerBin[1].Upper, mean.PerBin[1].Rows));
        Assert.Equal(2.0 / 3, mean.PerBin[1].Accuracy, 12);
        Assert.Equal(2.68 / 3, mean.PerBin[1].MeanConfidence, 12);
    }

    [Fact]
    public void Measure_CertainAndWrong_LogLossIsClippedNotInfinite()
    {
        var c = Calibration.Measure(["b"], [Row("a", 1.0, "b")]);

        Assert.Equal(-Math.Log(1e-15), c.LogLoss, 9);
        Assert.Equal(1, c.Ece, 12);
    }

    [Fact]
    public void Measure_LengthsDiffer_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Calibration.Measure(["a", "b"], [Row("a", 0.7, "b")]));

        Assert.Equal("Gold labels and scored rows must be non-empty and of equal length.", error.Message);
    }

    [Fact]
    public void CalibrationLine_ConfidenceAboveAccuracy_SaysOverConfident()
    {
        var line = ReportWriter.CalibrationLine(0.70, new Calibration(0.78, 0.08, 0.71, 15, []));

        Assert.Equal("calibration: mean confidence 0.7800 against accuracy 0.7000 (over-confident), ECE 0.0800 (15 bins), log loss 0.7100", line);
    }
}
