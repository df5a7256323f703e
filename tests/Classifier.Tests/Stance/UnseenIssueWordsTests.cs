using Classifier.Model;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// What the <c>unseenIssueFloor</c> check counts as a word: single characters, words without a letter and function words
/// are read on neither side, and the names an issue is given with <c>WithAliases</c> are its words too.
/// </summary>
public sealed class UnseenIssueWordsTests
{
    private const string Residence = "The scheme that offered residence to rich investors will close in April.";

    [Theory]
    [InlineData("e-scooters", 1)] // "e"
    [InlineData("the 2030 climate targets", 2)] // "the", "2030"
    [InlineData("opt-out organ donation", 3)] // "out"
    [InlineData("5G masts", 2)] // a word with a letter stays
    [InlineData("AI rules", 2)] // two letters stay
    public void WordVectors_Issue_KeepsOnlyContentWords(string issue, int words) =>
        Assert.Equal(words, UnseenIssueCheck.WordVectors(issue).Length);

    [Theory]
    [InlineData("The council's vote was delayed again.", "e-scooters")] // the "s" of a possessive came to 0.47 with "e"
    [InlineData("Turnout rose to 61 percent in 2024.", "climate targets for 2030")] // any number came near "2030"
    [InlineData("Workers walked out of the plant after the talks failed.", "opt-out organ donation")] // "out" came to 1
    public void Nearest_TextSharingOnlyALetterNumberOrFunctionWord_StaysUnderTheFloor(string text, string issue) =>
        Assert.InRange(UnseenIssueCheck.Nearest(text, UnseenIssueCheck.WordVectors(issue)), -1f, 0.3f);

    [Fact]
    public void WordVectors_IssueWithAliases_AddsTheAliasWordsOnce()
    {
        var alone = UnseenIssueCheck.WordVectors("golden visas");
        var withAliases = UnseenIssueCheck.WordVectors("golden visas", ["investor residence scheme", "golden visa scheme"]);

        Assert.Equal(2, alone.Length);
        Assert.Equal(6, withAliases.Length); // golden, visas, investor, residence, scheme, visa
        Assert.Equal(1f, UnseenIssueCheck.Nearest(Residence, withAliases), 4);
    }

    [Fact]
    public void Predict_UnseenIssueWithAnAliasWordInTheText_IsNotGated()
    {
        // No word of "golden visas" comes within 0.3 of the text (0.29), so the floor raises none; given the alias
        // "investor residence scheme", whose "residence" the text has, it does not.
        var gated = With(0.3f);
        var ungated = With(0);
        string[] aliases = ["investor residence scheme"];

        Assert.NotEqual(Probabilities(ungated, Residence, "golden visas"), Probabilities(gated, Residence, "golden visas"));
        Assert.Equal(
            Probabilities(ungated.WithAliases("golden visas", aliases), Residence, "golden visas"),
            Probabilities(gated.WithAliases("golden visas", aliases), Residence, "golden visas"));
    }

    [Fact]
    public void Predict_UnseenIssueSharingOnlyAFunctionWord_IsGated()
    {
        const string Text = "Workers walked out of the plant after the talks failed.";

        Assert.NotEqual(Probabilities(With(0), Text, "opt-out organ donation"), Probabilities(With(0.3f), Text, "opt-out organ donation"));
    }

    private static ModelScorer With(float floor) => UnseenIssueTests.With(floor);

    private static double[] Probabilities(ModelScorer scorer, string text, string target) => UnseenIssueTests.Probabilities(scorer, text, target);
}
