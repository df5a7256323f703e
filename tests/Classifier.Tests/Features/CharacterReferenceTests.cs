using Classifier.Articles;
using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Training;
using FsCheck.Xunit;

namespace Classifier.Tests.Features;

/// <summary>
/// Text taken from web pages and feeds often keeps HTML character references ("C&amp;ocirc;te d&amp;#8217;Ivoire",
/// "AT&amp;amp;T"). The library reads each as the character a browser shows, so such a text scores, explains and names
/// its targets as the decoded text does, its spans in the text as given. "C&amp;ocirc;te d&amp;#8217;Ivoire" used to be
/// no mention of Ivory Coast.
/// </summary>
public sealed class CharacterReferenceTests
{
    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    private static SentimentClassifier Sentiment => SentimentClassifier.LoadDefault();

    [Theory]
    [InlineData("AT&amp;T", "AT&T")]
    [InlineData("C&ocirc;te d&#8217;Ivoire", "Côte d\u2019Ivoire")]
    [InlineData("d&#x2019;Ivoire &#X2019;", "d\u2019Ivoire \u2019")]
    [InlineData("&lt;b&gt; &quot;no&quot; &apos;", "<b> \"no\" '")]
    [InlineData("Smith&nbsp;said &mdash; &hellip; &euro;5", "Smith\u00A0said \u2014 \u2026 \u20AC5")]
    [InlineData("&Eacute;lys&eacute;e", "Élysée")]
    [InlineData("&#146;s &#150; &#128; &#153;", "\u2019s \u2013 \u20AC \u2122")]
    [InlineData("joy &#x1F600; &#128512;", "joy \U0001F600 \U0001F600")]
    [InlineData("Ger&shy;many Chi&#8203;na", "Germany China")]
    [InlineData("Cafe&#x301; Bogota&#769;", "Café Bogotá")]
    [InlineData("&amp;eacute; &amp;amp;", "&eacute; &amp;")]
    [InlineData("&#x0041;&#0065;", "AA")]
    public void Of_CharacterReferences_AreReadAsTheCharactersTheyName(string text, string expected)
    {
        Assert.Equal(expected, ReadingForm.Of(text, int.MaxValue));
        Assert.Equal(expected, ReadingForm.Of(text, int.MaxValue, out var map));
        Assert.NotNull(map);
    }

    [Theory]
    [InlineData("AT&T and S&P 500 rose; M&A & more.")]
    [InlineData("&amp without its semicolon, &#8217 either")]
    [InlineData("&EACUTE; &bogus; &period; &NewLine; & amp; &;")]
    [InlineData("&#xD800; &#0; &#1114112; &#99999999999; &#x; &#; &#129; &#x9D; &#7;")]
    [InlineData("&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;")]
    public void Of_AmpersandsThatBeginNoReference_AreTheSameInstance(string text)
    {
        Assert.Same(text, ReadingForm.Of(text, int.MaxValue, out var map));
        Assert.Null(map);
    }

    [Theory]
    [InlineData("Spending on R&D; rose, analysts said.")]
    [InlineData("Nothing &bogus; here, nor &#xZZ; nor &#99999999999;.")]
    [InlineData("AT&T and S&P 500 rose; M&A & more.")]
    public void Of_AmpersandsShapedLikeReferences_NoCopyAndNoAllocation(string text)
    {
        // A name HTML 4 does not have, or a number naming nothing, costs a search, not a copy of the would-be reference.
        ReadingForm.Of(text, int.MaxValue, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = ReadingForm.Of(text, int.MaxValue, out var map);
        var cut = ReadingForm.Of(text, 12);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(text, read);
        Assert.Null(map);
        Assert.Same(text, cut);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Names_AreTheNamesHtmlDecodeReads_EachAsItReadsIt()
    {
        var names = CharacterReferences.Names.Split(' ');

        Assert.Equal(253, names.Distinct().Count());
        Assert.All(names, name =>
        {
            Assert.True(CharacterReferences.TryRead($"&{name};", 0, out var read, out var length));
            Assert.Equal(System.Net.WebUtility.HtmlDecode($"&{name};"), read);
            Assert.Equal(name.Length + 2, length);
        });
    }

    [Theory]
    [InlineData("amp;", 0)]
    [InlineData("x#8217;", 0)]
    [InlineData("&a\uD800amp;", 2)]
    public void TryRead_AtACharacterOtherThanAnAmpersand_IsNoReference(string text, int at)
    {
        Assert.False(CharacterReferences.TryRead(text, at, out _, out var length));
        Assert.Equal(0, length);
    }

    [Fact]
    public void Of_ReferenceInText_SpansCoverTheWholeReference()
    {
        const string text = "C&ocirc;te d&#8217;Ivoire";

        var read = ReadingForm.Of(text, int.MaxValue, out var map);

        Assert.Equal("Côte d\u2019Ivoire", read);
        Assert.Equal((1, 8), ReadingForm.Original(map, 1, 2));
        Assert.Equal((0, 1), ReadingForm.Original(map, 0, 1));
        Assert.Equal((11, 12), ReadingForm.Original(map, 5, 6));
        Assert.Equal((12, 19), ReadingForm.Original(map, 6, 7));
        Assert.Equal((0, text.Length), ReadingForm.Original(map, 0, read.Length));
        Assert.Equal((text.Length, text.Length), ReadingForm.Original(map, read.Length, read.Length));
    }

    [Fact]
    public void Of_ReferenceThenMarkThenInvisible_SpansRunThroughEveryReading()
    {
        // Decoded, "e" and the acute compose into one letter standing for both references; the soft hyphen is left out.
        const string text = "Caf&#101;&#x301;&shy;s";

        var read = ReadingForm.Of(text, int.MaxValue, out var map);

        Assert.Equal("Cafés", read);
        Assert.Equal((3, 16), ReadingForm.Original(map, 3, 4));
        Assert.Equal((21, 22), ReadingForm.Original(map, 4, 5));
    }

    [Theory]
    [InlineData("&amp;&amp;&amp;abc", 2, "&&", 10)]
    [InlineData("ab&amp;cdef", 4, "ab&c", 8)]
    [InlineData("abce&#x301;xyz", 4, "abc\u00E9", 11)]
    [InlineData("abco\u0302&#x301;xyz", 4, "abc\u1ED1", 12)]
    [InlineData("abco\u00AD&#x302;xyz", 4, "abc\u00F4", 12)]
    [InlineData("ab\u00AD\u00ADcd&eacute;x", 5, "abcd\u00E9", 14)]
    [InlineData("o\u00AD\u200B&#x1161;x", 2, "o\u200B", 3)]
    public void Of_ReferencePastTheLimitThatReadingReaches_IsReadDecoded(string text, int limit, string expected, int endInText)
    {
        // A reference counts as the characters it names toward the limit; and reading goes on past the limit for a letter's
        // marks, for the characters it leaves out, and to see what follows a zero-width space: a reference there is read
        // as its character, as in the decoded text, never as "&".
        var read = ReadingForm.Of(text, limit, out var map);

        Assert.Equal(expected, read);
        Assert.Equal((0, endInText), ReadingForm.Original(map, 0, read.Length));
    }

    [Theory]
    [InlineData("abcd&amp;", 4)]
    [InlineData("abcd&shy;e", 4)]
    [InlineData("abc\u00E9&#x301;", 4)]
    [InlineData("\u200B\u00AD&#x1F600;x", 1)]
    public void Of_ReferenceAtTheLimitChangingNoCharacterRead_IsTheSameInstance(string text, int limit)
    {
        // The reference begins past the characters read and changes none of them: the text itself, not a cut copy.
        Assert.Same(text, ReadingForm.Of(text, limit));
        Assert.Same(text, ReadingForm.Of(text, limit, out var map));
        Assert.Null(map);
    }

    [Theory]
    [InlineData("Officials in C&ocirc;te d&#8217;Ivoire welcomed the aid package as a lifeline.", "Ivory Coast", "Officials in Côte d\u2019Ivoire welcomed the aid package as a lifeline.", "Ivory Coast")]
    [InlineData("Protesters condemned Erdo&#287;an for jailing journalists in Ankara.", "Turkey", "Protesters condemned Erdoğan for jailing journalists in Ankara.", "Turkey")]
    [InlineData("Voters praised Pedro S&aacute;nchez for the deal on pensions &amp; wages.", "Pedro S&aacute;nchez", "Voters praised Pedro Sánchez for the deal on pensions & wages.", "Pedro Sánchez")]
    public void Predict_ReferencesInTextOrTarget_ScoresAsTheDecodedText(string text, string target, string plainText, string plainTarget)
    {
        var decoded = Stance.Predict(plainText, plainTarget);

        var given = Stance.Predict(text, target);

        Assert.Equal(Stance.Labels.Select(l => decoded.Probabilities[l]), Stance.Labels.Select(l => given.Probabilities[l]));
        Assert.Equal(target, given.Target);
    }

    [Fact]
    public void Predict_ReferencesInText_SentimentAsDecoded()
    {
        const string text = "AT&amp;T&#8217;s profits &mdash; the &quot;best in years&quot; &ndash; lifted shares.";

        var decoded = Sentiment.Predict("AT&T\u2019s profits \u2014 the \"best in years\" \u2013 lifted shares.");

        Assert.Equal(Sentiment.Labels.Select(l => decoded.Probabilities[l]), Sentiment.Labels.Select(l => Sentiment.Predict(text).Probabilities[l]));
    }

    [Fact]
    public void FindTargets_EncodedNames_FindsTheDecodedNamesTargetsWithSpansOfTheReferences()
    {
        const string text = "Officials in C&ocirc;te d&#8217;Ivoire and Erdo&#287;an&#39;s aides signed.";

        Assert.Equal(["Ivory Coast", "Turkey"], Stance.FindTargets(text));
        Assert.Equal(["C&ocirc;te d&#8217;Ivoire"], Stance.FindMentions(text, "Ivory Coast").Select(s => text.Substring(s.Start, s.Length)));
        Assert.Equal(["Erdo&#287;an"], Stance.FindMentions(text, "Turkey").Select(s => text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("&amp;")]
    [InlineData("&quot;")]
    [InlineData("&nbsp;&mdash;")]
    [InlineData("&#46;")]
    public void Predict_TargetReadingAsNoLetterOrDigit_IsRefusedAsTheDecodedTargetIs(string target)
    {
        // Read as "&" it would be a name that every ampersand in a text mentions, which the checks refuse as written.
        Assert.Throws<ArgumentException>(() => Stance.Predict("Prices & wages rose. \"Fine\" \u2014 said no one.", target));
        Assert.Throws<ArgumentException>(() => Stance.FindMentions("Prices & wages rose.", target));
    }

    [Theory]
    [InlineData("C&ocirc;te d&#8217;Ivoire", "Ivory Coast")]
    [InlineData("T&uuml;rkiye", "Turkey")]
    public void Resolve_EncodedAlias_IsTheDecodedAliasesTarget(string target, string expected)
    {
        Assert.Equal(expected, Stance.Scorer.Aliases.Resolve(target));
    }

    [Fact]
    public void Explain_References_SameContributionsWithSpansOfTheReferences()
    {
        const string text = "Protesters condemned Erdo&#287;an&#8217;s &quot;terrible&quot; crackdown.";
        const string plain = "Protesters condemned Erdoğan\u2019s \"terrible\" crackdown.";

        var decoded = Stance.Explain(plain, "Turkey", top: 50);
        var given = Stance.Explain(text, "Turkey", top: 50);

        Assert.Equal(decoded.Contributions.Select(c => c.Weight), given.Contributions.Select(c => c.Weight));
        Assert.Equal(
            decoded.Contributions.SelectMany(c => c.Spans).Select(s => plain.Substring(s.Start, s.Length)),
            given.Contributions.SelectMany(c => c.Spans).Select(s => ReadingForm.Of(text.Substring(s.Start, s.Length), int.MaxValue)));
    }

    [Fact]
    public void Split_References_SplitsAsTheDecodedTextWithSpansInTheGivenText()
    {
        const string text = "He said &quot;no&quot;. Officials in C&ocirc;te d&#8217;Ivoire agreed&hellip; Then AT&amp;T left.";

        var decoded = SentenceSplitter.Split(ReadingForm.Of(text, int.MaxValue));
        var given = SentenceSplitter.Split(text);

        Assert.Equal(decoded.Select(s => s.Text), given.Select(s => ReadingForm.Of(s.Text, int.MaxValue)));
        Assert.Equal(3, given.Count);
        Assert.All(given, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Analyze_ArticleWithReferences_ScoresAsTheDecodedArticle()
    {
        const string article = "ANKARA (Reuters)&nbsp;&#8212; Erdo&#287;an condemned the sanctions on Tuesday.\n\nC&ocirc;te d&#8217;Ivoire praised the deal.";
        var analyzer = ArticleAnalyzer.LoadDefault();

        var decoded = analyzer.Analyze(ReadingForm.Of(article, int.MaxValue), ["Turkey", "Ivory Coast"]);
        var given = analyzer.Analyze(article, ["Turkey", "Ivory Coast"]);

        Assert.Equal(decoded.Sentences.Select(s => s.Sentiment), given.Sentences.Select(s => s.Sentiment));
        Assert.Equal(decoded.Sentences.SelectMany(s => s.Stance).Select(s => (s.Target, s.Mentioned, s.Result)),
            given.Sentences.SelectMany(s => s.Stance).Select(s => (s.Target, s.Mentioned, s.Result)));
        Assert.True(given.Sentences[0].DatelineLength > 0);
    }

    [Fact]
    public void Extract_TrainingRowWithReferences_GivesTheDecodedRowsKeys()
    {
        var source = new FeatureSource(Stance.Scorer.Featurizer);
        var decoded = new LabeledExample("Erdoğan condemned Côte d\u2019Ivoire\u2019s \"naïve\" plan & budget.", "against", "Côte d'Ivoire", "t.tsv", 2);
        var given = decoded with { Text = "Erdo&#287;an condemned C&ocirc;te d&rsquo;Ivoire&#x2019;s &quot;na&iuml;ve&quot; plan &amp; budget.", Target = "C&ocirc;te d&#39;Ivoire" };
        var (decodedSink, givenSink) = (new FeatureSink(), new FeatureSink());

        source.Extract(decoded, decodedSink);
        source.Extract(given, givenSink);

        Assert.Equal(decodedSink.Keys.ToArray(), givenSink.Keys.ToArray());
    }

    /// <summary>References of every kind, pieces of references, and what the later readings change (marks, invisible characters, ligatures, surrogates).</summary>
    private static readonly string[] Pieces =
    [
        "a", "e", " ", "&", "#", ";", "x", "amp", "&amp;", "&eacute;", "&#x301;", "&#769;", "&shy;", "&#8203;", "&#xFB01;",
        "&#x1F600;", "&#128512;", "&#146;", "&nbsp;", "&amp;amp;", "\u0301", "\u200B", "\uFB01", "\uD83D\uDE00", "\uD800",
    ];

    [Property(MaxTest = 1000)]
    public bool Of_AnyMixOfReferencesAndPieces_GivesSpansInOrderOutsideReferencesAndNoMoreThanTheLimit(int seed, int limit)
    {
        var random = new Random(seed);
        var text = string.Concat(Enumerable.Range(0, random.Next(0, 25)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var maxLength = limit == int.MinValue ? 1 : Math.Abs(limit) % 40 + 1;
        var references = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (CharacterReferences.TryRead(text, i, out _, out var length))
            {
                references.Add((i, i + length));
                i += length - 1;
            }
        }

        var read = ReadingForm.Of(text, maxLength, out var map);
        var plain = ReadingForm.Of(text, maxLength);

        var previous = 0;
        for (var k = 0; k < Math.Min(read.Length, maxLength); k++)
        {
            var (start, end) = ReadingForm.Original(map, k, k + 1);
            if (start < previous || end > text.Length || end <= start
                || references.Any(r => start > r.Start && start < r.End || end > r.Start && end < r.End))
            {
                return false;
            }

            previous = start;
        }

        return plain == read && (map is not null ? read.Length <= maxLength : ReferenceEquals(read, text) && references.All(r => r.Start >= maxLength));
    }
}
