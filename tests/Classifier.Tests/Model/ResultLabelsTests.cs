using System.Text.Json;

namespace Classifier.Tests.Model;

/// <summary>
/// A result of the caller's making, or read from JSON, holds its own task's labels: before, a SentimentResult of stance
/// labels (favor 0.7) was accepted as one a model could give. A model may have fewer labels (a two-label sentiment model).
/// </summary>
public sealed class ResultLabelsTests
{
    private static readonly LabelProbabilities Stance = new([new("against", 0.1), new("none", 0.2), new("favor", 0.7)]);

    private static readonly LabelProbabilities Sentiment = new([new("negative", 0.1), new("neutral", 0.2), new("positive", 0.7)]);

    [Fact]
    public void SentimentResult_StanceLabels_RefusedNamingTheLabel()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SentimentResult("favor", 0.7, Stance));

        Assert.Equal("'against' is not a sentiment label (negative, neutral, positive); a SentimentResult holds the probabilities of sentiment labels. (Parameter 'Probabilities')", ex.Message);
    }

    [Fact]
    public void StanceResult_SentimentLabels_Refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new StanceResult("China", "positive", 0.7, Sentiment));

        Assert.Equal("'negative' is not a stance label (against, none, favor); a StanceResult holds the probabilities of stance labels. (Parameter 'Probabilities')", ex.Message);
    }

    [Fact]
    public void With_OtherTasksProbabilities_Refused()
    {
        var sentiment = new SentimentResult("positive", 0.7, Sentiment);
        var stance = new StanceResult("China", "favor", 0.7, Stance);

        Assert.Throws<ArgumentException>(() => sentiment with { Probabilities = Stance });
        Assert.Throws<ArgumentException>(() => stance with { Probabilities = Sentiment });
    }

    [Fact]
    public void SentimentResult_TwoOfItsLabels_Accepted()
    {
        var result = new SentimentResult("positive", 0.6, new LabelProbabilities([new("negative", 0.4), new("positive", 0.6)]));

        Assert.Equal(0.4, result.Probabilities["negative"]);
    }

    [Fact]
    public void Deserialize_SentimentResultOfStanceLabels_ThrowsJsonExceptionSayingWhy()
    {
        const string json = "{\"Label\":\"favor\",\"Confidence\":0.7,\"Probabilities\":{\"against\":0.1,\"none\":0.2,\"favor\":0.7}}";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SentimentResult>(json));

        Assert.Equal("Cannot read JSON as SentimentResult: 'against' is not a sentiment label (negative, neutral, positive); a SentimentResult holds the probabilities of sentiment labels.", ex.Message);
    }
}
