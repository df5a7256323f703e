using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Tests.Model;

/// <summary>
/// Results, probabilities and explanations written with System.Text.Json read back equal, in the shape they were always
/// written (kinds by name), and JSON that no model would give is refused with a <see cref="JsonException"/> saying why.
/// </summary>
public sealed class ResultJsonTests
{
    private const string Text = "Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion.";

    private static readonly SentimentClassifier Sentiment = SentimentClassifier.LoadDefault();
    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> OptionSets => ["default", "web"];

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void RoundTrip_DefaultModelsResults_EqualAfterwards(string optionSet)
    {
        var options = optionSet == "web" ? Web : JsonSerializerOptions.Default;
        var sentiment = Sentiment.Predict(Text);
        var stances = Stance.PredictTargets(Text, ["South Korea", "United States", "nuclear deal"]);
        var explanations = new[] { Sentiment.Explain(Text), Stance.Explain(Text, "United States"), Stance.Explain("Sanctions were lifted.", "nuclear deal") };

        Assert.Equal(sentiment, RoundTrip(sentiment, options));
        Assert.Equal(sentiment.Probabilities, RoundTrip(sentiment.Probabilities, options));
        Assert.All(stances, s => Assert.Equal(s, RoundTrip(s, options)));
        Assert.All(explanations, e => Assert.Equal(e, RoundTrip(e, options)));
        Assert.Contains(explanations, e => e.Contributions.Count > 0 && e.Contributions.Any(c => c.Spans.Count > 0));
        Assert.IsNotType<List<FeatureContribution>>(RoundTrip(explanations[0], options)!.Contributions);
    }

    [Fact]
    public void Serialize_FeatureKindAndTask_WrittenByName()
    {
        var explanation = Stance.Explain("Beijing condemned the drills.", "China", 1);

        Assert.Equal("\"TargetWords\"", JsonSerializer.Serialize(FeatureKind.TargetWords));
        Assert.Equal("\"stance\"", JsonSerializer.Serialize(ClassifierTask.Stance));
        Assert.Contains($"\"Kind\":\"{explanation.Contributions[0].Kind}\"", JsonSerializer.Serialize(explanation));
        Assert.Contains("\"Task\":\"stance\"", JsonSerializer.Serialize(Stance.Info));
    }

    [Fact]
    public void Serialize_WebOptions_KeepsTheShapeResultsAlwaysHad()
    {
        var probabilities = new LabelProbabilities([new("against", 0.25), new("none", 0.25), new("favor", 0.5)]);
        var result = new StanceResult("North Korea", "favor", 0.5, probabilities);

        Assert.Equal("{\"target\":\"North Korea\",\"label\":\"favor\",\"confidence\":0.5,\"probabilities\":{\"against\":0.25,\"none\":0.25,\"favor\":0.5}}",
            JsonSerializer.Serialize(result, Web));
        var sentiment = new LabelProbabilities([new("negative", 0.25), new("neutral", 0.25), new("positive", 0.5)]);
        Assert.Equal("{\"Label\":\"positive\",\"Confidence\":0.5,\"Probabilities\":{\"negative\":0.25,\"neutral\":0.25,\"positive\":0.5}}",
            JsonSerializer.Serialize(new SentimentResult("positive", 0.5, sentiment)));
    }

    [Fact]
    public void Deserialize_CliExplainJsonAndKindsWrittenAsNumbers_Read()
    {
        var explanation = Stance.Explain("Beijing condemned the drills.", "China", 3);
        var cli = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
        var asCli = JsonSerializer.Serialize(explanation, cli);
        var asBefore = asCli.Replace($"\"kind\":\"mention\"", $"\"kind\":{(int)FeatureKind.Mention}", StringComparison.Ordinal);

        Assert.Contains("\"kind\":\"mention\"", asCli);
        Assert.Equal(explanation, JsonSerializer.Deserialize<Explanation>(asCli));
        Assert.NotEqual(asCli, asBefore);
        Assert.Equal(explanation, JsonSerializer.Deserialize<Explanation>(asBefore));
    }

    [Theory]
    [InlineData("[1]", "Cannot read JSON as SentimentResult: expected a JSON object, found an array.")]
    [InlineData("{\"Label\":\"positive\",\"Confidence\":0.9}", "Cannot read JSON as SentimentResult: it has no 'Probabilities'.")]
    [InlineData("{\"Label\":1,\"Confidence\":0.9,\"Probabilities\":{\"positive\":1}}", "Cannot read JSON as SentimentResult: 'Label' must be a string, not a number.")]
    [InlineData("{\"Label\":\"positive\",\"Confidence\":1.5,\"Probabilities\":{\"negative\":-0.5,\"positive\":1.5}}",
        "Cannot read JSON as LabelProbabilities: the probability of 'negative' is -0.5; a probability is a number from 0 to 1.")]
    [InlineData("{\"Label\":\"positive\",\"Confidence\":0.5,\"Probabilities\":{\"negative\":0.2,\"positive\":0.5}}",
        "Cannot read JSON as LabelProbabilities: the probabilities sum to 0.7, not 1; they must sum to 1 within 0.01.")]
    [InlineData("{\"Label\":\"positive\",\"Confidence\":0.5,\"Probabilities\":{\"positive\":0.5,\"positive\":0.5}}",
        "Cannot read JSON as LabelProbabilities: the label 'positive' is given twice; give each label once.")]
    [InlineData("{\"Label\":\"maybe\",\"Confidence\":0.5,\"Probabilities\":{\"negative\":0.5,\"positive\":0.5}}",
        "Cannot read JSON as SentimentResult: label 'maybe' is not one of the probabilities' labels (negative, positive).")]
    [InlineData("{\"Label\":\"positive\",\"Confidence\":0.9,\"Probabilities\":{\"negative\":0.2,\"positive\":0.8}}",
        "Cannot read JSON as SentimentResult: confidence is 0.9, but the probability of 'positive' is 0.8; a result's confidence is its label's probability.")]
    [InlineData("{\"Label\":\"positive\",\"Confidence\":0.2,\"Probabilities\":{\"negative\":0.8,\"positive\":0.2}}",
        "Cannot read JSON as SentimentResult: label 'positive' (0.2) is less probable than 'negative' (0.8); a result's label is its most probable one.")]
    [InlineData("{\"Label\":\"positive\",\"Confidence\":1,\"Probabilities\":{\"positive\":\"1\"}}",
        "Cannot read JSON as LabelProbabilities: the probability of 'positive' must be a number, not a string.")]
    public void DeserializeSentiment_Malformed_ThrowsJsonExceptionSayingWhy(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SentimentResult>(json));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("{\"Target\":\" \",\"Label\":\"none\",\"Confidence\":1,\"Probabilities\":{\"none\":1}}",
        "Cannot read JSON as StanceResult: target is empty or white space; a result's target is a name.")]
    [InlineData("{\"Label\":\"none\",\"Confidence\":1,\"Probabilities\":{\"none\":1}}", "Cannot read JSON as StanceResult: it has no 'Target'.")]
    public void DeserializeStance_Malformed_ThrowsJsonExceptionSayingWhy(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<StanceResult>(json));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("{\"Label\":\"none\",\"Probability\":2,\"Contributions\":[]}", "Cannot read JSON as Explanation: 'Probability' is 2; a probability is a number from 0 to 1.")]
    [InlineData("{\"Label\":\"none\",\"Probability\":1}", "Cannot read JSON as Explanation: it has no 'Contributions'.")]
    [InlineData("{\"Label\":\"none\",\"Probability\":1,\"Contributions\":[{\"Feature\":\"x\",\"Kind\":\"Sentence\",\"Weight\":1,\"Spans\":[]}]}",
        "Cannot read JSON as FeatureContribution: 'Kind' is 'Sentence', not a feature kind; the kinds are Words, Characters, Lexicon, TargetWords, TargetCharacters, Mention, Change, WordVectors, UntouchedIssue.")]
    [InlineData("{\"Label\":\"none\",\"Probability\":1,\"Contributions\":[{\"Feature\":\"x\",\"Kind\":99,\"Weight\":1,\"Spans\":[]}]}",
        "Cannot read JSON as FeatureContribution: 'Kind' is '99', not a feature kind; the kinds are Words, Characters, Lexicon, TargetWords, TargetCharacters, Mention, Change, WordVectors, UntouchedIssue.")]
    [InlineData("{\"Label\":\"none\",\"Probability\":1,\"Contributions\":[{\"Feature\":\"x\",\"Kind\":\"Words\",\"Weight\":-1,\"Spans\":[]}]}",
        "Cannot read JSON as FeatureContribution: 'Weight' is -1; a contribution's weight is a positive number.")]
    [InlineData("{\"Label\":\"none\",\"Probability\":1,\"Contributions\":[{\"Feature\":\"x\",\"Kind\":\"Words\",\"Weight\":1,\"Spans\":[{\"Start\":-1,\"Length\":2}]}]}",
        "Cannot read JSON as FeatureContribution: a span has Start -1 and Length 2; each must be a whole number of 0 or more, ending by int.MaxValue.")]
    [InlineData("{\"Label\":\"none\",\"Probability\":1,\"Contributions\":[{\"Feature\":\"x\",\"Kind\":\"Words\",\"Weight\":1,\"Spans\":[{\"Start\":2147483647,\"Length\":1}]}]}",
        "Cannot read JSON as FeatureContribution: a span has Start 2147483647 and Length 1; each must be a whole number of 0 or more, ending by int.MaxValue.")]
    public void DeserializeExplanation_Malformed_ThrowsJsonExceptionSayingWhy(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Explanation>(json));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("{\"Start\":-1,\"Length\":2}", "Cannot read JSON as TextSpan: a span has Start -1 and Length 2; each must be a whole number of 0 or more, ending by int.MaxValue.")]
    [InlineData("{\"Start\":2147483647,\"Length\":1}", "Cannot read JSON as TextSpan: a span has Start 2147483647 and Length 1; each must be a whole number of 0 or more, ending by int.MaxValue.")]
    [InlineData("{\"Length\":3}", "Cannot read JSON as TextSpan: a span has Start missing and Length 3; each must be a whole number of 0 or more, ending by int.MaxValue.")]
    public void DeserializeTextSpan_Malformed_ThrowsJsonExceptionSayingWhy(string json, string message)
    {
        // A span alone (FindMentions' results, stored): an ArgumentOutOfRangeException from its constructor before.
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TextSpan>(json));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void RoundTrip_Mentions_EqualAfterwardsInTheShapeSpansAlwaysHad(string optionSet)
    {
        var options = optionSet == "web" ? Web : JsonSerializerOptions.Default;
        var mentions = Stance.FindMentions(Text, "United States");

        var json = JsonSerializer.Serialize(mentions, options);

        Assert.NotEmpty(mentions);
        Assert.Equal(mentions, JsonSerializer.Deserialize<TextSpan[]>(json, options));
        Assert.StartsWith(optionSet == "web" ? "[{\"start\":" : "[{\"Start\":", json);
    }

    [Fact]
    public void Deserialize_UnknownProperty_SkippedUnlessTheOptionsDisallowIt()
    {
        const string json = "{\"Label\":\"neutral\",\"Confidence\":1,\"Probabilities\":{\"neutral\":1},\"Model\":\"v2\"}";
        var strict = new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

        Assert.Equal("neutral", JsonSerializer.Deserialize<SentimentResult>(json)!.Label);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SentimentResult>(json, strict));
        Assert.Equal("Cannot read JSON as SentimentResult: it has a property 'Model', which SentimentResult does not have.", error.Message);
    }

    private static T? RoundTrip<T>(T value, JsonSerializerOptions options) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, options), options);
}
