namespace Classifier.Tests.Model;

/// <summary>
/// A word n-gram's span runs from its first word to its last, with what the n-grams skip between them: an emoji, as a
/// comma or a middle dot, and as invisible characters inside a word are in its span (docs/library.md, Explain). The
/// bigram of "rose 📈 sharply" is the model's "rose sharply", and its span and feature hold the emoji as those of
/// "rose, sharply" hold the comma: one span per place, its feature the text there. This pins the convention the audit
/// asked about; it held before.
/// </summary>
public sealed class ExplanationBetweenWordsTests
{
    [Theory]
    [InlineData("Prices rose 📈 sharply.", "rose 📈 sharply")]
    [InlineData("Prices rose, sharply.", "rose, sharply")]
    [InlineData("Prices rose · sharply.", "rose · sharply")]
    public void Explain_WordBigramOverASkippedCharacter_SpanRunsFromTheFirstWordToTheLast(string text, string bigram)
    {
        var explanation = SentimentClassifier.LoadDefault().Explain(text, top: 50);

        var words = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.Words && c.Feature.StartsWith("rose", StringComparison.Ordinal) && c.Feature.EndsWith("sharply", StringComparison.Ordinal));
        Assert.Equal(bigram, words.Feature);
        Assert.Equal([new TextSpan(7, bigram.Length)], words.Spans);
    }
}
