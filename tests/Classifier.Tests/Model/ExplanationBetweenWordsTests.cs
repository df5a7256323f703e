namespace Classifier.Tests.Model;

/// <summary>
/// A word n-gram's span runs from its first word to its last, with what the n-grams skip between them: an emoji, as a
/// comma or a middle dot, and as invisible characters inside a word are in its span (docs/library.md, Explain). The
/// bigram of "rose 📈 sharply" is the model's "rose sharply", and its span and feature hold the emoji as those of
/// "rose, sharply" hold the comma: one span per place, its feature the text there. This pins the convention the audit
/// asked about; it held before. The bigram at two places, with and without what lies between its words, is one
/// contribution with both spans and the whole weight: before, places were grouped by the text between the words too,
/// so "rose 📈 sharply" and "rose sharply" were two rows of half the weight each (0.4207 each for the first two texts
/// below, 0.4248 for the third, with the model of then).
/// </summary>
public sealed class ExplanationBetweenWordsTests
{
    [Theory]
    [InlineData("Prices rose 📈 sharply.", "rose 📈 sharply")]
    [InlineData("Prices rose, sharply.", "rose, sharply")]
    [InlineData("Prices rose · sharply.", "rose · sharply")]
    public void Explain_WordBigramOverASkippedCharacter_SpanRunsFromTheFirstWordToTheLast(string text, string bigram)
    {
        var found = EveryLabel.Explain(text).SelectMany(e => e.Contributions)
            .Where(c => c.Kind == FeatureKind.Words && c.Feature.StartsWith("rose", StringComparison.Ordinal) && c.Feature.EndsWith("sharply", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(found);
        Assert.All(found, words =>
        {
            Assert.Equal(bigram, words.Feature);
            Assert.Equal([new TextSpan(7, bigram.Length)], words.Spans);
        });
    }

    [Theory]
    [InlineData("Prices rose 📈 sharply and wages rose sharply.", "rose 📈 sharply", 7, 15, 33, 12)]
    [InlineData("Prices rose, sharply and wages rose sharply.", "rose, sharply", 7, 13, 31, 12)]
    [InlineData("Wages rose sharply and prices rose 📈 sharply.", "rose sharply", 6, 12, 30, 15)]
    public void Explain_BigramWithAndWithoutASkippedCharacterBetweenItsWords_IsOneContributionWithBothSpans(
        string text, string feature, int first, int firstLength, int second, int secondLength)
    {
        var explanation = SentimentClassifier.LoadDefault().Explain(text, "negative", top: 100);

        var bigram = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.Words && c.Feature.StartsWith("rose", StringComparison.Ordinal) && c.Feature.EndsWith("sharply", StringComparison.Ordinal));
        Assert.Equal(feature, bigram.Feature);
        Assert.Equal([new TextSpan(first, firstLength), new TextSpan(second, secondLength)], bigram.Spans);
        // The whole weight: that of the same text with nothing between the words, where both places are written alike
        // (the word block, whose values the weight is read from, is the same). The two rows of before had half each.
        var plain = SentimentClassifier.LoadDefault().Explain(Plain(text), "negative", top: 100);
        var whole = Assert.Single(plain.Contributions, c => c.Kind == FeatureKind.Words && c.Feature == "rose sharply");
        Assert.Equal(whole.Weight, bigram.Weight, 4);
        Assert.True(bigram.Weight > 0.0001, $"the bigram pushes toward negative ({bigram.Weight})");
    }

    /// <summary>The text with the emoji and comma between "rose" and "sharply" taken out.</summary>
    private static string Plain(string text) => text.Replace("rose 📈 sharply", "rose sharply", StringComparison.Ordinal).Replace("rose, sharply", "rose sharply", StringComparison.Ordinal);
}
