using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>The centroid store behind <c>untouchedIssueMargin</c>: its cosines, margins and nearest issue against a plain computation.</summary>
public sealed class IssueTopicsTests
{
    private const int Dimensions = 12;

    [Fact]
    public void Margin_RandomCentroidsAndTexts_EqualsPlainMaxOfDotProducts()
    {
        var random = new Random(7);
        // 5 issues of 1-9 centroids: 29 rows, not a whole number of SIMD vectors, so the padding is exercised.
        var topics = Enumerable.Range(0, 5).Select(t => ($"issue {t}", Enumerable.Range(0, 1 + (t * 2)).Select(_ => Unit(random)).ToArray())).ToArray();
        var store = new IssueTopics(topics, Dimensions);

        for (var trial = 0; trial < 50; trial++)
        {
            var text = Unit(random);
            var best = topics.SelectMany(t => t.Item2).Max(c => Dot(text, c));
            foreach (var (name, centroids) in topics)
            {
                var expected = centroids.Max(c => Dot(text, c)) - best;

                Assert.Equal(expected, store.Margin(text, name)!.Value, 1e-5f);
            }

            var nearest = topics.MaxBy(t => t.Item2.Max(c => Dot(text, c))).Item1;
            Assert.Equal(nearest, store.Nearest(text));
        }
    }

    [Fact]
    public void Margin_TargetNotStored_IsNull()
    {
        var store = new IssueTopics([("fishing quotas", [Unit(new Random(1))])], Dimensions);

        Assert.Null(store.Margin(Unit(new Random(2)), "carbon pricing"));
        Assert.True(store.Contains("fishing quotas"));
        Assert.False(store.Contains("Fishing quotas"));
    }

    [Fact]
    public void Constructor_IssueTwiceOrWithoutCentroidsOrWrongLength_Throws()
    {
        var c = Unit(new Random(1));

        Assert.Contains("listed twice", Assert.Throws<ArgumentException>(() => new IssueTopics([("tariffs", [c]), ("tariffs", [c])], Dimensions)).Message);
        Assert.Contains("no centroids", Assert.Throws<ArgumentException>(() => new IssueTopics([("tariffs", [])], Dimensions)).Message);
        Assert.Contains("not 12 finite numbers", Assert.Throws<ArgumentException>(() => new IssueTopics([("tariffs", [new float[11]])], Dimensions)).Message);
        Assert.Contains("not 12 finite numbers", Assert.Throws<ArgumentException>(() => new IssueTopics([("tariffs", [[float.NaN, .. new float[11]]])], Dimensions)).Message);
    }

    [Fact]
    public void RaiseNone_ThreeLabels_MultipliesNoneOddsByEToTheShiftAndSumsToOne()
    {
        double[] p = [0.6, 0.1, 0.3];

        IssueTopics.RaiseNone(p, none: 1);

        Assert.Equal(1.0, p.Sum(), 12);
        Assert.Equal(Math.Exp(IssueTopics.NoneShift) * (0.1 / 0.6), p[1] / p[0], 9);
        Assert.Equal(0.6 / 0.3, p[0] / p[2], 9);
    }

    private static float[] Unit(Random random)
    {
        var v = Enumerable.Range(0, Dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
