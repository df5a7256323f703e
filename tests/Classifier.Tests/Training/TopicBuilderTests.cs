using Classifier.Data;
using Classifier.Features;
using Classifier.Stance;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>How training places the trained issues in word-vector space for <c>untouchedIssueMargin</c>.</summary>
public sealed class TopicBuilderTests
{
    [Fact]
    public void Cluster_TwoTightGroups_FindsBothAsUnitCentroidsTheSameEachTime()
    {
        var random = new Random(3);
        var vectors = Enumerable.Range(0, 40).Select(i => Noisy(i % 2 == 0 ? 0 : 5, random)).ToArray();

        var first = TopicBuilder.Cluster(vectors, 2);
        var again = TopicBuilder.Cluster(vectors, 2);

        Assert.Equal(2, first.Length);
        Assert.Equal(first.Select(c => c.ToArray()), again.Select(c => c.ToArray()));
        Assert.All(first, c => Assert.Equal(1.0, Math.Sqrt(c.Sum(x => (double)x * x)), 4));
        // One centroid near axis 0, the other near axis 5.
        Assert.Equal([0, 5], first.Select(c => Array.IndexOf(c, c.Max())).Order());
    }

    [Fact]
    public void Cluster_NoMoreVectorsThanK_KeepsThemAsTheyAre()
    {
        var random = new Random(4);
        var vectors = Enumerable.Range(0, 3).Select(i => Noisy(i, random)).ToArray();

        var centroids = TopicBuilder.Cluster(vectors, IssueTopics.MaxCentroids);

        Assert.Equal(vectors, centroids);
        Assert.NotSame(vectors[0], centroids[0]);
    }

    [Fact]
    public void Build_NamesAndIssues_StoresOnlyIssuesByCanonicalNameWithAtMostEightCentroids()
    {
        var aliases = new AliasTable(new Dictionary<string, IReadOnlyList<string>> { ["fishing quotas"] = ["catch limits"] }, new Dictionary<string, IReadOnlyList<string>>());
        var featurizer = new TextFeaturizer(new FeaturizerSettings(), lexicon: null, aliases);
        var rows = new List<LabeledExample>();
        for (var i = 0; i < 12; i++)
        {
            rows.Add(new LabeledExample($"Trawler crews landed {i} tonnes of cod and herring at the harbour.", "favor", i % 2 == 0 ? "fishing quotas" : "catch limits", "t.tsv", i + 2));
            rows.Add(new LabeledExample($"Norway's fleet sailed north on day {i}.", "none", "Norway", "t.tsv", i + 20));
        }

        var topics = TopicBuilder.Build(rows, featurizer, aliases);

        Assert.Equal(["fishing quotas"], topics.Targets);
        Assert.Equal(IssueTopics.MaxCentroids, topics.CentroidCount(0));
        Assert.Equal(WordVectors.Default.Dimensions, topics.Dimensions);
    }

    [Theory]
    [InlineData(0.1f)]
    [InlineData(0f)]
    public void Train_StanceModel_StoresTopicsOfItsTrainedIssuesOnlyWhenTheMarginIsSet(float margin)
    {
        using var dir = new TempDirectory();

        var model = Classifier.Tests.Stance.SmallStanceModel.Train(new FeaturizerSettings { UntouchedIssueMargin = margin }, dir.File("small.zip"));

        var topics = model.Scorer.Topics;
        if (margin == 0)
        {
            Assert.Null(topics);
            return;
        }

        var trained = model.Info.TrainingData.Targets.Keys;
        Assert.Equal(trained.Where(t => !TargetContext.LooksLikeName(t)).Order(StringComparer.Ordinal), topics!.Targets);
        Assert.Contains("sanctions", topics.Targets);
        Assert.DoesNotContain("United States", topics.Targets);
        Assert.All(Enumerable.Range(0, topics.Targets.Count), t => Assert.InRange(topics.CentroidCount(t), 1, IssueTopics.MaxCentroids));
    }

    private static float[] Noisy(int axis, Random random)
    {
        var v = new float[8];
        v[axis] = 1;
        for (var d = 0; d < v.Length; d++)
        {
            v[d] += (float)(random.NextDouble() * 0.1);
        }

        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
