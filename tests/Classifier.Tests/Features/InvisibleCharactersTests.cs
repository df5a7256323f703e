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

    [Fact]
    public void Original_EmptySpanAfterARemovedCharacter_StandsWhereTheNextCharacterDoes()
    {
        // "China" starts at 12 of the read text; an empty span there is before its "C", not after the space before the
        // zero-width space that was left out.
        const string text = "Germany and \u200BChina.";
        var read = InvisibleCharacters.Remove(text, int.MaxValue, out var map);
        Assert.Equal("Germany and China.", read);

        Assert.Equal((13, 13), InvisibleCharacters.Original(map, 12, 12));
    }

    [Fact]
    public void Original_SpanPastTheReadText_StandsAtTheEndOfWhatWasRead()
    {
        const string text = "Chi\u200Bna";
        var read = InvisibleCharacters.Remove(text, int.MaxValue, out var map);

        Assert.Equal((text.Length, text.Length), InvisibleCharacters.Original(map, read.Length + 3, read.Length + 5));
    }

    [Fact]
    public void Remove_ShorterThanMaxLength_GivesAMapOfOneEntryMoreThanTheText()
    {
        var read = InvisibleCharacters.Remove("Chi\u200Bna", int.MaxValue, out var map);

        Assert.Equal("China", read);
        Assert.Equal(new[] { 0, 1, 2, 4, 5, 6 }, map);
    }

    [Fact]
    public void Remove_ZeroWidthSpaceAfterChineseBeforeARemovedOne_KeepsTheFirst()
    {
        // The first zero-width space follows Chinese, so a reader needs it; the one inside "China" is left out. What is
        // kept before a candidate decides, not a space assumed before it.
        const string text = "\u82F9\u679C\u200Bapple and Chi\u200Bna";

        Assert.Equal("\u82F9\u679C\u200Bapple and China", InvisibleCharacters.Remove(text, int.MaxValue));
    }

    [Fact]
    public void Remove_KeptCandidateRightBeforeARemovedOne_LeavesOutTheSecond()
    {
        // The zero-width space after Chinese stays; the soft hyphen right after it goes. The search for the next
        // candidate finds it at once (no character between them).
        Assert.Equal("\u82F9\u200Bmore", InvisibleCharacters.Remove("\u82F9\u200B\u00ADmore", int.MaxValue));
    }

    [Theory]
    [InlineData("\u200B\u82F9\u679C")]
    [InlineData("\u82F9\u679C\u200C")]
    public void Remove_ConditionalCandidateAtAnEndNextToChinese_KeepsIt(string text)
    {
        Assert.Same(text, InvisibleCharacters.Remove(text, int.MaxValue));
    }

    [Theory]
    [InlineData("\u180EChina", "China")]
    [InlineData("Chi\u180Ena\u180E", "China")]
    [InlineData("China\u200B\u200D", "China")]
    public void Remove_ConditionalCandidateAtAnEndNextToLatin_LeavesItOut(string text, string expected)
    {
        Assert.Equal(expected, InvisibleCharacters.Remove(text, int.MaxValue));
    }

    [Theory]
    [InlineData('\u052F', true)] // Cyrillic Supplement's last: plain
    [InlineData('\u0530', false)] // the Armenian block's first: not
    [InlineData('\u1DFF', false)] // Combining Diacritical Marks Supplement's last: not
    [InlineData('\u1E00', true)] // Latin Extended Additional's first: plain
    [InlineData('\u206F', true)] // General Punctuation's last: plain
    [InlineData('\u2070', false)] // Superscripts and Subscripts' first: not
    public void Remove_ZeroWidthSpaceNextToTheEdgesOfThePlainBlocks_LeftOutOnlyBesidePlainCharacters(char neighbour, bool removed)
    {
        var text = $"a\u200B{neighbour}";

        Assert.Equal(removed ? $"a{neighbour}" : text, InvisibleCharacters.Remove(text, int.MaxValue));
    }
}
