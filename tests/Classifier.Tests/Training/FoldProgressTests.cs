using System.Text.RegularExpressions;
using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Commands;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// <c>cross-validate</c> (and <c>audit</c>) log what each fold's trainer is doing, as <c>train</c> does, named by the fold
/// (on 200,000 rows, <c>cross-validate --folds 10</c> with ova-fasttree printed nothing for minutes between two "fold i/k
/// done" lines); the results are those of a run without. The trainer's interval is set to zero, so every report is logged.
/// </summary>
public sealed class FoldProgressTests
{
    [Theory]
    [InlineData("maxent", @"maxent: iteration \d+ of at most 20, loss \d")]
    [InlineData("sdca", @"sdca: ")]
    public void Run_TrainerReports_LoggedNamingTheFoldBeforeItIsDone(string name, string report)
    {
        var lines = new List<string>();
        var trainer = new ModelTrainer(new FeaturizerSettings(), Settings(name), seed: 1) { IterationProgressInterval = TimeSpan.Zero };

        CrossValidateCommand.Run(Small(), 3, 1, trainer, Settings(name), unseenTargets: false, line => { lock (lines) { lines.Add(line); } }, default);

        var done = Enumerable.Range(1, 3).Select(f => lines.IndexOf($"fold {f}/3 done")).ToArray();
        Assert.True(done.All(i => i >= 0) && done.SequenceEqual(done.Order()), string.Join("\n", lines));
        for (var f = 1; f <= 3; f++)
        {
            // Each fold's reports come after the previous fold is done and before it is.
            var from = f == 1 ? 0 : done[f - 2] + 1;
            var fold = lines.Skip(from).Take(done[f - 1] - from).ToArray();
            Assert.NotEmpty(fold);
            Assert.All(fold, line => Assert.Matches($"^fold {f}/3: {report}", line));
        }
    }

    [Fact]
    public void Run_WithTrainerProgress_GivesTheResultsOfARunWithout()
    {
        var settings = Settings("maxent");
        var quiet = CrossValidator.Run(Small(), 3, 1, new ModelTrainer(new FeaturizerSettings(), settings, seed: 1), settings);
        var told = CrossValidateCommand.Run(Small(), 3, 1, new ModelTrainer(new FeaturizerSettings(), settings, seed: 1) { IterationProgressInterval = TimeSpan.Zero },
            settings, unseenTargets: false, _ => { }, default);

        // All but the seconds training took, which no two runs share.
        Assert.Equal(CrossValidateCommand.ToJson(quiet with { TrainSeconds = 0 }), CrossValidateCommand.ToJson(told with { TrainSeconds = 0 }));
    }

    private static TrainerSettings Settings(string name) => new() { Trainer = name, MaxIterations = 20, Threads = 1 };

    private static LabeledDataSet Small()
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("sentiment", "train.tsv"), ClassifierTask.Sentiment);
        return new LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(300).ToArray(), [], rows.Sha256);
    }
}
