using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>
/// <see cref="TextNormalizer"/>'s character rules, one character at a time: what <see cref="TextNormalizer.Fold"/> makes of
/// the edges of each range and of every typographic variant it lists, and which characters a word is made of.
/// </summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData('A', 'a')]
    [InlineData('Z', 'z')]
    [InlineData('@', '@')] // the characters either side of A-Z are no letters
    [InlineData('[', '[')]
    [InlineData('\t', ' ')]
    [InlineData('\u001F', ' ')]
    [InlineData(' ', ' ')]
    [InlineData('`', '\'')]
    [InlineData('\u0080', ' ')] // the first C1 control, the first character past ASCII
    [InlineData('\u009F', ' ')]
    [InlineData('\u00C9', '\u00E9')] // É
    public void Fold_Character_IsItsReadingForm(char c, char expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(c));

    [Theory]
    [InlineData('\u2018', '\'')] // left and right single quotes, reversed quote, modifier apostrophe, prime, acute accent
    [InlineData('\u2019', '\'')]
    [InlineData('\u201B', '\'')]
    [InlineData('\u02BC', '\'')]
    [InlineData('\u2032', '\'')]
    [InlineData('\u00B4', '\'')]
    [InlineData('\u201C', '"')] // left, right and low double quotes, double prime, guillemets
    [InlineData('\u201D', '"')]
    [InlineData('\u201E', '"')]
    [InlineData('\u2033', '"')]
    [InlineData('\u00AB', '"')]
    [InlineData('\u00BB', '"')]
    [InlineData('\u2010', '-')] // hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar, minus
    [InlineData('\u2011', '-')]
    [InlineData('\u2012', '-')]
    [InlineData('\u2013', '-')]
    [InlineData('\u2014', '-')]
    [InlineData('\u2015', '-')]
    [InlineData('\u2212', '-')]
    [InlineData('\u00A0', ' ')] // no-break, figure and narrow no-break spaces, line and paragraph separators, next line
    [InlineData('\u2007', ' ')]
    [InlineData('\u202F', ' ')]
    [InlineData('\u2028', ' ')]
    [InlineData('\u2029', ' ')]
    [InlineData('\u0085', ' ')]
    public void Fold_TypographicVariant_IsItsPlainForm(char c, char expected) =>
        Assert.Equal(expected, TextNormalizer.Fold(c));

    [Theory]
    [InlineData('a', true)]
    [InlineData('z', true)]
    [InlineData('A', true)]
    [InlineData('Z', true)]
    [InlineData('0', true)]
    [InlineData('9', true)]
    [InlineData('_', true)]
    [InlineData('\u00E9', true)] // é
    [InlineData('`', false)] // the characters either side of a-z, A-Z and 0-9
    [InlineData('{', false)]
    [InlineData('@', false)]
    [InlineData('[', false)]
    [InlineData('/', false)]
    [InlineData(':', false)]
    [InlineData('\u2019', false)]
    public void IsWordChar_Character_IsWhetherWordsHoldIt(char c, bool expected) =>
        Assert.Equal(expected, TextNormalizer.IsWordChar(c));

    [Theory]
    [InlineData("Côte d\u2019Ivoire", "Côte d'Ivoire")]
    [InlineData("Côte d`Ivoire", "Côte d'Ivoire")]
    [InlineData("\u201CSÃO PAULO\u201D", "\"SÃO PAULO\"")]
    [InlineData("Korea\u0080", "Korea ")]
    public void FoldTypography_Variants_ArePlainWithTheCaseKept(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.FoldTypography(text));

    [Theory]
    [InlineData("Côte d'Ivoire")]
    [InlineData("ÉTATS-UNIS")]
    [InlineData("")]
    public void FoldTypography_NoVariant_IsTheSameInstance(string text)
    {
        Assert.Same(text, TextNormalizer.FoldTypography(text));
        Assert.False(TextNormalizer.HasTypography(text));
    }

    [Theory]
    [InlineData("d\u2019Ivoire")]
    [InlineData("d`Ivoire")]
    public void HasTypography_Variant_IsTrue(string text) => Assert.True(TextNormalizer.HasTypography(text));

    [Theory]
    [InlineData("\tKorea", " Korea")]
    [InlineData("  Korea", " Korea")]
    [InlineData("South Korea\t", "South Korea ")]
    [InlineData("South Korea  ", "South Korea ")]
    public void CollapseWhiteSpace_RunAtAnEdge_IsOneSpace(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.CollapseWhiteSpace(text));
        Assert.True(TextNormalizer.HasWhiteSpaceToCollapse(text));
    }

    [Theory]
    [InlineData(" South Korea")]
    [InlineData("South Korea ")]
    [InlineData(" ")]
    public void CollapseWhiteSpace_LoneSpaceAtAnEdge_IsTheSameInstance(string text)
    {
        Assert.Same(text, TextNormalizer.CollapseWhiteSpace(text));
        Assert.False(TextNormalizer.HasWhiteSpaceToCollapse(text));
    }
}
