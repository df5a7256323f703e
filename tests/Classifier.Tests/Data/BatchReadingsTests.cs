namespace Classifier.Tests.Data;

/// <summary>
/// A batch kept aside with its blind readings (data/README.md, "Issue targets" and "Actor targets") keeps exactly the
/// rows on which both readers gave the writer's label, and is not trained on, as the READMEs say.
/// </summary>
public sealed class BatchReadingsTests
{
    [Theory]
    [InlineData("not_added_issues.tsv", "reading_issues.tsv", 763, 769)]
    [InlineData("not_added_actors.tsv", "reading_actors.tsv", 795, 810)]
    public void KeptBatch_AgainstItsReadings_HoldsExactlyTheRowsBothReadersConfirmed(string batch, string reading, int kept, int read)
    {
        var readings = Rows(reading);
        var confirmed = readings.Where(r => r[3] == r[2] && r[5] == r[2]).Select(Key).ToHashSet(StringComparer.Ordinal);
        var batchRows = Rows(batch).Select(Key).ToList();

        Assert.Equal(read, readings.Count);
        Assert.Equal(kept, batchRows.Count);
        Assert.Equal(confirmed.Order(StringComparer.Ordinal), batchRows.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("not_added_issues.tsv")]
    [InlineData("not_added_actors.tsv")]
    public void KeptBatch_Targets_AreNotInTrainingData(string batch)
    {
        var trained = Rows("train.tsv").Concat(Rows("train_absent.tsv")).Select(r => r[1]).ToHashSet(StringComparer.Ordinal);

        var leaked = Rows(batch).Select(r => r[1]).Distinct().Where(trained.Contains).ToList();

        Assert.Empty(leaked);
    }

    private static string Key(string[] row) => string.Join('\t', row[0], row[1], row[2]);

    private static List<string[]> Rows(string file) =>
        File.ReadLines(TestPaths.Data("stance", file)).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')).ToList();
}
