using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// <see cref="WordRunes"/>' words, counts and letter tests: a surrogate pair (a mathematical bold letter, a CJK extension
/// ideograph) is one character, and inside the Basic Multilingual Plane the answers are <see cref="char"/>'s.
/// </summary>
public sealed class WordRunesTests
{
    [Theory]
    [InlineData("don't stop", null, "don|t|stop")]
    [InlineData("don't stop", '\'', "don't|stop")]
    [InlineData("bu𝐬stop 🇺🇸 𠮷野家", null, "bu𝐬stop|𠮷野家")]
    [InlineData("a\uD835 b", null, "a|b")] // a lone surrogate is no word character
    public void Words_Text_AreTheRunsOfWordCharacters(string text, char? alsoInWords, string expected) =>
        Assert.Equal(expected, string.Join("|", WordRunes.Words(text, alsoInWords)));

    [Theory]
    [InlineData("climate", 6, "climat")]
    [InlineData("𝐜𝐥𝐢𝐦𝐚𝐭𝐞", 6, "𝐜𝐥𝐢𝐦𝐚𝐭")]
    [InlineData("ab", 6, "ab")]
    public void Prefix_Word_CountsSurrogatePairsAsOne(string word, int count, string expected) =>
        Assert.Equal(expected, WordRunes.Prefix(word, count));

    [Fact]
    public void AllBmpCharacters_LetterTests_AreCharsAnswers()
    {
        for (var c = '\0'; c < '\uFFFF'; c++)
        {
            var text = c.ToString();
            Assert.Equal(char.IsLetter(c), WordRunes.IsLetterAt(text, 0));
            Assert.Equal(char.IsUpper(c), WordRunes.IsUpperAt(text, 0));
            Assert.Equal(char.IsLower(c), WordRunes.IsLowerAt(text, 0));
            Assert.Equal(char.IsLetter(c), WordRunes.IsLetterBefore(text, 1));
            Assert.Equal((char.IsLetter(c) ? 1 : 0, char.IsUpper(c) ? 1 : 0), WordRunes.CountLetters(text));
            Assert.Equal(char.IsUpper(c), TextNormalizer.HasUpper(text));
        }
    }

    [Theory]
    [InlineData("UN", true)]
    [InlineData("𝐔𝐍", true)] // two bold capitals are a short name in capitals, matched only as written
    [InlineData("Un", false)]
    public void EntityPatternCreate_ShortNameInCapitals_IsCaseSensitive(string name, bool expected) =>
        Assert.Equal(expected, EntityPattern.Create(name, "United Nations").CaseSensitive);

    [Fact]
    public void HasUpper_OnlyBoldCapitals_IsTrue() => Assert.True(TextNormalizer.HasUpper("𝐁𝐈𝐆 news for us"));
}
