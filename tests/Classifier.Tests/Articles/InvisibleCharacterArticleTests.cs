using Classifier.Articles;
using Classifier.Tests.Features;

namespace Classifier.Tests.Articles;

/// <summary>
/// An article scraped from a web page, with soft hyphens and zero-width spaces inside its words, is analysed as the same
/// article without them, and its sentences' offsets point into the text the caller passed.
/// </summary>
public sealed class InvisibleCharacterArticleTests
{
    private const string Article =
        "BER\u00ADLIN (Reuters) - Ger\u00ADmany con\u00ADdemned Chi\u200Bna on Tuesday for its ter\u00ADrible crack\u00ADdown on protesters.\n\n"
        + "Offi\u00ADcials in Bei\u200Bjing rejected the criticism. Chi\u200Bna praised Ger\u00ADmany's wel\u00ADcome of its trade offer.\n\n"
        + "Sub\u00ADscribe to our news\u00ADletter for daily up\u00ADdates.";

    [Fact]
    public void Analyze_InvisibleCharactersInsideWords_ScoresAsTheCleanArticleWithOffsetsIntoTheOriginal()
    {
        var analyzer = ArticleAnalyzer.LoadDefault();
        string[] targets = ["Germany", "China"];
        var clean = analyzer.Analyze(InvisibleCharacterScoringTests.Visible(Article), targets);

        var dirty = analyzer.Analyze(Article, targets);

        Assert.Equal(clean.Sentences.Count, dirty.Sentences.Count);
        Assert.True(clean.Sentences[^1].IsBoilerplate);
        for (var i = 0; i < clean.Sentences.Count; i++)
        {
            var (c, d) = (clean.Sentences[i], dirty.Sentences[i]);
            Assert.Equal(d.Text, Article.Substring(d.Span.Start, d.Span.Length));
            Assert.Equal(c.Text, InvisibleCharacterScoringTests.Visible(d.Text));
            Assert.Equal(c.Text[..c.DatelineLength], InvisibleCharacterScoringTests.Visible(d.Text[..d.DatelineLength]));
            Assert.Equal(c.IsBoilerplate, d.IsBoilerplate);
            Assert.Equal(c.Sentiment, d.Sentiment);
            Assert.Equal(c.Stance.Select(s => (s.Target, s.Mentioned, s.Result)), d.Stance.Select(s => (s.Target, s.Mentioned, s.Result)));
        }

        // The summaries' sentences are the articles' own, so compared by index.
        Assert.Equal(clean.Summary with { Targets = [] }, dirty.Summary with { Targets = [] });
        Assert.Equal(clean.Summary.Targets.Select(Comparable), dirty.Summary.Targets.Select(Comparable));
        Assert.Equal(analyzer.FindTargets(InvisibleCharacterScoringTests.Visible(Article)), analyzer.FindTargets(Article));
    }

    private static TargetSummary Comparable(TargetSummary summary) => summary with { MostFavorable = null, MostHostile = null };

    [Fact]
    public void Analyze_InvisibleCharactersInsideWords_SummaryPicksTheSameSentences()
    {
        var analyzer = ArticleAnalyzer.LoadDefault();
        var clean = analyzer.Analyze(InvisibleCharacterScoringTests.Visible(Article), ["Germany", "China"]);

        var dirty = analyzer.Analyze(Article, ["Germany", "China"]);

        Assert.Equal(clean.Summary.Targets.Select(t => (t.MostFavorable?.Index, t.MostHostile?.Index)), dirty.Summary.Targets.Select(t => (t.MostFavorable?.Index, t.MostHostile?.Index)));
    }
}
