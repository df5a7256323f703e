using System.Text.Json;
using Classifier.Articles;

namespace Classifier.Tests.Model;

/// <summary>
/// A result whose <c>Probabilities</c> is null, in JSON (alone or inside an article record) or given to a constructor or a
/// <c>with</c> expression, is refused as null, not as missing: only a property left out of the JSON is "missing".
/// </summary>
public sealed class NullProbabilitiesTests
{
    private const string NullSaid = "'Probabilities' is null, not an object of each label's probability; give the probability of every label.";

    private static readonly LabelProbabilities Sure = new([new("positive", 1)]);

    private static readonly LabelProbabilities SureFavor = new([new("favor", 1)]);

    [Theory]
    [InlineData(typeof(SentimentResult), """{"Label":"positive","Confidence":1,"Probabilities":null}""", "SentimentResult")]
    [InlineData(typeof(StanceResult), """{"Target":"China","Label":"none","Confidence":1,"Probabilities":null}""", "StanceResult")]
    [InlineData(typeof(SentenceAnalysis),
        """{"Index":0,"Span":{"Start":0,"Length":2,"Text":"Hi"},"Sentiment":{"Label":"positive","Confidence":1,"Probabilities":null},"Stance":[]}""", "SentimentResult")]
    [InlineData(typeof(TargetStance), """{"Target":"China","Mentioned":true,"Result":{"Target":"China","Label":"none","Confidence":1,"Probabilities":null}}""", "StanceResult")]
    public void Deserialize_ProbabilitiesNull_SaysNullNotMissing(Type type, string json, string result)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));

        Assert.Equal($"Cannot read JSON as {result}: {NullSaid}", error.Message);
    }

    [Fact]
    public void Deserialize_ProbabilitiesLeftOut_StillSaysMissing()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SentimentResult>("""{"Label":"positive","Confidence":1}"""));

        Assert.Equal("Cannot read JSON as SentimentResult: it has no 'Probabilities'.", error.Message);
    }

    [Fact]
    public void ConstructorsAndWith_ProbabilitiesNull_SayItIsNull()
    {
        const string message = "Probabilities is null; give the probability of every label. (Parameter 'Probabilities')";
        var sentiment = new SentimentResult("positive", 1, Sure);
        var stance = new StanceResult("China", "favor", 1, SureFavor);

        Assert.Equal(message, Assert.Throws<ArgumentNullException>(() => new SentimentResult("positive", 1, null!)).Message);
        Assert.Equal(message, Assert.Throws<ArgumentNullException>(() => new StanceResult("China", "favor", 1, null!)).Message);
        Assert.Equal(message, Assert.Throws<ArgumentNullException>(() => sentiment with { Probabilities = null! }).Message);
        Assert.Equal(message, Assert.Throws<ArgumentNullException>(() => stance with { Probabilities = null! }).Message);
    }
}
