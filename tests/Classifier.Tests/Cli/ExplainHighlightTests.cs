using Classifier.Training.Commands;

namespace Classifier.Tests.Cli;

/// <summary>
/// explain's text output shows a long text only around the top contributions, so that the table is not pushed off the
/// screen: before, a 100,000-character text was printed whole above it.
/// </summary>
public sealed class ExplainHighlightTests
{
    [Fact]
    public void Highlight_ShortText_IsShownWholeWithTheSpansUnderlined()
    {
        const string text = "Allies condemned the raid.";
        var explanation = SentimentClassifier.LoadDefault().Explain(text, top: 3);

        var shown = ExplainCommand.Highlight(text, explanation);

        Assert.Contains("[underline yellow]", shown);
        Assert.Equal(text, System.Text.RegularExpressions.Regex.Replace(shown, @"\[/?[a-z ]*\]", ""));
    }

    [Fact]
    public void Highlight_LongText_ShowsOnlyTheContextOfTheSpans()
    {
        var filler = string.Concat(Enumerable.Repeat("The committee met on Tuesday to review the schedule. ", 200));
        var text = filler + "Rebels massacred dozens of villagers in a brutal attack. " + filler;
        var explanation = SentimentClassifier.LoadDefault().Explain(text, top: 3);

        var shown = ExplainCommand.Highlight(text, explanation);

        Assert.True(shown.Length < 2_000, $"shown {shown.Length} characters of {text.Length}");
        Assert.Contains(" … ", shown);
        Assert.Contains("[underline yellow]", shown);
    }

    [Fact]
    public void Highlight_LongTextOfEmoji_CutsNoSurrogatePairInHalf()
    {
        // Every character of the filler is an emoji (two UTF-16 units), so a cut at an odd distance would split one.
        var filler = string.Concat(Enumerable.Repeat("😀", 400));
        var text = filler + " Rebels massacred dozens of villagers. " + filler + "x";
        var explanation = SentimentClassifier.LoadDefault().Explain(text, top: 3);

        var shown = ExplainCommand.Highlight(text, explanation);

        for (var i = 0; i < shown.Length; i++)
        {
            Assert.False(char.IsLowSurrogate(shown[i]) && (i == 0 || !char.IsHighSurrogate(shown[i - 1])), $"a lone low surrogate at {i}");
            Assert.False(char.IsHighSurrogate(shown[i]) && (i + 1 == shown.Length || !char.IsLowSurrogate(shown[i + 1])), $"a lone high surrogate at {i}");
        }
    }
}
