using System.Text.Json;
using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// JSON that gives a label-keyed count or mean of an article record a value of the wrong kind is refused naming the key and
/// the property each in its own quotes; before, the message quoted a path that held quotes of its own
/// (<c>'MeanSentiment['positive']'</c>).
/// </summary>
public sealed class RecordMessageQuotingTests
{
    [Theory]
    [InlineData(typeof(ArticleSummary), """{"Sentences":1,"SentimentCounts":{"positive":1},"MeanSentiment":{"positive":"high"},"OverallSentiment":"positive","Targets":[]}""",
        "Cannot read JSON as ArticleSummary: the value of 'positive' in 'MeanSentiment' must be a number, not a string.")]
    [InlineData(typeof(ArticleSummary), """{"Sentences":1,"SentimentCounts":{"positive":1.5},"MeanSentiment":{"positive":1},"OverallSentiment":"positive","Targets":[]}""",
        "Cannot read JSON as ArticleSummary: the value of 'positive' in 'SentimentCounts' must be a whole number, not a number.")]
    [InlineData(typeof(TargetSummary), """{"Target":"China","MentionedIn":0,"Counts":{"none":null},"MeanProbabilities":{},"OverallStance":"none"}""",
        "Cannot read JSON as TargetSummary: the value of 'none' in 'Counts' must be a whole number, not null.")]
    public void Deserialize_KeyedValueOfTheWrongKind_NamesKeyAndPropertyWithoutNestedQuotes(Type type, string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));

        Assert.Equal(message, error.Message);
        Assert.DoesNotContain("['", error.Message, StringComparison.Ordinal);
    }
}
