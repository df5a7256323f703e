using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// The splitter's hard-wrap rule reads a paragraph's second line for a wire dateline or a page line as the models read
/// text, without its invisible format characters: "BER&#xAD;LIN (Reuters) - " under a headline opens a sentence of its
/// own, as "BERLIN (Reuters) - " does, so the article splits, and its dateline is found, as the clean article's.
/// </summary>
public sealed class InvisibleCharacterSplitTests
{
    private const string Article =
        "Germany condemns China over crackdown on protesters in city\n"
        + "BER\u00ADLIN (Reuters) - Germany condemned China on Tuesday for\n"
        + "its crackdown on protesters in the city, officials said on it.";

    [Fact]
    public void Split_SoftHyphenInDatelineUnderHeadline_SplitsAsTheCleanText()
    {
        var clean = SentenceSplitter.Split(Article.Replace("\u00AD", "", StringComparison.Ordinal));

        var dirty = SentenceSplitter.Split(Article);

        Assert.Equal(2, clean.Count);
        Assert.Equal(clean.Select(s => s.Text), dirty.Select(s => s.Text.Replace("\u00AD", "", StringComparison.Ordinal)));
        Assert.All(dirty, s => Assert.Equal(s.Text, Article.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Analyze_SoftHyphenInDatelineUnderHeadline_FindsTheDatelineAsInTheCleanText()
    {
        var analyzer = ArticleAnalyzer.LoadDefault();
        var clean = analyzer.Analyze(Article.Replace("\u00AD", "", StringComparison.Ordinal), ["China"]);

        var dirty = analyzer.Analyze(Article, ["China"]);

        Assert.Equal(clean.Sentences.Select(s => s.DatelineLength > 0), dirty.Sentences.Select(s => s.DatelineLength > 0));
        Assert.Equal(clean.Sentences.Select(s => s.Sentiment), dirty.Sentences.Select(s => s.Sentiment));
    }

    [Theory]
    [InlineData("Mr. Smith left at 9 p.m. Eas\u00ADtern time. The talks resumed.")]
    [InlineData("Mr. Smit\u200Bh left at 9 p.m. Easter\u200Cn time on Monday.")]
    [InlineData("U.\u2060S. officials said on Mon\u00ADday. Ger\u00ADmany agreed.")]
    public void Split_InvisibleCharactersInsideWords_SplitsAsTheCleanTextWithSpansInTheGivenText(string text)
    {
        var clean = SentenceSplitter.Split(Strip(text));

        var dirty = SentenceSplitter.Split(text);

        Assert.Equal(clean.Select(s => s.Text), dirty.Select(s => Strip(s.Text)));
        Assert.All(dirty, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    private static string Strip(string text) => string.Concat(text.Where(c => c is not ('\u00AD' or '\u200B' or '\u200C' or '\u2060')));
}
