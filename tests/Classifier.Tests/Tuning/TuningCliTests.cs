using System.Text.Json;
using Classifier.Tests.Cli;

namespace Classifier.Tests.Tuning;

/// <summary>cross-validate, tune and audit as a user runs them, on a small slice of the project's corpus.</summary>
public sealed class TuningCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _train;
    private readonly string _dev;

    public TuningCliTests()
    {
        var lines = File.ReadAllLines(TestPaths.Data("sentiment", "train.tsv"));
        _train = _dir.File("train.tsv", string.Join('\n', lines.Take(701)) + "\n");
        _dev = _dir.File("dev.tsv", string.Join('\n', lines.Take(1).Concat(lines.Skip(701).Take(200))) + "\n");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void CrossValidateJson_HasEvaluateKeysPlusFoldsAndStd()
    {
        var result = CliProcess.Run("cross-validate", "--task", "sentiment", "--data", _train, "--folds", "3", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        foreach (var key in new[] { "task", "examples", "accuracy", "macroF1", "perClass", "confusion", "calibration", "intervals", "folds", "std", "trainSeconds" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        var folds = root.GetProperty("folds").EnumerateArray().ToArray();
        Assert.Equal(3, folds.Length);
        Assert.Equal(folds.Average(f => f.GetProperty("accuracy").GetDouble()), root.GetProperty("accuracy").GetDouble(), 5);
        Assert.Equal(700, root.GetProperty("examples").GetInt32());
        Assert.True(root.GetProperty("std").GetProperty("macroF1").GetDouble() >= 0);
        Assert.True(root.GetProperty("std").GetProperty("ece").GetDouble() >= 0);
        Assert.Equal(folds.Average(f => f.GetProperty("ece").GetDouble()),
            root.GetProperty("calibration").GetProperty("ece").GetDouble(), 5);
        var accuracy = root.GetProperty("intervals").GetProperty("accuracy");
        Assert.InRange(root.GetProperty("accuracy").GetDouble(), accuracy.GetProperty("low").GetDouble() - 0.01, accuracy.GetProperty("high").GetDouble() + 0.01);
    }

    [Fact]
    public void CrossValidateText_MeanLine_ShowsEachMetricsOwnMean()
    {
        var result = CliProcess.Run("cross-validate", "--task", "sentiment", "--data", _train, "--folds", "3");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var meanLine = result.Stdout.Split('\n').Single(l => l.StartsWith("accuracy ", StringComparison.Ordinal));
        string Mean(string key) => System.Text.RegularExpressions.Regex.Match(meanLine, $@"\b{key} ([\d.]+) ±").Groups[1].Value;
        var calibration = System.Text.RegularExpressions.Regex.Match(result.Stdout, @"ECE ([\d.]+) .*log loss ([\d.]+)");
        Assert.True(calibration.Success, result.Stdout);
        Assert.Equal(calibration.Groups[1].Value, Mean("ece"));
        Assert.Equal(calibration.Groups[2].Value, Mean("logLoss"));
        Assert.NotEqual(Mean("accuracy"), Mean("ece"));
    }

    [Fact]
    public void CrossValidate_UnseenTargetsForSentiment_ExitsOneSayingStanceOnly()
    {
        var result = CliProcess.Run("cross-validate", "--task", "sentiment", "--data", _train, "--folds", "3", "--unseen-targets");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--unseen-targets applies to stance only", result.Stderr);
    }

    [Fact]
    public void Tune_SmallBudget_WritesConfigThatTrainAccepts()
    {
        var config = Path.Combine(_dir.Path, "tuned.json");
        var tune = CliProcess.Run("tune", "--task", "sentiment", "--data", _train, "--dev", _dev, "--budget-minutes", "0.15", "--out", config);

        Assert.True(tune.ExitCode == 0, tune.Stderr);
        Assert.Contains("chosen", tune.Stdout);
        Assert.Contains($"wrote {config}", tune.Stdout);
        var train = CliProcess.Run("train", "--task", "sentiment", "--data", _train, "--config", config, "--out", Path.Combine(_dir.Path, "m.zip"));
        Assert.True(train.ExitCode == 0, train.Stderr);
        using var written = JsonDocument.Parse(File.ReadAllText(config));
        var trained = SentimentClassifier.Load(Path.Combine(_dir.Path, "m.zip")).Info.Trainer;
        Assert.Equal(written.RootElement.GetProperty("trainer").GetProperty("trainer").GetString(), trained["trainer"]);
        // The search ran with threads 0 (every core); the file names the count, so another machine's retrain matches.
        Assert.Equal(Environment.ProcessorCount, written.RootElement.GetProperty("trainer").GetProperty("threads").GetInt32());
        Assert.Equal(Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture), trained["threads"]);
    }

    [Fact]
    public void Tune_ModelSizeLimitNoCandidateMeets_ExitsOneAndWritesNothing()
    {
        var config = Path.Combine(_dir.Path, "tuned.json");

        var tune = CliProcess.Run("tune", "--task", "sentiment", "--data", _train, "--dev", _dev, "--budget-minutes", "0.1", "--max-model-mb", "0.001", "--out", config);

        Assert.Equal(1, tune.ExitCode);
        Assert.Contains("no candidate met the limits", tune.Stderr);
        Assert.Contains("MB > 0.001 MB", tune.Stderr);
        // The candidate the error names is the one the ranking table shows first.
        var match = System.Text.RegularExpressions.Regex.Match(tune.Stderr, "the best-scoring, (.+?), was rejected");
        Assert.True(match.Success, tune.Stderr);
        var named = match.Groups[1].Value;
        var firstRow = tune.Stdout.Split('\n').First(l => l.Contains("│ 1 ", StringComparison.Ordinal));
        Assert.Contains($" {named} ", firstRow);
        Assert.DoesNotContain("chosen", tune.Stdout);
        Assert.False(File.Exists(config));
    }

    [Fact]
    public void Tune_ModelSizeLimit_ChosenModelIsTheSizeTheRankingShowsAndWithinTheLimit()
    {
        var config = Path.Combine(_dir.Path, "tuned.json");
        var model = Path.Combine(_dir.Path, "m.zip");

        var tune = CliProcess.Run("tune", "--task", "sentiment", "--data", _train, "--dev", _dev, "--budget-minutes", "0.1", "--max-model-mb", "5", "--out", config);
        var train = CliProcess.Run("train", "--task", "sentiment", "--data", _train, "--config", config, "--out", model);

        Assert.True(tune.ExitCode == 0, tune.Stderr);
        Assert.True(train.ExitCode == 0, train.Stderr);
        var chosen = tune.Stdout.Split('\n').Single(l => l.Contains("chosen", StringComparison.Ordinal)).Split('│', StringSplitOptions.TrimEntries);
        var shown = double.Parse(chosen[^3], System.Globalization.CultureInfo.InvariantCulture);
        var actual = new FileInfo(model).Length / 1e6;
        Assert.InRange(shown, 0.1, 5);
        Assert.InRange(actual, shown - 0.06, shown + 0.06); // shown to one decimal; the manifests differ by a few hundred bytes
    }

    [Fact]
    public void Tune_ModelSizeLimitZero_ExitsOneSayingAboveZero()
    {
        var result = CliProcess.Run("tune", "--task", "sentiment", "--data", _train, "--dev", _dev, "--max-model-mb", "0", "--out", Path.Combine(_dir.Path, "t.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--max-model-mb must be above 0", result.Stderr);
    }

    [Fact]
    public void Train_ConfigWithUnknownKey_ExitsTwoNamingTheFile()
    {
        var config = _dir.File("bad.json", "{ \"featurizer\": { \"wordNgrams\": 2 } }");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", _train, "--config", config, "--out", Path.Combine(_dir.Path, "m.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {config}:1: invalid config at $.featurizer.wordNgrams: unknown setting 'wordNgrams'", result.Stderr);
        Assert.DoesNotContain(".NET", result.Stderr);
    }

    [Theory]
    [InlineData("{ \"featurizer\": null }", "'featurizer' must be an object of settings")]
    [InlineData("{ \"trainer\": null }", "'trainer' must be an object of settings")]
    [InlineData("{ \"trainer\": { \"classWeighting\": \"foo\" } }", "classWeighting must be 'none' or 'balanced' (got foo)")]
    [InlineData("{ \"trainer\": { \"l2\": \"abc\" } }", "invalid config at $.trainer.l2: a value of the wrong kind")]
    [InlineData("folder", "is a folder, not a file: give the path of the config file")]
    public void Train_BadConfig_ExitsTwoSayingWhatIsWrongInTheFilesTerms(string content, string expected)
    {
        var config = content == "folder" ? Directory.CreateDirectory(Path.Combine(_dir.Path, "settings")).FullName : _dir.File("bad.json", content);

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", _train, "--config", config, "--out", Path.Combine(_dir.Path, "m.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {config}", result.Stderr);
        Assert.Contains(expected, result.Stderr);
        Assert.DoesNotContain("(Parameter", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Fact]
    public void AuditTsv_ListsOnlyConfidentDisagreementsMostSuspiciousFirst()
    {
        var result = CliProcess.Run("audit", "--task", "sentiment", "--data", _train, "--folds", "3", "--top", "20", "--min-confidence", "0.5", "--format", "tsv");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotEqual(r[3], r[4]));
        Assert.All(rows, r => Assert.True(double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture) >= 0.5));
        var margins = rows.Select(r => double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture) - double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        for (var i = 1; i < margins.Length; i++)
        {
            Assert.True(margins[i] <= margins[i - 1] + 0.002, $"row {i} is more suspicious than row {i - 1}"); // values are printed to 3 decimals
        }
    }
}
