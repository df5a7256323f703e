using Classifier.Tests.Cli;
using Classifier.Training.Validation;

namespace Classifier.Tests.Validation;

public sealed class DataValidatorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Validate_NearDuplicateAcrossSplits_FailsAsLeakage()
    {
        var train = Sentiment("train.tsv", "Talks between the two ministers resumed in Geneva on Tuesday after a long pause.\tpositive", "Rockets hit the port.\tnegative");
        var test = Sentiment("test.tsv", "Talks between the two ministers resumed in Geneva on Tuesday after a pause.\tpositive", "A vote is due in May.\tneutral");

        var report = DataValidator.Validate(ClassifierTask.Sentiment, [train, test], new ValidationRules());

        Assert.False(report.Passed);
        Assert.StartsWith($"leakage between {train} and {test}: 1 sentence pairs with 3-gram Jaccard >= 0.7", Assert.Single(report.Failures));
        // With the line of each side (the message named no line).
        Assert.Contains($"{train}:2 \"Talks between the two ministers", report.Failures[0]);
        Assert.Contains($"~ {test}:2 \"Talks between", report.Failures[0]);
    }

    [Fact]
    public void Validate_DistinctSplits_Passes()
    {
        var train = Sentiment("train.tsv", "Talks resumed in Geneva after a long pause.\tpositive", "Rockets hit the port overnight.\tnegative");
        var test = Sentiment("test.tsv", "Shares of the miner fell sharply.\tnegative", "A vote is due in May.\tneutral");

        Assert.True(DataValidator.Validate(ClassifierTask.Sentiment, [train, test], new ValidationRules()).Passed);
    }

    [Fact]
    public void Validate_RepeatedOpening_FailsAboveTheShare()
    {
        var rows = Enumerable.Range(0, 10).Select(i => $"The foreign minister said item {i} was settled.\tneutral")
            .Concat(Enumerable.Range(0, 90).Select(i => $"Sentence number {i} about something else entirely {i}.\tneutral")).ToArray();
        var path = Sentiment("open.tsv", rows);

        var report = DataValidator.Validate(ClassifierTask.Sentiment, [path], new ValidationRules { MaxOpeningShare = 0.05 });

        Assert.Contains(report.Failures, f => f == $"{path}: 10.0% of the sentences open with 'the foreign minister'; at most 5% may share an opening (--max-opening-share)");
    }

    [Fact]
    public void Validate_LabelBelowMinimumShare_Fails()
    {
        var path = Sentiment("skew.tsv", "Good news arrived.\tpositive", "Bad news arrived.\tnegative", "More bad news came.\tnegative", "The news came.\tneutral");

        var report = DataValidator.Validate(ClassifierTask.Sentiment, [path], new ValidationRules { MinLabelShare = 0.25 });
        var stricter = DataValidator.Validate(ClassifierTask.Sentiment, [path], new ValidationRules { MinLabelShare = 0.3 });

        Assert.Empty(report.Failures);
        Assert.Equal(
            [
                $"{path}: label 'neutral' is 25.0% of the rows; at least 30% is required (--min-label-share)",
                $"{path}: label 'positive' is 25.0% of the rows; at least 30% is required (--min-label-share)",
            ],
            stricter.Failures);
    }

    [Fact]
    public void Validate_LabelAbsentFromTheFile_FailsAtZeroPercent()
    {
        // Only the labels a file had were counted, so a file with no neutral row at all passed any --min-label-share.
        var path = Sentiment("nonneutral.tsv", "Good news arrived.\tpositive", "Bad news arrived.\tnegative");

        var report = DataValidator.Validate(ClassifierTask.Sentiment, [path], new ValidationRules { MinLabelShare = 0.1 });

        Assert.Equal([$"{path}: label 'neutral' is 0.0% of the rows; at least 10% is required (--min-label-share)"], report.Failures);
    }

    [Fact]
    public void Validate_UnseenTargetUsedInTrain_Fails()
    {
        var train = Stance("train.tsv", "Ottawa backed the plan.\tCanada\tfavor", "Seoul rejected it.\tSouth Korea\tagainst");
        var unseen = Stance("unseen.tsv", "Canberra criticised the tax.\tAustralia\tagainst", "Ottawa praised the deal.\tCanada\tfavor");

        var report = DataValidator.Validate(ClassifierTask.Stance, [train, unseen], new ValidationRules { UnseenTargetsFiles = [unseen] });

        Assert.Equal([$"{unseen}: targets also used in the other files: Canada"], report.Failures);
    }

    [Fact]
    public void Validate_TwoUnseenFiles_EachIsCheckedAgainstTheFilesNotUnseen()
    {
        var train = Stance("train.tsv", "Seoul rejected it.\tSouth Korea\tagainst", "Tokyo backed it.\tJapan\tfavor");
        var first = Stance("unseen1.tsv", "Canberra criticised the tax.\tAustralia\tagainst", "Mexico City hosted the talks.\tMexico\tnone");
        var second = Stance("unseen2.tsv", "Canberra praised the deal.\tAustralia\tfavor", "Seoul praised the deal.\tSouth Korea\tfavor");

        var report = DataValidator.Validate(ClassifierTask.Stance, [train, first, second],
            new ValidationRules { UnseenTargetsFiles = [first, second] });

        Assert.Equal([$"{second}: targets also used in the other files: South Korea"], report.Failures);
    }

    [Fact]
    public void Validate_StanceStats_CountTargetsAndContrastiveSentences()
    {
        var path = Stance("s.tsv", "Seoul welcomed it while Washington balked.\tSouth Korea\tfavor",
            "Seoul welcomed it while Washington balked.\tUnited States\tagainst", "Beijing said nothing.\tChina\tnone");

        var stats = Assert.Single(DataValidator.Validate(ClassifierTask.Stance, [path], new ValidationRules()).Files);

        Assert.Equal(3, stats.Targets);
        Assert.Equal(2, stats.Sentences);
        Assert.Equal(0.5, stats.ContrastiveShare);
    }

    [Fact]
    public void Validate_TwoFilesWithBadRowsAndAMissingOne_ThrowsWithEveryFilesProblems()
    {
        var first = Sentiment("first.tsv", "Good news arrived.\tpositive", "Bad news arrived.\tnope");
        var second = Sentiment("second.tsv", "Rockets hit the port.");
        var missing = Path.Combine(_dir.Path, "missing.tsv");

        var ex = Assert.Throws<Classifier.Data.DataFileException>(() => DataValidator.Validate(ClassifierTask.Sentiment, [first, second, missing], new ValidationRules()));

        Assert.Equal([$"{first}:3: label 'nope' is not a sentiment label; use one of: negative, neutral, positive",
            $"{second}:2: expected 2 tab-separated fields as in the header, found 1; check for a missing or extra tab",
            $"{missing}: file not found; check the path"], ex.Errors.Select(e => e.ToString()));
        Assert.Equal(3, ex.TotalErrors);
    }

    [Fact]
    public void Validate_StanceFileWithAFunctionWordTargetBesideABadFile_ListsBothFilesProblems()
    {
        // The row toward "the" was reported only once the other file was mended: one run now lists both.
        var good = _dir.File("train.tsv", "text\ttarget\tlabel\nBeijing condemned the drills.\tChina\tagainst\nThe vote will go ahead.\tthe\tnone\n");
        var bad = _dir.File("dev.tsv", "text\ttarget\tlabel\nSeoul welcomed the talks.\t\tfavor\n");

        var ex = Assert.Throws<Classifier.Data.DataFileException>(() => DataValidator.Validate(ClassifierTask.Stance, [good, bad], new ValidationRules()));

        Assert.Equal([(bad, 2), (good, 3)], ex.Errors.Select(e => (e.Path, e.Line)));
        Assert.StartsWith("target 'the' is only function words", ex.Errors[1].Message);
        Assert.Equal(2, ex.TotalErrors);
    }

    [Fact]
    public void ValidateDataCli_TwoFilesWithBadRows_ExitsTwoNamingEachFileAndLine()
    {
        var first = Sentiment("first.tsv", "Good news arrived.\tpositive", "Bad news arrived.\tnope");
        var second = Sentiment("second.tsv", "Rockets hit the port.\tnegative", "Rockets hit the port.\tpositive");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", first, second);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {first}:3: label 'nope' is not a sentiment label", result.Stderr);
        Assert.Contains($"error: {second}:3: ", result.Stderr);
    }

    [Fact]
    public void Validate_TargetInSeveralFormsTrainingMerges_CountedOnceWithAWarningNamingFormsAndLines()
    {
        var train = Stance("train.tsv", "Beijing said nothing.\tChina\tnone", "Talks began.\tchina\tfavor", "Talks stalled.\tchina\tagainst", "Seoul waited.\tSouth Korea\tnone");
        var dev = Stance("dev.tsv", "Beijing hailed the deal.\tBeijing\tfavor");

        var report = DataValidator.Validate(ClassifierTask.Stance, [train, dev], new ValidationRules());

        Assert.Equal(["China", "South Korea"], report.PerTarget.Keys);
        Assert.Equal(4, report.PerTarget["China"].Values.Sum());
        Assert.Equal([2, 1], report.Files.Select(f => f.Targets));
        Assert.Equal([$"warning: target 'China' is written in 3 forms: 'China' ({train}:2), 'china' ({train}:3 and 1 more), 'Beijing' ({dev}:2); " +
            "training counts them as one target, so they are counted as one here: write one form to keep the file uniform"], report.Notes);
    }

    [Fact]
    public void Validate_UnknownTargetInTwoCases_CountedTwiceAsTrainingDoesWithAWarning()
    {
        var path = Stance("s.tsv", "Tesla cut prices.\tTesla\tnone", "Tesla raised prices.\ttesla\tnone");

        var report = DataValidator.Validate(ClassifierTask.Stance, [path], new ValidationRules());

        Assert.Equal(2, report.PerTarget.Count);
        Assert.Equal([$"warning: a target is written in 2 forms: 'Tesla' ({path}:2), 'tesla' ({path}:3); training counts them as 2 different targets " +
            "('Tesla', 'tesla'): write one form, or add the target to the alias table (--aliases) if they are one"], report.Notes);
    }

    [Fact]
    public void Validate_AliasTableGiven_TargetsCountedByIt()
    {
        var path = Stance("s.tsv", "Tesla cut prices.\tTesla\tnone", "Shares rose.\tTSLA\tfavor");
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["Tesla"] = ["TSLA"] };

        var report = DataValidator.Validate(ClassifierTask.Stance, [path], new ValidationRules { Aliases = aliases });

        Assert.Equal(["Tesla"], report.PerTarget.Keys);
    }

    [Fact]
    public void ValidateDataCli_AliasesOption_CountsTargetsByThatTable()
    {
        var path = Stance("s.tsv", "Tesla cut prices.\tTesla\tnone", "Shares rose.\tTSLA\tfavor");
        var aliases = _dir.File("aliases.tsv", "target\talias\nTesla\tTSLA\n");

        var plain = CliProcess.Run("validate-data", "--task", "stance", path, "--format", "markdown");
        var withTable = CliProcess.Run("validate-data", "--task", "stance", path, "--aliases", aliases, "--format", "markdown");

        Assert.True(withTable.ExitCode == 0, withTable.Stderr);
        Assert.Contains("2 targets;", plain.Stdout);
        Assert.Contains("1 targets;", withTable.Stdout);
    }

    [Fact]
    public void Validate_UnseenFileWritesATrainedTargetByAnotherName_Fails()
    {
        var train = Stance("train.tsv", "Beijing backed the plan.\tChina\tfavor", "Seoul rejected it.\tSouth Korea\tagainst");
        var unseen = Stance("unseen.tsv", "Canberra criticised the tax.\tAustralia\tagainst", "Beijing praised the deal.\tBeijing\tfavor");

        var report = DataValidator.Validate(ClassifierTask.Stance, [train, unseen], new ValidationRules { UnseenTargetsFiles = [unseen] });

        Assert.Equal([$"{unseen}: targets also used in the other files: China"], report.Failures);
    }

    private string Sentiment(string name, params string[] rows) => _dir.File(name, "text\tlabel\n" + string.Join('\n', rows) + "\n");

    private string Stance(string name, params string[] rows) => _dir.File(name, "text\ttarget\tlabel\n" + string.Join('\n', rows) + "\n");
}
