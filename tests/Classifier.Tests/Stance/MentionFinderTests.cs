using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// Whole-word mentions where a letter outside the Basic Multilingual Plane (a surrogate pair: mathematical bold 𝐀 and 𝐙,
/// the CJK extension ideograph 𠮷) touches a name: it continues the word, as a letter inside the plane does, so the name is
/// no mention there. Before, its two halves read as no letters, and "China" was found inside "𝐀China".
/// </summary>
public sealed class MentionFinderTests
{
    [Theory]
    [InlineData("China", "Talks with 𝐀China resumed.", "")]
    [InlineData("China", "Talks with China𝐀 resumed.", "")]
    [InlineData("中国", "𠮷中国", "")]
    [InlineData("𝐀cme", "Shares of X𝐀cme fell.", "")]
    [InlineData("Acme𝐙", "Shares of Acme𝐙𝐙 fell.", "")]
    [InlineData("China", "Talks with 𝐀 China resumed.", "China")]
    [InlineData("𝐀cme", "Shares of 𝐀cme fell.", "𝐀cme")]
    [InlineData("Acme𝐙", "Shares of Acme𝐙 fell.", "Acme𝐙")]
    [InlineData("中国", "𠮷 中国", "中国")]
    public void Find_NameTouchingALetterOutsideTheBasicPlane_NoMentionInsideAWord(string name, string text, string expected)
    {
        var mentions = new List<Mention>();

        MentionFinder.Find(text, text.ToLowerInvariant(), [EntityPattern.Create(name, name)], [], name, mentions);

        Assert.Equal(expected, string.Join("|", mentions.Select(m => text[m.Start..m.End])));
    }

    [Theory]
    [InlineData("Talks with 𝐀China resumed.")]
    [InlineData("Shares of X𝐀cme fell.")]
    public void Find_ExtraPatternTouchingALetterOutsideTheBasicPlane_NoMention(string text)
    {
        // Extra patterns (a target's own name and variants) are searched for anywhere, then checked for word boundaries.
        var mentions = new List<Mention>();
        EntityPattern[] extra = [EntityPattern.Create("China", "China"), EntityPattern.Create("𝐀cme", "𝐀cme")];

        MentionFinder.Find(text, text.ToLowerInvariant(), [], extra, "China", mentions);

        Assert.Empty(mentions);
    }
}
