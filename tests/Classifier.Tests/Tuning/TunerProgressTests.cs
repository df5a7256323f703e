using Classifier.Data;
using Classifier.Training.Cli;
using Classifier.Training.Commands;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Tests.Tuning;

/// <summary>
/// <c>tune</c> shows what the trainer of the candidate under way is doing, named by the candidate and the fold (a search on
/// 200,000 rows showed nothing move for minutes within one candidate), and scores it as without. Each run is stopped once
/// the start settings are scored; the trainer's interval is set to zero, so every report is heard.
/// </summary>
public sealed class TunerProgressTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly LabeledDataSet _train;
    private readonly LabeledDataSet _dev;

    public TunerProgressTests()
    {
        var lines = File.ReadAllLines(TestPaths.Data("sentiment", "train.tsv"));
        _train = TrainCommand.Read([_dir.File("train.tsv", string.Join('\n', lines.Take(301)) + "\n")], ClassifierTask.Sentiment);
        _dev = TrainCommand.Read([_dir.File("dev.tsv", string.Join('\n', lines.Take(1).Concat(lines.Skip(301).Take(100))) + "\n")], ClassifierTask.Sentiment);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Run_Folds_ReportsEachFoldsTrainerNamingTheCandidateAndFold()
    {
        var (_, started, reports) = FirstCandidate(dev: null, listen: true);

        Assert.Equal([
            "#1 start, fold 1/3: featurising", "#1 start, fold 2/3: featurising", "#1 start, fold 3/3: featurising",
            "#1 start, fold 1/3: maxent", "#1 start, fold 2/3: maxent", "#1 start, fold 3/3: maxent"], started);
        for (var f = 1; f <= 3; f++)
        {
            Assert.Contains(reports, line => System.Text.RegularExpressions.Regex.IsMatch(line, $@"^#1 start, fold {f}/3: maxent: iteration \d+ of at most 20, loss \d"));
        }
    }

    [Fact]
    public void Run_DevSet_ReportsTheTrainerNamingTheCandidate()
    {
        var (_, started, reports) = FirstCandidate(_dev, listen: true);

        Assert.Equal(["#1 start: featurising", "#1 start: maxent"], started);
        Assert.NotEmpty(reports);
        Assert.All(reports, line => Assert.Matches(@"^#1 start: maxent: iteration \d+ of at most 20, loss \d", line));
    }

    [Fact]
    public void Run_WithTrainerProgress_ScoresTheCandidateAsWithout()
    {
        var (quiet, _, none) = FirstCandidate(dev: null, listen: false);
        var (told, _, _) = FirstCandidate(dev: null, listen: true);

        Assert.Empty(none);
        // Not the megabytes: the model file carries the time it was made, whose written length varies by a byte or so.
        Assert.Equal((quiet.Score, quiet.Accuracy, quiet.MacroF1), (told.Score, told.Accuracy, told.MacroF1));
    }

    /// <summary>Scores the start settings (maxent, 20 iterations at most) and stops the search.</summary>
    private (CandidateResult First, List<string> Started, List<string> Reports) FirstCandidate(LabeledDataSet? dev, bool listen)
    {
        var (started, reports) = (new List<string>(), new List<string>());
        using var stop = new CancellationTokenSource();
        var tuner = new Tuner(new TuneOptions(ClassifierTask.Sentiment, "macroF1", 3, 1, TimeSpan.FromMinutes(10), null), _train, dev,
            new FeatureInputs(null, new Dictionary<string, IReadOnlyList<string>>()))
        {
            Evaluated = (_, _) => stop.Cancel(),
            FitStarted = listen ? started.Add : null,
            TrainerProgress = listen ? line => { lock (reports) { reports.Add(line); } } : null,
            TrainerProgressInterval = TimeSpan.Zero,
        };

        var first = tuner.Run(new TrainingConfig { Trainer = new TrainerSettings { MaxIterations = 20, Threads = 1 } }, stop.Token);

        Assert.True(tuner.Interrupted);
        return (first, started, reports);
    }
}
