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

        Assert.Contains(report.Failures, f => f == $"{path}: 10.0% of the sentences open with 'the foreign minister'; at most 5% may share an opening");
    }

    [Fact]
    public void Validate_LabelBelowMinimumShare_Fails()
    {
        var path = Sentiment("skew.tsv", "Good news arrived.\tpositive", "Bad news arrived.\tnegative", "More bad news came.\tnegative", "Worse news came.\tnegative");

        var report = DataValidator.Validate(ClassifierTask.Sentiment, [path], new ValidationRules { MinLabelShare = 0.3 });

        Assert.Equal([$"{path}: label 'positive' is 25.0% of the rows; at least 30% is required"], report.Failures);
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

    private string Sentiment(string name, params string[] rows) => _dir.File(name, "text\tlabel\n" + string.Join('\n', rows) + "\n");

    private string Stance(string name, params string[] rows) => _dir.File(name, "text\ttarget\tlabel\n" + string.Join('\n', rows) + "\n");
}
