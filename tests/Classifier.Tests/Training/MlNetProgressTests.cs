using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// The trainers ML.NET runs report how far they have got on the trainer's progress, as the native ones do (on 500,000
/// rows, <c>train</c> with sdca, ova-svm, ova-perceptron or ova-fasttree printed nothing for minutes), and reporting
/// changes nothing trained.
/// </summary>
public sealed class MlNetProgressTests
{
    [Theory]
    [InlineData("sdca", 0f, @"^sdca: iteration \d+ of at most 20, loss \d\.\d+$")]
    [InlineData("maxent", 0.01f, @"^maxent: iteration \d+ of at most 20, loss \d\.\d+$")]
    [InlineData("ova-logistic", 0.01f, @"^ova-logistic \(neutral against the rest, class 2 of 3\): iteration \d+ of at most 20, loss \d\.\d+$")]
    [InlineData("ova-svm", 0f, @"^ova-svm \(negative against the rest, class 1 of 3\): iteration 1 of 4$")]
    [InlineData("ova-perceptron", 0f, @"^ova-perceptron \(positive against the rest, class 3 of 3\): iteration 4 of 4$")]
    [InlineData("ova-fasttree", 0f, @"^ova-fasttree \(neutral against the rest, class 2 of 3\): tree [1-4] of 5$")]
    public void Train_MlNetTrainer_ReportsItsProgress(string name, float l1, string expected)
    {
        var lines = new List<string>();
        var trainer = new ModelTrainer(new FeaturizerSettings(), Settings(name, l1), seed: 1)
        {
            Progress = line => { lock (lines) { lines.Add(line); } },
            IterationProgressInterval = TimeSpan.Zero,
        };

        trainer.Train(Small());

        Assert.True(lines.Any(line => System.Text.RegularExpressions.Regex.IsMatch(line, expected)), string.Join("\n", lines));
    }

    [Theory]
    [InlineData("sdca", 0f)]
    [InlineData("maxent", 0.01f)]
    [InlineData("ova-svm", 0f)]
    [InlineData("ova-perceptron", 0f)]
    [InlineData("ova-fasttree", 0f)]
    public void Train_MlNetTrainerWithoutProgress_TrainsTheSameModel(string name, float l1)
    {
        var quiet = new ModelTrainer(new FeaturizerSettings(), Settings(name, l1), seed: 1).Train(Small());
        var told = new ModelTrainer(new FeaturizerSettings(), Settings(name, l1), seed: 1)
        {
            Progress = _ => { },
            IterationProgressInterval = TimeSpan.Zero,
        }.Train(Small());

        Assert.Equal(ModelBinary.WriteWeights(quiet.Model), ModelBinary.WriteWeights(told.Model));
        Assert.Equal(ModelBinary.WriteTrees(quiet.Model), ModelBinary.WriteTrees(told.Model));
    }

    [Fact]
    public void Train_MlNetTrainerShorterThanTheInterval_ReportsNothingOfItsTraining()
    {
        var lines = new List<string>();
        new ModelTrainer(new FeaturizerSettings(), Settings("ova-fasttree", 0f), seed: 1) { Progress = lines.Add }.Train(Small());

        // The default interval is 10 s: a fit of a second says nothing of its trees.
        Assert.DoesNotContain(lines, line => line.StartsWith("ova-fasttree", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sdca")]
    [InlineData("ova-fasttree")]
    public void Train_MlNetTrainerWhoseProgressThrows_ThrowsItFromTrain(string name)
    {
        var trainer = new ModelTrainer(new FeaturizerSettings(), Settings(name, 0f), seed: 1)
        {
            Progress = line =>
            {
                if (line.StartsWith(name, StringComparison.Ordinal))
                {
                    throw new IOException($"cannot write '{line[..name.Length]}'");
                }
            },
            IterationProgressInterval = TimeSpan.Zero,
        };

        var error = Assert.Throws<IOException>(() => trainer.Train(Small()));

        Assert.Equal($"cannot write '{name}'", error.Message);
    }

    private static TrainerSettings Settings(string name, float l1) =>
        new() { Trainer = name, L1 = l1, MaxIterations = 20, Epochs = 4, Trees = 5, Leaves = 4, Threads = 1 };

    private static LabeledDataSet Small()
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("sentiment", "train.tsv"), ClassifierTask.Sentiment);
        return new LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(300).ToArray(), [], rows.Sha256);
    }
}
