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

    [Fact]
    public void Load_TopicsMutatedAndResigned_LoadsAndScoresOrIsRefusedWithTheModelException()
    {
        var small = Classifier.Tests.Stance.SmallStanceModel.Train(new FeaturizerSettings { UntouchedIssueMargin = 0.1f }, _dir.File("small.zip"));
        var entries = ModelArchive.ReadEntries(File.ReadAllBytes(_dir.File("small.zip")), "small.zip");
        entries.Remove(ModelArchive.ChecksumsEntry);
        var topics = entries[ModelArchive.TopicsEntry];
        var issue = small.Scorer.Topics!.Targets[0];
        var random = new Random(11);
        var (loaded, refused) = (0, 0);

        for (var trial = 0; trial < 300; trial++)
        {
            var bytes = (trial % 3) switch
            {
                // One to three bytes changed, mostly in the header and names, where the counts and lengths are.
                0 => Mutate(topics, random, Math.Min(topics.Length, 200)),
                1 => Mutate(topics, random, topics.Length),
                _ => topics[..random.Next(topics.Length)],
            };
            try
            {
                var model = new StanceClassifierProbe(Load(new Dictionary<string, byte[]>(entries) { [ModelArchive.TopicsEntry] = bytes }));
                var p = model.Probabilities("Exporters in a river port say their orders halved this year.", issue);
                Assert.Equal(1.0, p.Sum(), 6);
                Assert.All(p, v => Assert.True(double.IsFinite(v)));
                loaded++;
            }
            catch (ModelFileException ex)
            {
                Assert.Contains("is damaged", ex.Message);
                refused++;
            }
        }

        Assert.True(loaded > 0 && refused > 0, $"{loaded} loaded, {refused} refused");
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(0.005f)]
    [InlineData(1.5f)]
    [InlineData(float.NaN)]
    public void Init_MarginOutOfRange_ThrowsNamingTheRange(float margin)
    {
        // Refused as it is set (before 2026-12-05, only by Validate).
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FeaturizerSettings { UntouchedIssueMargin = margin });

        Assert.Contains("must be 0 (off) or between 0.01 and 1", ex.Message);
    }

    [Fact]
    public void Validate_MarginWithoutMentionFeatures_ThrowsSayingWhatToSet()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new FeaturizerSettings { UntouchedIssueMargin = 0.1f, MentionWindow = 0 }.Validate);

        Assert.Contains("set MentionWindow above 0", ex.Message);
    }

    private static byte[] Mutate(byte[] source, Random random, int within)
    {
        var bytes = (byte[])source.Clone();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            bytes[random.Next(within)] = (byte)random.Next(256);
        }

        return bytes;
    }

    /// <summary>Scores through the loaded parts as the classifier does.</summary>
    private sealed class StanceClassifierProbe(LoadedModel model)
    {
        private readonly ModelScorer _scorer = new(model);

        public double[] Probabilities(string text, string target)
        {
            var p = new double[_scorer.Classes];
            _scorer.Probabilities(text, _scorer.Target(target), p);
            return p;
        }
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
