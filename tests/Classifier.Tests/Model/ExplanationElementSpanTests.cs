using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A contribution's span covers whole characters as a reader sees them (text elements). The lexicon reads "👍" of "👍🏽",
/// and the span ended where it stopped reading: (10, 2), the skin-tone modifier outside it, so a highlight showed the
/// thumb without its tone and the feature read "👍". A zero-width joiner after the last one stays outside, as invisible
/// characters after a word do.
/// </summary>
public sealed class ExplanationElementSpanTests
{
    private static readonly SentimentClassifier Sentiment = SentimentClassifier.LoadDefault();

    [Theory]
    [InlineData("Great job 👍🏽 everyone.", "👍🏽")]
    [InlineData("Great job 👍🏿 everyone.", "👍🏿")]
    [InlineData("Great job 👍🏽\u200D everyone.", "👍🏽")]
    public void Explain_EmojiWithSkinToneModifier_SpanCoversTheWholeEmoji(string text, string emoji)
    {
        var explanation = Sentiment.Explain(text, top: 50);

        var thumb = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.Lexicon && c.Spans.Count > 0 && c.Spans[0].Start == 10);
        Assert.Equal(emoji, thumb.Feature);
        Assert.Equal([new TextSpan(10, 4)], thumb.Spans);
    }

    [Theory]
    [InlineData("👍🏽 ok", 0, 2, 0, 4)]
    [InlineData("👍🏽 ok", 2, 4, 0, 4)]
    [InlineData("x\u0301 y", 0, 1, 0, 2)]
    [InlineData("🤦\u200D\u2640\uFE0F x", 0, 2, 0, 5)]
    [InlineData("China\u200D said", 0, 5, 0, 5)]
    [InlineData("said China", 5, 10, 5, 10)]
    [InlineData("said China", -1, -1, -1, -1)]
    public void Whole_SpanEndingOrStartingInsideATextElement_CoversTheElement(string text, int start, int end, int wholeStart, int wholeEnd)
    {
        Assert.Equal((wholeStart, wholeEnd), ElementSpans.Whole(text, (start, end)));
    }
}
