using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Benchmarks;

public sealed class SklearnLogTests
{
    [Fact]
    public void Parse_OneRun_ReadsMetricAccuracyAndSeconds()
    {
        var results = SklearnLog.Parse(["sst2 svm                                 F1m= 82.86 acc= 82.87 train_s=  1.64 predict_per_s=     5502"]);

        var sst2 = results["sst2 svm"];
        Assert.Equal(("F1m", 0.8286, 0.8287, 1.64, 1), (sst2.Metric, Math.Round(sst2.Value, 6), Math.Round(sst2.Accuracy, 6), sst2.TrainSeconds, sst2.Runs));
    }

    [Fact]
    public void Parse_SetInThreeRuns_KeepsTheShortestTimeAndCountsTheRuns()
    {
        var results = SklearnLog.Parse(
        [
            "sst2 svm   F1m= 82.86 acc= 82.87 train_s=  2.14 predict_per_s= 5556",
            "semeval2016 per-target svm   Favg= 68.48 acc= 66.85 train_s=  0.93 predict_per_s= 6617",
            "sst2 svm   F1m= 82.86 acc= 82.87 train_s=  1.59 predict_per_s= 5030",
            "sst2 svm   F1m= 82.86 acc= 82.87 train_s=  1.71 predict_per_s= 5933",
        ]);

        Assert.Equal((1.59, 3), (results["sst2 svm"].TrainSeconds, results["sst2 svm"].Runs));
        Assert.Equal((0.93, 1), (results["semeval2016 per-target svm"].TrainSeconds, results["semeval2016 per-target svm"].Runs));
    }

    [Fact]
    public void Read_PathNotThere_SkipsItWithOneNoteNamingIt()
    {
        using var dir = new TempDirectory();
        var log = dir.File("main1.txt", "sst2 svm   F1m= 82.86 acc= 82.87 train_s=  1.59 predict_per_s= 5030\n");
        var glob = Path.Combine(dir.Path, "none", "*.txt");
        var notes = new StringWriter();

        var results = SklearnLog.Read([log, glob], notes);

        Assert.Equal(["sst2 svm"], results.Keys);
        Assert.Equal($"note: --sklearn {glob} not found: skipped; the scikit-learn figures it would give say 'not run'{Environment.NewLine}", notes.ToString());
    }
}
