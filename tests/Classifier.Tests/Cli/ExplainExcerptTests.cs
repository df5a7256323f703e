using Classifier.Training.Commands;

namespace Classifier.Tests.Cli;

/// <summary>
/// explain shows a long text only around the top contributions' spans, cutting the context at a word's edge, or, in a run
/// without white space, between two characters as a reader sees them and outside an HTML reference. Before, it was cut 60
/// characters from the span wherever that fell: "… ttee met on Tuesday", "AT&amp;T/AT&amp …", a thumb without its skin
/// tone.
/// </summary>
public sealed class ExplainExcerptTests
{
    private const string Filler = "The committee met on Tuesday to review the schedule. ";

    private static readonly string Fillers = string.Concat(Enumerable.Repeat(Filler, 12));

    [Fact]
    public void Highlight_LongText_CutsTheContextAtWordEdges()
    {
        var text = Fillers + "Rebels brutally massacred villagers in the north. " + Fillers;

        var shown = ExplainCommand.Highlight(text, Around(text, "massacred"));

        Assert.Equal(" … met on Tuesday to review the schedule. Rebels brutally [underline yellow]massacred[/] villagers in the north. The committee met on Tuesday to … ", shown);
    }

    [Fact]
    public void Highlight_LongRunOfCharacterReferences_CutsNoReferenceInHalf()
    {
        // No white space near the span: the cut 60 characters before it falls after "&", the one after it before ";".
        var references = string.Concat(Enumerable.Repeat("AT&amp;T/", 10));
        var text = Fillers + references + "massacred" + references + " " + Fillers;

        var shown = ExplainCommand.Highlight(text, Around(text, "massacred"));

        Assert.Equal(" … T/" + string.Concat(Enumerable.Repeat("AT&amp;T/", 6)) + "[underline yellow]massacred[/]" + string.Concat(Enumerable.Repeat("AT&amp;T/", 6)) + "AT … ", shown);
    }

    [Fact]
    public void Highlight_WordLongerThanTheContextNextToTheSpan_LeftOutWholeNotCut()
    {
        // White space only between it and the span: the cut fell inside the word ("… bcdefghijabcdefghij massacred").
        var url = "https://example.com/" + string.Concat(Enumerable.Repeat("abcdefghij", 8));
        var text = Fillers + url + " massacred " + url + " " + Fillers;

        var shown = ExplainCommand.Highlight(text, Around(text, "massacred"));

        Assert.Equal(" … [underline yellow]massacred[/] … ", shown);
    }

    [Fact]
    public void Highlight_LongRunOfEmojiWithSkinTones_CutsNoEmojiFromItsTone()
    {
        // Each "👍🏽" is two surrogate pairs; both cuts 60 characters from the span fall between the thumb and its tone.
        var thumbs = string.Concat(Enumerable.Repeat("👍🏽", 20));
        var text = Fillers + thumbs + "ab" + "massacred" + "ab" + thumbs + " " + Fillers;

        var shown = ExplainCommand.Highlight(text, Around(text, "massacred"));

        Assert.Equal(" … " + string.Concat(Enumerable.Repeat("👍🏽", 14)) + "ab[underline yellow]massacred[/]ab" + string.Concat(Enumerable.Repeat("👍🏽", 14)) + " … ", shown);
    }

    [Fact]
    public void Highlight_LongTextWithoutPlacedContributions_ShowsItsStartToAWordEdge()
    {
        var text = Fillers + Fillers;
        var explanation = new Explanation("neutral", 0.9, [new FeatureContribution("the sentence as a whole", FeatureKind.Lexicon, 0.5, [])]);

        var shown = ExplainCommand.Highlight(text, explanation);

        Assert.Equal("The committee met on Tuesday to review the schedule. The committee met on Tuesday to review the schedule. The committee … ", shown);
    }

    /// <summary>An explanation of one contribution, the first place of <paramref name="word"/> in <paramref name="text"/>.</summary>
    private static Explanation Around(string text, string word) =>
        new("negative", 0.9, [new FeatureContribution(word, FeatureKind.Words, 0.5, [new TextSpan(text.IndexOf(word, StringComparison.Ordinal), word.Length)])]);
}
