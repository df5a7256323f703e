namespace Classifier.Tests.Data;

/// <summary>
/// A batch with its blind readings (data/README.md, "Issue targets", "Actor targets", "A second issue batch" and the
/// fourteenth, fifteenth and sixteenth sessions' held-out files) keeps exactly the rows on which both readers gave the writer's label. A batch kept aside has targets
/// in no training or held-out file: it is not trained on, as the READMEs say, and a later trial of it leaves the held-out
/// files measuring the same targets as before. The issue batch, added to training by a later trial, is in train.tsv
/// with exactly its confirmed rows.
/// </summary>
public sealed class BatchReadingsTests
{
    [Theory]
    [InlineData("not_added_actors.tsv", "reading_actors.tsv", 795, 810)]
    [InlineData("test_unseen_issues.tsv", "reading_unseen_issues.tsv", 350, 351)]
    [InlineData("test_everyday.tsv", "reading_everyday.tsv", 395, 396)]
    [InlineData("not_added_issues2.tsv", "reading_issues2.tsv", 772, 778)]
    [InlineData("test_unseen_issues_fresh.tsv", "reading_unseen_issues_fresh.tsv", 263, 264)]
    [InlineData("test_unseen_issues_third.tsv", "reading_unseen_issues_third.tsv", 257, 259)]
    [InlineData("test_unseen_issues_fourth.tsv", "reading_unseen_issues_fourth.tsv", 259, 260)]
    [InlineData("test_absent_issues.tsv", "reading_absent_issues.tsv", 296, 297)]
    [InlineData("test_absent_issues_second.tsv", "reading_absent_issues_second.tsv", 297, 297)]
    [InlineData("test_absent_issues_third.tsv", "reading_absent_issues_third.tsv", 204, 204)]
    [InlineData("test_digit_names.tsv", "reading_digit_names.tsv", 343, 344)]
    [InlineData("test_polar_names.tsv", "reading_polar_names.tsv", 321, 321)]
    [InlineData("test_unseen_untouched.tsv", "reading_unseen_untouched.tsv", 306, 306)]
    [InlineData("test_unseen_untouched_second.tsv", "reading_unseen_untouched_second.tsv", 306, 306)]
    public void BatchFile_AgainstItsReadings_HoldsExactlyTheRowsBothReadersConfirmed(string batch, string reading, int kept, int read)
    {
        var readings = Rows(reading);
        var confirmed = readings.Where(r => r[3] == r[2] && r[5] == r[2]).Select(Key).ToHashSet(StringComparer.Ordinal);
        var batchRows = Rows(batch).Select(Key).ToList();

        Assert.Equal(read, readings.Count);
        Assert.Equal(kept, batchRows.Count);
        Assert.Equal(confirmed.Order(StringComparer.Ordinal), batchRows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddedIssueBatch_AgainstItsReadings_TrainHoldsItsConfirmedRowsAndNoneOfTheOthers()
    {
        var readings = Rows("reading_issues.tsv");
        var train = Rows("train.tsv").Select(Key).ToHashSet(StringComparer.Ordinal);

        var confirmed = readings.Where(r => r[3] == r[2] && r[5] == r[2]).Select(Key).ToList();
        var disputed = readings.Where(r => !(r[3] == r[2] && r[5] == r[2])).Select(Key).ToList();

        Assert.Equal(763, confirmed.Count);
        Assert.All(confirmed, row => Assert.Contains(row, train));
        Assert.DoesNotContain(disputed, train.Contains);
    }

    [Theory]
    [InlineData("not_added_actors.tsv")]
    [InlineData("not_added_issues2.tsv")]
    public void KeptBatch_Targets_AreInNoOtherLabeledFile(string batch)
    {
        var elsewhere = Directory.GetFiles(TestPaths.Data("stance"), "*.tsv")
            .Select(Path.GetFileName)
            .Where(name => name is "train.tsv" or "train_absent.tsv" or "dev.tsv" || name!.StartsWith("test", StringComparison.Ordinal))
            .Where(name => name != "test_second_reading.tsv")
            .SelectMany(name => Rows(name!))
            .Select(r => r[1])
            .ToHashSet(StringComparer.Ordinal);

        var shared = Rows(batch).Select(r => r[1]).Distinct().Where(elsewhere.Contains).ToList();

        Assert.Empty(shared);
    }

    private static string Key(string[] row) => string.Join('\t', row[0], row[1], row[2]);

    private static List<string[]> Rows(string file) =>
        File.ReadLines(TestPaths.Data("stance", file)).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')).ToList();
}
