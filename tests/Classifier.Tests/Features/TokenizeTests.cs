using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>
/// The word tokens <see cref="FeatureExtractor"/> reads: their spans, their hashes in and out of a negation scope, links and
/// @names under <see cref="FeaturizerSettings.NormalizeSocial"/>, and the hashes of a lexicon term's words.
/// </summary>
public sealed class TokenizeTests
{
    private static readonly FeaturizerSettings Plain = new() { CharNgramMax = 0, WordNgramMax = 1 };
    private static readonly FeaturizerSettings Social = Plain with { NormalizeSocial = true };

    /// <summary>FNV-1a of "\u0001URL" and "\u0001USER" over UTF-16 code units, worked out apart from the code: model files hold them.</summary>
    private const ulong UrlHash = 5242569816419936293UL;
    private const ulong UserHash = 8896041040564407087UL;

    [Theory]
    [InlineData("see http://t.co/x1 now", "see|http|now")]
    [InlineData("see https://t.co/x1 now", "see|https|now")]
    [InlineData("see www.example.org now", "see|www|now")]
    [InlineData("see http://t.co/x1", "see|http")]
    public void Extract_LinkUnderNormalizeSocial_IsOneUrlTokenToTheNextSpace(string text, string expected)
    {
        var tokens = Tokens(Social, text);

        Assert.Equal(expected, string.Join("|", tokens.Select(t => t.Text)));
        Assert.Equal(UrlHash, tokens[1].Token.Raw);
        Assert.Equal(UrlHash, tokens[1].Token.Hash);
    }

    [Fact]
    public void Extract_LinkInNegationScope_IsNotMarked()
    {
        var url = Tokens(Social, "not http://t.co/x1")[1].Token;

        Assert.False(url.Negated);
        Assert.Equal(UrlHash, url.Hash);
    }

    [Fact]
    public void Extract_LinkWithoutNormalizeSocial_IsReadAsWords() =>
        Assert.Equal("see|http|co|x1|now", string.Join("|", Tokens(Plain, "see http://t.co/x1 now").Select(t => t.Text)));

    [Theory]
    [InlineData("visit www", "ww")] // no link without ':' or '.' after it; "www" is a run of three equal letters
    [InlineData("visit http", "http")]
    public void Extract_LinkWordEndingTheText_IsAWord(string text, string word) =>
        Assert.Equal([FeatureHash.Token("visit"), FeatureHash.Token(word)], Tokens(Social, text).Select(t => t.Token.Raw));

    [Fact]
    public void Extract_AtNameUnderNormalizeSocial_IsOneUserToken()
    {
        var tokens = Tokens(Social, "ann thanks @ann");

        Assert.Equal([FeatureHash.Token("ann"), FeatureHash.Token("thanks"), UserHash], tokens.Select(t => t.Token.Raw));
    }

    [Theory]
    [InlineData("sooooo", "soo")]
    [InlineData("sooo", "soo")]
    [InlineData("soo", "soo")]
    [InlineData("aaah", "aah")]
    [InlineData("1000", "1000")] // only letters are cut
    public void Extract_RunOfEqualLettersUnderNormalizeSocial_CountsAsTwo(string word, string expected) =>
        Assert.Equal(FeatureHash.Token(expected), Assert.Single(Tokens(Social, word)).Token.Raw);

    [Fact]
    public void Extract_WordInNegationScope_IsItsHashWithTheNegationMark()
    {
        var work = Tokens(Plain, "It doesn't work")[2].Token;

        Assert.Equal(FeatureHash.Token("work"), work.Raw);
        Assert.Equal(FeatureHash.Combine(FeatureHash.Token("work"), FeatureExtractor.NegationMark), work.Hash);
    }

    [Fact]
    public void Extract_SecondNegator_KeepsTheScopeOpen()
    {
        var tokens = Tokens(Plain, "It is not without merit");

        Assert.Equal(["merit"], tokens.Where(t => t.Token.Negated).Select(t => t.Text));
    }

    [Fact]
    public void Extract_SplitNotAtTheEnd_IsTheWordNotSpanningNApostropheT()
    {
        var tokens = Tokens(Plain, "They do n't");

        Assert.Equal("n't", tokens[2].Text);
        Assert.Equal(FeatureHash.Token("not"), tokens[2].Token.Raw);
    }

    [Fact]
    public void WordHashes_Term_AreTheFoldedWordsOfTwoOrMoreCharacters()
    {
        var hashes = new ulong[4];

        Assert.Equal(2, FeatureExtractor.WordHashes("Don STOP", hashes));
        Assert.Equal([FeatureHash.Token("don"), FeatureHash.Token("stop"), 0UL, 0UL], hashes);
    }

    [Theory]
    [InlineData("Don't STOP")]
    [InlineData("don\u2019t stop")]
    public void WordHashes_NotContraction_MarksItsStemApartFromThePlainWord(string term)
    {
        var hashes = new ulong[4];

        Assert.Equal(2, FeatureExtractor.WordHashes(term, hashes));
        Assert.NotEqual(FeatureHash.Token("don"), hashes[0]);
        Assert.Equal(FeatureExtractor.LexiconWord(FeatureHash.Token("don"), "don't", 3), hashes[0]);
        Assert.Equal(FeatureHash.Token("stop"), hashes[1]);
    }

    [Theory]
    [InlineData("does n't work", "doesn't work")]
    [InlineData("ca  n't wait", "can't wait")]
    [InlineData("Wo n't", "won't")]
    public void WordHashes_SplitNot_HashesAsTheContraction(string split, string joined)
    {
        var (a, b) = (new ulong[4], new ulong[4]);

        Assert.Equal(FeatureExtractor.WordHashes(joined, b), FeatureExtractor.WordHashes(split, a));
        Assert.Equal(b, a);
    }

    [Theory]
    [InlineData("does not work", 3)]
    [InlineData("n't work", 1)]
    [InlineData("does-n't work", 2)]
    public void WordHashes_NotASplitNot_KeepsTheWordsApart(string term, int count)
    {
        var hashes = new ulong[4];

        Assert.Equal(count, FeatureExtractor.WordHashes(term, hashes));
        Assert.Equal(FeatureHash.Token("work"), hashes[count - 1]);
    }

    [Theory]
    [InlineData("don't", 3, true)]
    [InlineData("don't.", 3, true)]
    [InlineData("don'ts", 3, false)]
    [InlineData("don't", 5, false)]
    [InlineData("can'", 3, false)]
    [InlineData("cat't", 3, false)]
    public void LexiconWord_WordBeforeApostropheT_MarkedOnlyForANotContraction(string text, int end, bool marked)
    {
        var raw = FeatureHash.Token(text.AsSpan(0, 3));

        Assert.Equal(marked, FeatureExtractor.LexiconWord(raw, text, end) != raw);
    }

    [Fact]
    public void WordHashes_MoreWordsThanRoom_CountsThemAllAndFillsTheRoom()
    {
        var hashes = new ulong[2];

        Assert.Equal(3, FeatureExtractor.WordHashes("rates rose sharply", hashes));
        Assert.Equal([FeatureHash.Token("rates"), FeatureHash.Token("rose")], hashes);
    }

    private static (string Text, Token Token)[] Tokens(FeaturizerSettings settings, string text)
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(settings, text, sink);
        return sink.Tokens.Take(sink.TokenCount).Select(t => (text.Substring(t.Start, t.Length), t)).ToArray();
    }
}
