using Classifier.Features;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>The optional <c>topics.bin</c> entry of a stance model with <c>untouchedIssueMargin</c>: round trip and damage.</summary>
public sealed class TopicsFileTests : IDisposable
{
    private static readonly string Shipped = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void SaveLoad_ShippedStanceModel_TopicsRoundTripExactly()
    {
        var loaded = ModelArchive.Read(File.ReadAllBytes(Shipped), Shipped, ClassifierTask.Stance, null);
        var path = _dir.File("again.zip");

        ModelArchive.Save(path, loaded);
        var again = ModelArchive.Read(File.ReadAllBytes(path), path, ClassifierTask.Stance, null);

        Assert.Equal(loaded.Topics!.Targets, again.Topics!.Targets);
        for (var t = 0; t < loaded.Topics.Targets.Count; t++)
        {
            Assert.Equal(loaded.Topics.CentroidCount(t), again.Topics.CentroidCount(t));
            Assert.Equal(loaded.Topics.Centroid(t, 0).ToArray(), again.Topics.Centroid(t, 0).ToArray());
        }
    }

    [Fact]
    public void Load_TopicsRemovedFromAModelThatSetsTheMargin_RejectedAsDamaged()
    {
        var entries = Entries();
        entries.Remove(ModelArchive.TopicsEntry);

        var ex = Assert.Throws<ModelFileException>(() => Load(entries));

        Assert.Contains("is damaged: the manifest sets untouchedIssueMargin but the file has no topics.bin; restore the file or retrain the model", ex.Message);
    }

    [Fact]
    public void Load_TruncatedTopics_RejectedAsDamaged()
    {
        var entries = Entries();
        entries[ModelArchive.TopicsEntry] = entries[ModelArchive.TopicsEntry][..^10];

        var ex = Assert.Throws<ModelFileException>(() => Load(entries));

        Assert.Contains("is damaged: topics.bin is truncated", ex.Message);
    }

    [Fact]
    public void Load_TopicsInAModelWithoutTheMargin_RejectedAsDamaged()
    {
        var sentiment = ModelArchive.ReadEntries(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip")), "sentiment.zip");
        sentiment.Remove(ModelArchive.ChecksumsEntry);
        sentiment[ModelArchive.TopicsEntry] = Entries()[ModelArchive.TopicsEntry];

        var ex = Assert.Throws<ModelFileException>(() => Load(sentiment));

        Assert.Contains("the file has topics.bin but the manifest does not set untouchedIssueMargin", ex.Message);
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(0.005f)]
    [InlineData(1.5f)]
    [InlineData(float.NaN)]
    public void Validate_MarginOutOfRange_ThrowsNamingTheRange(float margin)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new FeaturizerSettings { UntouchedIssueMargin = margin }.Validate);

        Assert.Contains("must be 0 (off) or between 0.01 and 1", ex.Message);
    }

    [Fact]
    public void Validate_MarginWithoutMentionFeatures_ThrowsSayingWhatToSet()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new FeaturizerSettings { UntouchedIssueMargin = 0.1f, MentionWindow = 0 }.Validate);

        Assert.Contains("set MentionWindow above 0", ex.Message);
    }

    private static Dictionary<string, byte[]> Entries()
    {
        var entries = ModelArchive.ReadEntries(File.ReadAllBytes(Shipped), Shipped);
        entries.Remove(ModelArchive.ChecksumsEntry);
        return entries;
    }

    private LoadedModel Load(Dictionary<string, byte[]> entries)
    {
        var path = _dir.File($"{Guid.NewGuid():N}.zip");
        using (var stream = File.Create(path))
        {
            ModelArchive.WriteSigned(stream, entries.Select(e => (e.Key, e.Value)).ToArray());
        }

        return ModelArchive.Read(File.ReadAllBytes(path), path, null, null);
    }
}
