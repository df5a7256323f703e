using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// <c>trees.bin</c> and <c>topics.bin</c> have limits suited to their formats (64 MiB and 16 MiB), not only the 256 MiB any
/// entry may hold: one whose zip directory claims more is refused before it is read, naming the file, the entry and the sizes.
/// </summary>
public sealed class TreesAndTopicsSizeTests : IDisposable
{
    private static readonly string Models = Path.Combine(TestPaths.RepositoryRoot, "models");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_TreesEntryDeclaringMoreThanTreesMayHold_RefusedBeforeReadingIt()
    {
        var entries = ModelZips.Entries(Path.Combine(Models, "sentiment.zip"));
        entries[ModelArchive.TreesEntry] = new byte[1000];
        var path = _dir.File("trees.zip");
        File.WriteAllBytes(path, ModelZips.Patch(ModelZips.Signed(entries, level: null), ModelArchive.TreesEntry, 100_000_000));

        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(path));

        Assert.Equal($"{path}: entry 'trees.bin' declares 100,000,000 bytes (1,000 compressed), more than the 67,108,864 an entry of a model may hold; " +
            "the file is damaged or was not written by the training CLI: restore the original file or retrain the model", ex.Message);
    }

    [Fact]
    public void Load_TopicsEntryDeclaringMoreThanTopicsMayHold_RefusedBeforeReadingIt()
    {
        var entries = ModelZips.Entries(Path.Combine(Models, "stance.zip"));
        var compressed = entries[ModelArchive.TopicsEntry].Length;
        var path = _dir.File("topics.zip");
        File.WriteAllBytes(path, ModelZips.Patch(ModelZips.Signed(entries, level: null), ModelArchive.TopicsEntry, 20_000_000));

        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(path));

        Assert.Equal($"{path}: entry 'topics.bin' declares 20,000,000 bytes ({compressed:N0} compressed), more than the 16,777,216 an entry of a model may hold; " +
            "the file is damaged or was not written by the training CLI: restore the original file or retrain the model", ex.Message);
    }

    [Theory]
    [InlineData("trees.bin", 64L << 20)]
    [InlineData("topics.bin", 16L << 20)]
    public void EntryLimit_TreesAndTopics_BelowTheGeneralLimit(string entry, long expected)
    {
        Assert.Equal(expected, ModelArchive.EntryLimit(entry));
        Assert.True(ModelArchive.EntryLimit(entry) < ModelArchive.MaxEntryBytes);
    }
}
