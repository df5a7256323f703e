namespace Classifier.Tests.Model;

/// <summary>
/// A loaded classifier is shared (LoadDefault returns one instance per process): nothing it hands out may let one
/// caller change what another sees, even by casting a read-only collection back to its concrete type.
/// </summary>
public sealed class SharedStateTests
{
    private static readonly SentimentClassifier Sentiment = SentimentClassifier.LoadDefault();
    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    [Fact]
    public void Labels_CastBackToAList_CannotBeChanged()
    {
        Assert.IsNotType<string[]>(Sentiment.Labels);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)Sentiment.Labels)[0] = "changed");
        Assert.Throws<NotSupportedException>(() => ((IList<string>)Stance.Labels)[1] = "changed");
        var keys = Sentiment.Predict("Talks resumed.").Probabilities.Keys;
        Assert.Throws<NotSupportedException>(() => ((IList<string>)keys)[0] = "changed");

        Assert.Equal(["negative", "neutral", "positive"], SentimentClassifier.LoadDefault().Labels);
        Assert.True(Sentiment.Predict("War broke out.").Probabilities.ContainsKey("negative"));
    }

    [Fact]
    public void Info_CollectionsCastBack_CannotBeChanged()
    {
        var info = Stance.Info;
        var rows = Stance.TrainingRows("China");

        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)info.TrainingData.Targets)["China"] = 0);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, string>)info.Trainer)["temperature"] = "1");
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, IReadOnlyList<string>>)info.Aliases).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<string>)info.Aliases["China"])[0] = "changed");
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, IReadOnlyList<string>>)info.Representatives).Clear());
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, IReadOnlyDictionary<string, double>>)info.Metrics).Clear());
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)info.Metrics.Values.First()).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<string>)info.Labels)[0] = "changed");
        Assert.Throws<NotSupportedException>(() => ((IList<string>)info.TrainingData.Files).Clear());

        Assert.True(rows > 0);
        Assert.Equal(rows, StanceClassifier.LoadDefault().TrainingRows("China"));
    }

    [Fact]
    public void Probabilities_SamePrediction_EqualWithTheSameHashCode()
    {
        var first = Sentiment.Predict("Talks resumed after a two-year freeze.");
        var again = Sentiment.Predict("Talks resumed after a two-year freeze.");
        var other = Sentiment.Predict("Talks collapsed amid bitter accusations.");

        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.Equal(first.Probabilities, again.Probabilities);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first.Probabilities, other.Probabilities);
        Assert.Equal(Stance.Predict("Beijing condemned the drills.", "China"), Stance.Predict("Beijing condemned the drills.", "China"));
        Assert.NotEqual(Stance.Predict("Beijing condemned the drills.", "China"), Stance.Predict("Beijing condemned the drills.", "Japan"));
    }

    [Fact]
    public void Explain_SameText_EqualExplanationsThatPrintTheirFeatures()
    {
        var first = Sentiment.Explain("Talks resumed after a two-year freeze.");
        var again = Sentiment.Explain("Talks resumed after a two-year freeze.");
        var other = Sentiment.Explain("Talks collapsed amid bitter accusations.");

        Assert.Equal(first, again);
        Assert.Equal(first.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(first, other);
        var top = first.Contributions[0];
        Assert.Contains($"{top.Feature} ({top.Kind}, ", first.ToString());
        Assert.DoesNotContain("FeatureContribution[]", first.ToString());
        Assert.Contains($"Spans = [{top.Spans[0].Start}..{top.Spans[0].Start + top.Spans[0].Length}", top.ToString());
    }

    [Fact]
    public void Probabilities_NullKey_ThrowsArgumentNullException()
    {
        var probabilities = Sentiment.Predict("Talks resumed.").Probabilities;

        Assert.Throws<ArgumentNullException>(() => probabilities[null!]);
        Assert.Throws<ArgumentNullException>(() => probabilities.ContainsKey(null!));
        Assert.Throws<ArgumentNullException>(() => probabilities.TryGetValue(null!, out _));
    }
}
