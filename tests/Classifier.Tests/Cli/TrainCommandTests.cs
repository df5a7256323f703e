namespace Classifier.Tests.Cli;

/// <summary><c>train</c>'s handling of its --dev and --test files, run as the CLI.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Train_BadConfigAndBadLexicon_ReportsTheConfigBeforeReadingTheLexiconOrData(bool check)
    {
        // The order: options, then --config, then the lexicon, alias and data files, so a bad lexicon does not hide a bad config.
        var config = _dir.File("settings.json", "{\n  \"trainer\": { \"leaves\": 1 }\n}\n");
        var lexicon = _dir.File("lexicon.tsv", "term\tpolarity\tstrength\nsorry\tmaybe\tvery\n");
        var missingData = Path.Combine(_dir.Path, "missing", "train.tsv");
        string[] args = ["train", "--task", "sentiment", "--data", missingData, "--config", config, "--lexicon", lexicon];

        var result = CliProcess.Run(check ? [.. args, "--check"] : [.. args, "--out", Path.Combine(_dir.Path, "m.zip")]);

        Assert.Equal($"error: {config}:2: leaves must be between 2 and 1000 (got 1){Environment.NewLine}", result.Stderr);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Train_DevLabelTheTrainingDataLacks_WarnsNamingFileLabelAndRowsLeftOutOfCalibration()
    {
        var train = PositiveAndNegativeRows(200);
        var dev = _dir.File("dev.tsv", "text\tlabel\nTalks resumed after a long pause.\tpositive\nShelling resumed overnight.\tnegative\n" +
            "The meeting is on Tuesday.\tneutral\nThe report has 40 pages.\tneutral\n");
        var model = Path.Combine(_dir.Path, "m.zip");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", train, "--dev", dev, "--out", model);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"warning: --dev {dev}: label 'neutral' (2 rows) is not in the training data (negative, positive), so the model " +
            "cannot predict it: those 2 rows of the 4 are left out of the temperature calibration fitted on dev, and the dev metrics, " +
            $"computed over every row, count them as errors; add training rows with that label, or leave those rows out of the --dev file{Environment.NewLine}",
            result.Stderr);
        Assert.True(File.Exists(model));
    }

    [Fact]
    public void Train_DevTheModelGetsAllRight_WarnsThatItsProbabilitiesGoToZeroAndOne()
    {
        // Rows of the training data itself, which the model gets right: the fit lowers the temperature until the dev
        // log-loss is 0, and every probability the model gives after it is near 0 or 1.
        var train = PositiveAndNegativeRows(200);
        var dev = _dir.File("dev.tsv", string.Join('\n', File.ReadLines(train).Take(4)) + "\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", train, "--dev", dev, "--out", Path.Combine(_dir.Path, "m.zip"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"warning: --dev {dev}: the model gets all 3 dev rows right, so the calibration fitted on them sharpens its " +
            "probabilities to near 0 and 1 (temperature ", result.Stderr);
        Assert.Contains("; a confidence of 1 nearly everywhere, which leaves 'uncertain' nothing to rank); give --dev more rows, some of which " +
            $"the model gets wrong, or leave out --dev to keep the probabilities uncalibrated{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Train_TestLabelsTheTrainingDataLacks_WarnsThatTheTestMetricsCountThemAsErrors()
    {
        var train = PositiveAndNegativeRows(200);
        var test = _dir.File("test.tsv", "text\tlabel\nTalks resumed after a long pause.\tpositive\nThe meeting is on Tuesday.\tneutral\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", train, "--test", test, "--out", Path.Combine(_dir.Path, "m.zip"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"warning: --test {test}: label 'neutral' (1 row) is not in the training data (negative, positive), so the model " +
            "cannot predict it: the test metrics, computed over every row, count that row of the 2 as errors; add training rows with that label, " +
            $"or leave that row out of the --test file{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Train_DevRowsThatAreTrainingRows_WarnsNamingTheFirstOnTheirLines()
    {
        var train = PositiveAndNegativeRows(200);
        var trainLines = File.ReadAllLines(train);
        var dev = _dir.File("dev.tsv", $"text\tlabel\nTalks resumed after a long pause.\tpositive\n{trainLines[5].Split('\t')[0]}\tneutral\n{trainLines[9]}\n");
        var model = Path.Combine(_dir.Path, "m.zip");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", train, "--dev", dev, "--out", model);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"warning: 2 of the 3 --dev rows ({dev}) are also training rows (the same text): the dev metrics and the calibration " +
            $"fitted on them will flatter the model; keep them out of the training data (the first: {dev}:3, {train}:6, labeled 'neutral' there " +
            $"and '{trainLines[5].Split('\t')[1]}' in training){Environment.NewLine}", result.Stderr);
    }

    /// <summary>The first <paramref name="rows"/> positive and negative rows of the shipped sentiment training data, with its header.</summary>
    private string PositiveAndNegativeRows(int rows)
    {
        var lines = File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).ToArray();
        return _dir.File("train.tsv", string.Join("\n", lines.Take(1)
            .Concat(lines.Skip(1).Where(l => l.EndsWith("\tpositive", StringComparison.Ordinal) || l.EndsWith("\tnegative", StringComparison.Ordinal)).Take(rows))) + "\n");
    }
}
