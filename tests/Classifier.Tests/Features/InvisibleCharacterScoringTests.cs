using System.Text;

namespace Classifier.Tests.Features;

/// <summary>
/// Text scraped from web pages carries invisible format characters inside words: a soft hyphen ("Ger&#xAD;many"), a
/// zero-width space, a word joiner, a byte-order mark, a direction mark. Scoring reads the text as if they were not there,
/// and every span it returns still points into the text the caller passed. They used to split the word in two, so
/// "Chi&#x200B;na" was no mention of China and "ter&#xAD;rible" no lexicon word.
/// </summary>
public sealed class InvisibleCharacterScoringTests
{
    private const string Zwsp = "\u200B";
    private const string Shy = "\u00AD";

    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    private static SentimentClassifier Sentiment => SentimentClassifier.LoadDefault();

    [Theory]
    [InlineData("Protesters accused Chi" + Zwsp + "na of crushing dissent and jailing journalists.", "China")]
    [InlineData("Ger" + Shy + "many praised the agreement as a historic step toward peace.", "Germany")]
    [InlineData("Officials said \uFEFFChina\u2060 had broken its promises, and Ger" + Shy + "ma" + Shy + "ny agreed.", "China")]
    [InlineData("\u200FGermany\u200E welcomed the deal.", "Germany")]
    public void Predict_InvisibleCharacterInTargetName_EqualsTheCleanText(string text, string target)
    {
        var clean = Stance.Predict(Visible(text), target);

        var dirty = Stance.Predict(text, target);

        Assert.Equal(clean.Label, dirty.Label);
        Assert.Equal(Probabilities(clean.Probabilities, Stance.Labels), Probabilities(dirty.Probabilities, Stance.Labels));
    }

    [Fact]
    public void FindMentions_ZeroWidthSpaceInsideName_SpanCoversTheOriginalCharacters()
    {
        const string text = "Protesters accused Chi" + Zwsp + "na of crushing dissent.";

        var span = Assert.Single(Stance.FindMentions(text, "China"));

        Assert.Equal("Chi" + Zwsp + "na", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void FindMentions_SoftHyphensBeforeAndInsideName_SpansPointIntoTheOriginal()
    {
        const string text = "Ber" + Shy + "lin said Ger" + Shy + "many and the Ger" + Shy + "man people stood with Ukraine.";

        var spans = Stance.FindMentions(text, "Germany");

        Assert.Equal(["Ber" + Shy + "lin", "Ger" + Shy + "many", "Ger" + Shy + "man"], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void FindMentions_NameReadOnlyOnceInvisibleCharactersAreLeftOut_IsFoundPastTheCutInTheOriginal()
    {
        // The model reads its first MaxTextLength characters of the text without its invisible characters, as of the clean text.
        var max = Stance.Info.Featurizer.MaxTextLength;
        var filler = string.Concat(Enumerable.Repeat("a" + Shy, max - 100));
        var text = filler + " Chi" + Zwsp + "na said.";
        Assert.True(text.Length > max && Visible(text).Length < max);

        var span = Assert.Single(Stance.FindMentions(text, "China"));

        Assert.Equal("Chi" + Zwsp + "na", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void FindTargets_InvisibleCharactersInsideNames_FindsThem()
    {
        var found = Stance.FindTargets("Officials in Ger" + Shy + "many and Chi" + Zwsp + "na signed the accord.");

        Assert.Equal(["Germany", "China"], found);
    }

    [Fact]
    public void PredictTargetsAndBatch_InvisibleCharacters_EqualTheCleanText()
    {
        const string text = "Ger" + Shy + "many con" + Shy + "demned Chi" + Zwsp + "na for its brutal crack" + Shy + "down.";
        string[] targets = ["Germany", "China"];
        var clean = Stance.PredictTargets(Visible(text), targets);

        var dirty = Stance.PredictTargets(text, targets);
        var batch = Stance.PredictBatch(targets.Select(t => (text, t)));

        foreach (var results in new[] { dirty, batch })
        {
            Assert.Equal(clean.Select(r => r.Label), results.Select(r => r.Label));
            Assert.Equal(clean.Select(r => Probabilities(r.Probabilities, Stance.Labels)), results.Select(r => Probabilities(r.Probabilities, Stance.Labels)));
        }
    }

    [Theory]
    [InlineData("The ter" + Shy + "rible at" + Shy + "tack left dozens dead and the city in mourning.")]
    [InlineData("Investors wel" + Shy + "comed the ex" + Zwsp + "cellent results.")]
    [InlineData("\uFEFFThe strike was a disas\u2060ter for the region.")]
    public void SentimentPredict_InvisibleCharactersInsideWords_EqualsTheCleanText(string text)
    {
        var clean = Sentiment.Predict(Visible(text));

        var dirty = Sentiment.Predict(text);
        var batch = Assert.Single(Sentiment.PredictBatch([text]));

        Assert.Equal(clean.Label, dirty.Label);
        Assert.Equal(Probabilities(clean.Probabilities, Sentiment.Labels), Probabilities(dirty.Probabilities, Sentiment.Labels));
        Assert.Equal(Probabilities(clean.Probabilities, Sentiment.Labels), Probabilities(batch.Probabilities, Sentiment.Labels));
    }

    [Fact]
    public void SentimentExplain_SoftHyphenInsideLexiconWord_SpansPointIntoTheOriginal()
    {
        const string text = "The ter" + Shy + "rible at" + Shy + "tack left dozens dead.";
        var clean = Sentiment.Explain(Visible(text), top: 50);

        var dirty = Sentiment.Explain(text, top: 50);

        AssertSameExplanation(clean, dirty, text);
        Assert.Contains(dirty.Contributions, c => c.Feature == "ter" + Shy + "rible"
            && c.Spans.Count == 1 && text.Substring(c.Spans[0].Start, c.Spans[0].Length) == "ter" + Shy + "rible");
    }

    [Fact]
    public void StanceExplain_ZeroWidthSpaceInsideName_SpansPointIntoTheOriginal()
    {
        const string text = "Protesters accused Chi" + Zwsp + "na of crushing dissent and jailing journalists.";
        var clean = Stance.Explain(Visible(text), "China", top: 200);

        var dirty = Stance.Explain(text, "China", top: 200);

        AssertSameExplanation(clean, dirty, text);
        Assert.Contains(dirty.Contributions, c => c.Spans.Any(s => text.Substring(s.Start, s.Length).Contains("Chi" + Zwsp + "na", StringComparison.Ordinal)));
    }

    [Fact]
    public void SentimentExplain_EmojiZeroWidthJoinerSequence_StillMatchesTheWholeLexiconTerm()
    {
        // The joiner of "face palm" + "female sign" is kept: the lexicon lists the sequence, and its first emoji alone.
        const string emoji = "\U0001F926\u200D\u2640\uFE0F";
        const string text = "Another delay to the vote " + emoji;

        var explanation = Sentiment.Explain(text, top: 50);

        Assert.Contains(explanation.Contributions, c => c.Kind == FeatureKind.Lexicon && c.Feature == emoji);
    }

    /// <summary>The same label, probability and contributions, the dirty ones' spans in <paramref name="text"/> holding the clean ones' words.</summary>
    private static void AssertSameExplanation(Explanation clean, Explanation dirty, string text)
    {
        Assert.Equal(clean.Label, dirty.Label);
        Assert.Equal(clean.Probability, dirty.Probability);
        Assert.Equal(clean.Contributions.Select(c => (c.Feature, c.Kind, c.Weight)), dirty.Contributions.Select(c => (Visible(c.Feature), c.Kind, c.Weight)));
        Assert.All(dirty.Contributions.Where(c => c.Spans.Count == 1), c => Assert.Equal(c.Feature, text.Substring(c.Spans[0].Start, c.Spans[0].Length)));
        Assert.All(dirty.Contributions.SelectMany(c => c.Spans), s =>
        {
            // A span starts and ends on a visible character: it holds only the invisible characters inside its words.
            Assert.False(IsInvisible(text[s.Start]));
            Assert.False(IsInvisible(text[s.Start + s.Length - 1]));
        });
    }

    private static double[] Probabilities(IReadOnlyDictionary<string, double> probabilities, IReadOnlyList<string> labels) =>
        labels.Select(l => probabilities[l]).ToArray();

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF';

    /// <summary>The text without the invisible characters these tests put in it.</summary>
    internal static string Visible(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsInvisible(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
