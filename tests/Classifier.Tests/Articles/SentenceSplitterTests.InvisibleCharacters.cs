using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// Characters of web pages and right-to-left text that a reader does not see, invisible format characters (a zero-width
/// space, a word joiner, a byte-order mark, a direction mark or embedding), between sentences: they used to glue two
/// sentences into one, as no white space.
/// </summary>
public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("The envoy left.\u200B The talks began.")]
    [InlineData("The envoy left. \u200BThe talks began.")]
    [InlineData("The envoy left.\u200BThe talks began.")]
    [InlineData("The envoy left.\u200F The talks began.")]
    [InlineData("The envoy left.\u200E\u00A0The talks began.")]
    [InlineData("The envoy left. \uFEFFThe talks began.")]
    [InlineData("The envoy left. \u2060The talks began.")]
    [InlineData("\u202AThe envoy left.\u202C \u202AThe talks began.\u202C")]
    [InlineData("\u2066The envoy left.\u2069\n\n\u2066The talks began.\u2069")]
    public void Split_InvisibleFormatCharacterBetweenSentences_SplitsAndLeavesItOut(string text)
    {
        var spans = SentenceSplitter.Split(text);

        Assert.Equal(["The envoy left.", "The talks began."], spans.Select(s => s.Text));
        Assert.All(spans, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Split_RightToLeftSentencesWithDirectionMarks_SplitsEach()
    {
        const string text = "\u05D4\u05E9\u05D9\u05D7\u05D5\u05EA \u05D4\u05D7\u05DC\u05D5.\u200F \u05D4\u05DF \u05E0\u05DE\u05E9\u05DB\u05D5 \u05E9\u05E2\u05D4.\u200F";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(["\u05D4\u05E9\u05D9\u05D7\u05D5\u05EA \u05D4\u05D7\u05DC\u05D5.", "\u05D4\u05DF \u05E0\u05DE\u05E9\u05DB\u05D5 \u05E9\u05E2\u05D4."], spans.Select(s => s.Text));
    }

    [Fact]
    public void Split_LineOfOnlyAZeroWidthSpace_SeparatesParagraphs()
    {
        const string text = "Talks resumed on Tuesday after a long freeze\n\u200B\nsanctions stay in place for now";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(["Talks resumed on Tuesday after a long freeze", "sanctions stay in place for now"], spans.Select(s => s.Text));
    }
}
