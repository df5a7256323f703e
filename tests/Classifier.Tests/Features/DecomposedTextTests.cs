using Classifier.Articles;
using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Features;

/// <summary>
/// Some systems and feeds write an accented letter as the letter and a combining accent ("Co&#x302;te", "Erdog&#x306;an":
/// Unicode's decomposed form) where others write one character. The library reads text with its accents composed, so a
/// decomposed text scores, explains and names its targets as the composed one does, its spans in the text as given. A
/// decomposed "Erdog&#x306;an" used to be no mention of Turkey's president, nor "Co&#x302;te d'Ivoire" of Ivory Coast.
/// </summary>
public sealed class DecomposedTextTests
{
    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    private static SentimentClassifier Sentiment => SentimentClassifier.LoadDefault();

    /// <summary>Composed words and the same decomposed, written out (this process composes nothing itself: invariant globalisation).</summary>
    internal static readonly (string Composed, string Decomposed)[] Words =
    [
        ("Côte d'Ivoire", "Co\u0302te d'Ivoire"), ("Erdoğan", "Erdog\u0306an"), ("São Paulo", "Sa\u0303o Paulo"), ("Bogotá", "Bogota\u0301"),
        ("Nestlé", "Nestle\u0301"), ("Sánchez", "Sa\u0301nchez"), ("Zürich", "Zu\u0308rich"), ("Kraków", "Krako\u0301w"),
        ("café", "cafe\u0301"), ("résumé", "re\u0301sume\u0301"), ("naïve", "nai\u0308ve"), ("Türkiye", "Tu\u0308rkiye"),
        ("Québec", "Que\u0301bec"), ("Ελλάδα", "Ελλα\u0301δα"), ("Åland", "A\u030Aland"), ("Ångström", "\u212Bngstro\u0308m"),
    ];

    internal static string Compose(string text) => Words.Aggregate(text, (t, w) => t.Replace(w.Decomposed, w.Composed, StringComparison.Ordinal));

    [Theory]
    [InlineData("Critics in Ankara attacked Erdog\u0306an over the crackdown on the press.", "Turkey")]
    [InlineData("Co\u0302te d'Ivoire welcomed the aid package as a lifeline for its farmers.", "Ivory Coast")]
    [InlineData("Voters warmly praised Pedro Sa\u0301nchez for the deal on pensions.", "Pedro Sánchez")]
    [InlineData("Voters warmly praised Pedro Sánchez for the deal on pensions.", "Pedro Sa\u0301nchez")]
    public void Predict_DecomposedNameInTextOrTarget_ScoresAsComposed(string text, string target)
    {
        var composed = Stance.Predict(Compose(text), Compose(target));

        var decomposed = Stance.Predict(text, target);

        Assert.Equal(Stance.Labels.Select(l => composed.Probabilities[l]), Stance.Labels.Select(l => decomposed.Probabilities[l]));
    }

    [Fact]
    public void Predict_DecomposedWords_SentimentAsComposed()
    {
        const string text = "The cafe\u0301 chain's re\u0301sume\u0301 of losses deepened in Zu\u0308rich and Krako\u0301w.";

        var composed = Sentiment.Predict(Compose(text));

        Assert.Equal(Sentiment.Labels.Select(l => composed.Probabilities[l]), Sentiment.Labels.Select(l => Sentiment.Predict(text).Probabilities[l]));
    }

    [Fact]
    public void FindTargets_DecomposedNames_FindsTheTargetsOfTheComposedNames()
    {
        const string text = "Erdog\u0306an rejected the plan, and Co\u0302te d'Ivoire's president praised it.";

        var found = Stance.FindTargets(text);

        Assert.Equal(Stance.FindTargets(Compose(text)), found);
        Assert.Contains("Turkey", found);
        Assert.Contains("Ivory Coast", found);
    }

    [Fact]
    public void FindMentions_DecomposedName_SpanCoversTheNameWithItsMarks()
    {
        const string text = "Officials said Co\u0302te d'Ivoire would sign, and Bogota\u0301 agreed.";

        var spans = Stance.FindMentions(text, "Ivory Coast");

        Assert.Equal(["Co\u0302te d'Ivoire"], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("Co\u0302te d'Ivoire", "Ivory Coast")]
    [InlineData("Tu\u0308rkiye", "Turkey")]
    public void Resolve_DecomposedAlias_IsTheComposedAliasesTarget(string target, string expected)
    {
        Assert.Equal(expected, Stance.Scorer.Aliases.Resolve(target));
        Assert.Equal(Stance.TrainingRows(expected), Stance.TrainingRows(target));
    }

    [Fact]
    public void Explain_DecomposedName_SameContributionsWithSpansIntoTheGivenText()
    {
        const string text = "Protesters condemned Erdog\u0306an for jailing journalists in Ankara.";

        var composed = Stance.Explain(Compose(text), "Turkey", top: 50);
        var decomposed = Stance.Explain(text, "Turkey", top: 50);

        Assert.Equal(composed.Contributions.Select(c => (c.Feature, c.Weight)), decomposed.Contributions.Select(c => (Compose(c.Feature), c.Weight)));
        Assert.Equal(
            composed.Contributions.SelectMany(c => c.Spans).Select(s => Compose(text).Substring(s.Start, s.Length)),
            decomposed.Contributions.SelectMany(c => c.Spans).Select(s => Compose(text.Substring(s.Start, s.Length))));
    }

    [Fact]
    public void Split_DecomposedLetters_SplitsAsTheComposedTextWithSpansInTheGivenText()
    {
        const string text = "Co\u0302te d'Ivoire signed. Officials in Bogota\u0301 said the cafe\u0301 deal was done.\n\nSa\u0303o Paulo agreed.";

        var composed = SentenceSplitter.Split(Compose(text));
        var decomposed = SentenceSplitter.Split(text);

        Assert.Equal(composed.Select(s => s.Text), decomposed.Select(s => Compose(s.Text)));
        Assert.All(decomposed, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Analyze_DecomposedArticle_ScoresAsTheComposedArticle()
    {
        const string article = "ANKARA (Reuters) - Erdog\u0306an condemned the sanctions on Tuesday.\n\nCo\u0302te d'Ivoire praised the deal.";
        var analyzer = ArticleAnalyzer.LoadDefault();

        var composed = analyzer.Analyze(Compose(article), ["Turkey", "Ivory Coast"]);
        var decomposed = analyzer.Analyze(article, ["Turkey", "Ivory Coast"]);

        Assert.Equal(composed.Sentences.Select(s => (s.Sentiment, s.DatelineLength)), decomposed.Sentences.Select(s => (s.Sentiment, s.DatelineLength)));
        Assert.Equal(composed.Sentences.SelectMany(s => s.Stance).Select(s => (s.Target, s.Mentioned, s.Result)),
            decomposed.Sentences.SelectMany(s => s.Stance).Select(s => (s.Target, s.Mentioned, s.Result)));
    }

    [Fact]
    public void Extract_TrainingRowWithDecomposedLetters_GivesTheComposedRowsKeys()
    {
        var source = new FeatureSource(Stance.Scorer.Featurizer);
        var composed = new LabeledExample("Erdoğan condemned Côte d'Ivoire's naïve résumé.", "against", "Côte d'Ivoire", "t.tsv", 2);
        var decomposed = composed with { Text = "Erdog\u0306an condemned Co\u0302te d'Ivoire's nai\u0308ve re\u0301sume\u0301.", Target = "Co\u0302te d'Ivoire" };
        var (composedSink, decomposedSink) = (new FeatureSink(), new FeatureSink());

        source.Extract(composed, composedSink);
        source.Extract(decomposed, decomposedSink);

        Assert.Equal(composedSink.Keys.ToArray(), decomposedSink.Keys.ToArray());
    }
}
