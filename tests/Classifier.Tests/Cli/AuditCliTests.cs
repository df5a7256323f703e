using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Classifier.Tests.Cli;

/// <summary>
/// <c>audit --unseen-targets</c>: each stance row is predicted by a model trained on folds that hold whole targets, the
/// folds <c>cross-validate --unseen-targets</c> uses, so the rows flagged differ from those of the stratified folds; misuse
/// fails as it does for <c>cross-validate</c>, before any training; <c>--keep-duplicates</c> keeps repeated rows, as there.
/// </summary>
public sealed partial class AuditCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Audit_UnseenTargets_PredictsEachRowFromTheFoldsOfCrossValidateUnseenTargets()
    {
        var data = Rows(300);

        var unseen = CliProcess.Run("audit", "--task", "stance", "--data", data, "--folds", "3", "--unseen-targets");
        var stratified = CliProcess.Run("audit", "--task", "stance", "--data", data, "--folds", "3");
        var crossValidated = CliProcess.Run("cross-validate", "--task", "stance", "--data", data, "--folds", "3", "--unseen-targets", "--format", "json");

        Assert.True(unseen.ExitCode == 0, unseen.Stderr);
        Assert.True(stratified.ExitCode == 0, stratified.Stderr);
        Assert.True(crossValidated.ExitCode == 0, crossValidated.Stderr);
        using var json = JsonDocument.Parse(crossValidated.Stdout);
        var byTarget = json.RootElement.GetProperty("accuracy").GetDouble().ToString("0.0000", CultureInfo.InvariantCulture);
        var (unseenDisputed, unseenAccuracy, unseenNote) = Heading(unseen.Stdout);
        var (stratifiedDisputed, stratifiedAccuracy, stratifiedNote) = Heading(stratified.Stdout);
        Assert.Equal((byTarget, ", folds of unseen targets"), (unseenAccuracy, unseenNote));
        Assert.Equal("", stratifiedNote);
        // The fixture's two fold schemes score differently, so a run that ignored the option would not match cross-validate's.
        Assert.NotEqual(stratifiedAccuracy, unseenAccuracy);
        Assert.NotEqual(stratifiedDisputed, unseenDisputed);
    }

    [Fact]
    public void Audit_KeepDuplicates_KeepsRepeatedRowsThatAreOtherwiseKeptOnce()
    {
        var rows = File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(41).ToList();
        var data = _dir.File("repeats.tsv", string.Join('\n', rows.Concat(rows.Skip(1).Take(10))) + "\n");

        var once = CliProcess.Run("audit", "--task", "sentiment", "--data", data, "--folds", "2");
        var kept = CliProcess.Run("audit", "--task", "sentiment", "--data", data, "--folds", "2", "--keep-duplicates");

        Assert.True(once.ExitCode == 0, once.Stderr);
        Assert.True(kept.ExitCode == 0, kept.Stderr);
        Assert.Matches(@"^\d+ of 40 rows are confidently disputed", once.Stdout);
        Assert.Matches(@"^\d+ of 50 rows are confidently disputed", kept.Stdout);
    }

    [Fact]
    public void Audit_UnseenTargetsForSentiment_ExitsOneSayingStanceOnly()
    {
        var data = _dir.File("sentiment.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(41)) + "\n");

        var result = CliProcess.Run("audit", "--task", "sentiment", "--data", data, "--unseen-targets");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --unseen-targets applies to stance only{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Audit_UnseenTargetsMoreFoldsThanTargets_ExitsOneNamingTheTargetsBeforeTraining()
    {
        var data = Rows(60);
        var targets = File.ReadLines(data).Skip(1).Select(l => l.Split('\t')[1]).Distinct(StringComparer.Ordinal).Count();
        var folds = (targets + 1).ToString(CultureInfo.InvariantCulture);

        var result = CliProcess.Run("audit", "--task", "stance", "--data", data, "--unseen-targets", "--folds", folds);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --folds {folds} is more than the {targets} distinct targets of --data (as the alias table counts them; with --unseen-targets each fold holds whole targets): " +
            $"use --folds {targets} or fewer{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Audit_UnseenTargetsInSeveralFormsOfOneTarget_CountsThemAsOne()
    {
        var data = _dir.File("forms.tsv", string.Join('\n',
            "text\ttarget\tlabel",
            "Beijing praised the trade pact.\tChina\tfavor",
            "Beijing condemned the new tariffs.\tchina\tagainst",
            "The ministry in Beijing said nothing.\tBeijing\tnone",
            "Paris welcomed the accord.\tFrance\tfavor") + "\n");

        var result = CliProcess.Run("audit", "--task", "stance", "--data", data, "--unseen-targets", "--folds", "3");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --folds 3 is more than the 2 distinct targets of --data (as the alias table counts them; with --unseen-targets each fold holds whole targets): " +
            $"use --folds 2 or fewer{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Audit_UnseenTargetsWhoseSentencesAllFollowAnotherTarget_ExitsOneSayingAFoldIsLeftWithoutRows()
    {
        // Every Japan row is a sentence first labeled for China, so it goes with China's fold and Japan's fold is empty.
        var data = _dir.File("shared.tsv", string.Join('\n',
            "text\ttarget\tlabel",
            "Tokyo and Beijing signed a fisheries pact.\tChina\tfavor",
            "Tokyo and Beijing signed a fisheries pact.\tJapan\tfavor",
            "Beijing protested Tokyo's new patrols.\tChina\tagainst",
            "Beijing protested Tokyo's new patrols.\tJapan\tnone") + "\n");

        var result = CliProcess.Run("audit", "--task", "stance", "--data", data, "--unseen-targets", "--folds", "2");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --folds 2 with --unseen-targets leaves a fold without rows (every sentence of its targets is also labeled " +
            $"for a target of another fold): use fewer folds{Environment.NewLine}", result.Stderr);
    }

    /// <summary>The disputed count, the accuracy and the fold note of the text report's first line.</summary>
    private static (string Disputed, string Accuracy, string Note) Heading(string stdout)
    {
        var match = HeadingPattern().Match(stdout);
        Assert.True(match.Success, stdout);
        return (match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value);
    }

    [GeneratedRegex(@"^(\d+) of \d+ rows are confidently disputed \(cross-validated accuracy ([\d.]+)(.*?)\); the", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    /// <summary>The header and the first <paramref name="rows"/> rows of the stance training file.</summary>
    private string Rows(int rows) =>
        _dir.File($"stance-{rows}.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(rows + 1)) + "\n");
}
