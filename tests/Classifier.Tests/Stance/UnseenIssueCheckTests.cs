using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// The unseen-issue check's words are read by rune: a letter outside the Basic Multilingual Plane (mathematical bold 𝐚, the
/// CJK extension ideograph 𠮷) is part of the word it touches. Before, its surrogate halves split the word there, and the
/// fragment either side was looked up as a word of its own ("monarchy𝐚" read as "monarchy").
/// </summary>
public sealed class UnseenIssueCheckTests
{
    [Theory]
    [InlineData("Critics of the monarchy𝐚")]
    [InlineData("Critics of the 𝐚monarchy")]
    [InlineData("Critics of the 𠮷monarchy")]
    [InlineData("Critics of the monarchy𠮷")]
    public void Nearest_IssueWordJoinedToALetterOutsideTheBasicPlane_IsNotThatWord(string text)
    {
        var issue = UnseenIssueCheck.WordVectors("monarchy");

        Assert.True(UnseenIssueCheck.Nearest(text, issue) < 0.99f);
        Assert.Equal(1f, UnseenIssueCheck.Nearest(text.Replace("𝐚", " ").Replace("𠮷", " "), issue), 4);
    }

    [Theory]
    [InlineData("𝐌onarchy")]
    [InlineData("mon𠮷archy")]
    public void WordVectors_WordWithALetterOutsideTheBasicPlane_NoVectorForItsFragments(string issue)
    {
        // The table knows no such letter, so the word has no vector; its fragments ("onarchy", "mon" and "archy") are not looked up.
        Assert.Empty(UnseenIssueCheck.WordVectors(issue));
    }
}
