using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>
/// Which invisible format characters the models read as absent (<see cref="InvisibleCharacters"/>): those that never change a
/// word always, the zero-width space, joiners and the Mongolian vowel separator only where they do nothing, and where
/// each character of what is read stood in the caller's text.
/// </summary>
public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("\u00AD")]
    [InlineData("\u200B")]
    [InlineData("\u200C")]
    [InlineData("\u200D")]
    [InlineData("\u2060")]
    [InlineData("\uFEFF")]
    [InlineData("\u200E")]
    [InlineData("\u200F")]
    [InlineData("\u061C")]
    [InlineData("\u202A")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2069")]
    [InlineData("\u180E")]
    [InlineData("\u00AD\u200B\u2060")]
    public void Remove_InsideALatinWord_LeavesItOut(string invisible)
    {
        var text = "Protesters accused Chi" + invisible + "na.";

        Assert.Equal("Protesters accused China.", InvisibleCharacters.Remove(text, int.MaxValue));
    }

    [Theory]
    [InlineData("Talks resumed after a two-year freeze.")]
    [InlineData("")]
    [InlineData("Another delay \U0001F926\u200D\u2640\uFE0F")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")]
    [InlineData("\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35\u200B\u0E04\u0E23\u0E31\u0E1A")]
    [InlineData("\u0915\u094D\u200D\u0937")]
    [InlineData("\u1820\u180E\u1821")]
    public void Remove_NothingToLeaveOut_ReturnsTheSameInstanceAndNoMap(string text)
    {
        // The joiner of an emoji sequence (a lexicon term), the non-joiner of a Persian word, the zero-width space between
        // Thai words, the joiner of a Devanagari conjunct and the Mongolian vowel separator stay: a reader needs them.
        var read = InvisibleCharacters.Remove(text, int.MaxValue, out var map);

        Assert.Same(text, read);
        Assert.Null(map);
    }

    [Fact]
    public void Remove_DirectionMarksAroundHebrew_LeavesThemOut()
    {
        const string text = "\u200F\u05E9\u05DC\u05D5\u05DD\u200F and \u202BIsrael\u202C";

        Assert.Equal("\u05E9\u05DC\u05D5\u05DD and Israel", InvisibleCharacters.Remove(text, int.MaxValue));
    }

    [Fact]
    public void Remove_ZeroWidthSpaceBetweenLatinAndChinese_KeepsIt()
    {
        const string text = "Apple\u200B\u82F9\u679C and Chi\u200Bna";

        Assert.Equal("Apple\u200B\u82F9\u679C and China", InvisibleCharacters.Remove(text, int.MaxValue));
    }

    [Fact]
    public void Original_SpansOfTheReadText_CoverTheWordsWithTheirInvisibleCharacters()
    {
        const string text = "\uFEFFGer\u00ADmany and \u200BChi\u200Bna\u200B.";
        var read = InvisibleCharacters.Remove(text, int.MaxValue, out var map);
        Assert.Equal("Germany and China.", read);

        var germany = InvisibleCharacters.Original(map, 0, 7);
        var china = InvisibleCharacters.Original(map, 12, 17);
        var empty = InvisibleCharacters.Original(map, read.Length, read.Length);

        Assert.Equal("Ger\u00ADmany", text[germany.Start..germany.End]);
        Assert.Equal("Chi\u200Bna", text[china.Start..china.End]);
        Assert.Equal((text.Length, text.Length), empty);
        Assert.Equal((-1, -1), InvisibleCharacters.Original(map, -1, -1));
        Assert.Equal((3, 5), InvisibleCharacters.Original(null, 3, 5));
    }

    [Fact]
    public void Remove_LongerThanMaxLength_GivesMaxLengthVisibleCharacters()
    {
        var text = string.Concat(Enumerable.Repeat("ab\u00AD", 10));

        var read = InvisibleCharacters.Remove(text, 7, out var map);

        Assert.Equal("abababa", read);
        Assert.Equal(new[] { 0, 1, 3, 4, 6, 7, 9, 10 }, map);
    }

    [Fact]
    public void Remove_InvisibleCharacterOnlyPastMaxLength_ReturnsTheTextUncut()
    {
        const string text = "Germany and Chi\u200Bna";

        Assert.Same(text, InvisibleCharacters.Remove(text, 10));
    }
}
