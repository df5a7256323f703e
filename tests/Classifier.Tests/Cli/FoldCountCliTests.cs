using Classifier.Data;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

/// <summary>
/// <c>--folds</c> of audit, cross-validate and tune is checked against the data before any training: at least 2, at most
/// the number of distinct texts (and of targets with <c>--unseen-targets</c>); audit's <c>--min-confidence</c> is a probability.
/// </summary>
public sealed class FoldCountCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Audit_MoreFoldsThanRows_ExitsOneNamingTheLimitBeforeTraining()
    {
        var result = CliProcess.Run("audit", "--task", "sentiment", "--data", Rows("sentiment", 40), "--folds", "41");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --folds 41 is more than the 40 distinct texts of --data (40 rows; rows of one text share a fold, so each fold needs a text of its own): " +
            $"use --folds 40 or fewer{Environment.NewLine}", result.Stderr);
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("cross-validate")]
    [InlineData("tune")]
    public void Command_OneFold_ExitsOneWithACliErrorNotDotNetText(string command)
    {
        string[] args = [command, "--task", "sentiment", "--data", Rows("sentiment", 40), "--folds", "1"];
        args = command == "tune" ? [.. args, "--out", Path.Combine(_dir.Path, "settings.json")] : args;

        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --folds must be 2 or more; got 1{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void CrossValidate_MoreFoldsThanDistinctTextsButNotRows_ExitsOneNamingTheDistinctTexts()
    {
        var data = Rows("stance", 60);
        var texts = File.ReadLines(data).Skip(1).Select(l => l.Split('\t')[0]).Distinct(StringComparer.Ordinal).Count();
        Assert.True(texts < 59, "the fixture needs sentences labeled for several targets");

        var result = CliProcess.Run("cross-validate", "--task", "stance", "--data", data, "--folds", (texts + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --folds {texts + 1} is more than the {texts} distinct texts of --data (60 rows; rows of one text share a fold, so each fold needs a text of its own): " +
            $"use --folds {texts} or fewer{Environment.NewLine}", result.Stderr);
        Assert.DoesNotContain("fold 1/", result.Stderr);
    }

    [Fact]
    public void CrossValidate_UnseenTargetsMoreFoldsThanTargets_ExitsOneNamingTheTargets()
    {
        var data = Rows("stance", 60);
        var targets = File.ReadLines(data).Skip(1).Select(l => l.Split('\t')[1]).Distinct(StringComparer.Ordinal).Count();

        var result = CliProcess.Run("cross-validate", "--task", "stance", "--data", data, "--unseen-targets", "--folds", (targets + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --folds {targets + 1} is more than the {targets} distinct targets of --data (as the alias table counts them; with --unseen-targets each fold holds whole targets): " +
            $"use --folds {targets} or fewer{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void CrossValidate_UnseenTargetsInSeveralFormsOfOneTarget_CountsThemAsOne()
    {
        var data = Path.Combine(_dir.Path, "forms.tsv");
        File.WriteAllLines(data,
        [
            "text\ttarget\tlabel",
            "Beijing praised the trade pact.\tChina\tfavor",
            "Beijing condemned the new tariffs.\tchina\tagainst",
            "The ministry in Beijing said nothing.\tBeijing\tnone",
            "Paris welcomed the accord.\tFrance\tfavor",
            "Paris rejected the plan.\tFrance\tagainst",
            "Paris held talks on Monday.\tFrance\tnone",
        ]);

        var result = CliProcess.Run("cross-validate", "--task", "stance", "--data", data, "--unseen-targets", "--folds", "3");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: --folds 3 is more than the 2 distinct targets of --data (as the alias table counts them", result.Stderr);
    }

    [Fact]
    public void CrossValidate_UnseenTargetsWithOneTarget_SaysTwoAreNeededNotFoldsOne()
    {
        // It said "use --folds 1 or fewer", which --folds refuses.
        var data = Path.Combine(_dir.Path, "one-target.tsv");
        File.WriteAllLines(data,
        [
            "text\ttarget\tlabel",
            "Paris welcomed the accord.\tFrance\tfavor",
            "Paris rejected the plan.\tFrance\tagainst",
            "Paris held talks on Monday.\tFrance\tnone",
        ]);

        var result = CliProcess.Run("cross-validate", "--task", "stance", "--data", data, "--unseen-targets", "--folds", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --folds 2 is more than the 1 distinct target of --data (as the alias table counts them; with --unseen-targets each fold holds whole targets): " +
            $"cross-validation needs at least 2 distinct targets, or leave out --unseen-targets{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Tune_MoreFoldsThanRows_ExitsOneBeforeAnyCandidate()
    {
        var result = CliProcess.Run("tune", "--task", "sentiment", "--data", Rows("sentiment", 30), "--folds", "31", "--budget-minutes", "0.1",
            "--out", Path.Combine(_dir.Path, "settings.json"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: --folds 31 is more than the 30 distinct texts of --data", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "settings.json")));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    public void Audit_MinConfidenceOutsideZeroToOne_ExitsOneSayingSo(string value)
    {
        var result = CliProcess.Run("audit", "--task", "sentiment", "--data", Rows("sentiment", 40), "--min-confidence", value);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --min-confidence must be between 0 and 1 (a probability); got {value}{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void CrossValidate_LabelWithOneRow_WarnsThatItsFoldCannotPredictIt()
    {
        var lines = File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Skip(1).Where(l => !l.EndsWith("\tneutral", StringComparison.Ordinal)).Take(40);
        var path = Path.Combine(_dir.Path, "one-neutral.tsv");
        File.WriteAllLines(path, ["text\tlabel", .. lines, "The committee meets on Tuesday.\tneutral"]);

        var result = CliProcess.Run("cross-validate", "--task", "sentiment", "--data", path, "--folds", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: label 'neutral' has one row ({path}:42): the fold that tests it trains without the label, so it is never predicted " +
            $"there and its F1 is 0 whatever the data; label more rows of it, or leave the row out{Environment.NewLine}", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, result.Stderr.Split("warning:").Length); // that warning alone
    }

    [Fact]
    public void LoneLabels_EveryLabelWithTwoRowsOrMore_None()
    {
        var rows = new[] { "positive", "positive", "negative", "negative" }.Select((l, i) => new LabeledExample($"Text {i}.", l, null, "a.tsv", i + 2)).ToArray();

        Assert.Empty(FoldCount.LoneLabels(rows));
        Assert.Single(FoldCount.LoneLabels(rows[1..]));
    }

    [Fact]
    public void LoneLabels_LabelWhoseRowsAreOneSentenceForTwoTargets_WarnsAsOneFoldHoldsThem()
    {
        // Folds keep a text's rows together, so two rows of one sentence are tested by one fold that never trained on them.
        LabeledExample Row(string text, string target, string label, int line) => new(text, label, target, "s.tsv", line);
        var rows = new[]
        {
            Row("Seoul welcomed the offer.", "South Korea", "favor", 2), Row("Tokyo rejected it.", "Japan", "against", 3),
            Row("Talks were held.", "China", "none", 4), Row("Talks were held.", "Japan", "none", 5),
            Row("Seoul praised it.", "South Korea", "favor", 6), Row("Beijing condemned it.", "China", "against", 7),
        };

        Assert.Equal(["label 'none' has 2 rows, all of one text (the first at s.tsv:4), which one fold holds: the fold that tests them trains without " +
            "the label, so it is never predicted there and its F1 is 0 whatever the data; label more rows of it, or leave them out"], FoldCount.LoneLabels(rows));
        Assert.Equal(["label 'favor' has 2 rows, all toward one target ('South Korea', the first at s.tsv:2), which one fold holds with --unseen-targets: " +
            "the fold that tests them trains without the label, so it is never predicted there and its F1 is 0 whatever the data; label more rows of it, " +
            "or leave them out", .. FoldCount.LoneLabels(rows)], FoldCount.LoneLabels(rows, unseenTargets: true));
    }

    /// <summary>The header and the first <paramref name="rows"/> rows of the task's training file.</summary>
    private string Rows(string task, int rows)
    {
        var path = Path.Combine(_dir.Path, $"{task}-{rows}.tsv");
        File.WriteAllLines(path, File.ReadLines(TestPaths.Data(task, "train.tsv")).Take(rows + 1));
        return path;
    }
}
