using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// The native L-BFGS trainers report their iterations, and ova-svc its solver's passes, on the trainer's progress (on large data one run takes minutes, and
/// <c>train</c> printed nothing between "Training maxent on 500,000 rows" and the end).
/// </summary>
public sealed class IterationProgressTests
{
    [Theory]
    [InlineData("maxent", "maxent: iteration 1 of at most 50, loss ")]
    [InlineData("nb-logistic", "nb-logistic (negative against the rest): iteration 1 of at most 50, loss ")]
    [InlineData("maxent+nb-logistic", "nb-logistic (positive against the rest): iteration 1 of at most 50, loss ")]
    [InlineData("ova-svc", "ova-svc (negative against the rest): pass 1 of at most 50")]
    public void Train_NativeTrainer_ReportsItsIterations(string name, string expected)
    {
        var lines = new List<string>();
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Trainer = name, MaxIterations = 50, Threads = 1 }, seed: 1)
        {
            Progress = line => { lock (lines) { lines.Add(line); } },
            IterationProgressInterval = TimeSpan.Zero,
        };

        trainer.Train(Small());

        Assert.Contains(expected, lines.Select(l => l[..Math.Min(l.Length, expected.Length)]));
    }

    [Theory]
    [InlineData("maxent")]
    [InlineData("ova-svc")]
    public void Train_WithoutProgress_TrainsTheSameModel(string name)
    {
        var settings = new TrainerSettings { Trainer = name, MaxIterations = 50, Threads = 1 };
        var quiet = new ModelTrainer(new FeaturizerSettings(), settings, seed: 1).Train(Small());
        var told = new ModelTrainer(new FeaturizerSettings(), settings, seed: 1) { Progress = _ => { }, IterationProgressInterval = TimeSpan.Zero }.Train(Small());

        Assert.Equal(quiet.Model.Members[0].Weights, told.Model.Members[0].Weights);
    }

    private static LabeledDataSet Small()
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("sentiment", "train.tsv"), ClassifierTask.Sentiment);
        return new LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(300).ToArray(), [], rows.Sha256);
    }
}
