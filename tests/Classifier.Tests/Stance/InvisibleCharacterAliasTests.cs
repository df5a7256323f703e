namespace Classifier.Tests.Stance;

/// <summary>
/// An alias a caller adds with an invisible character in it (copied from a web page) works as the same alias without it
/// everywhere the alias is read: in the check that a lower-case name is written as the table writes it, and in the words
/// of an unseen issue's names that the unseen-issue gate compares the text with.
/// </summary>
public sealed class InvisibleCharacterAliasTests
{
    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    [Fact]
    public void FindMentions_LowerCaseAliasWithASoftHyphen_FoundAsTheCleanAlias()
    {
        const string text = "Critics of the fatherland spoke in Paris on Monday.";
        var clean = Stance.WithAliases("Germany", ["the fatherland"]);
        var dirty = Stance.WithAliases("Germany", ["the father\u00ADland"]);

        var expected = clean.FindMentions(text, "Germany");

        Assert.Single(expected);
        Assert.Equal(expected, dirty.FindMentions(text, "Germany"));
    }

    [Theory]
    [InlineData("The weather was fine.")]
    [InlineData("The levy on hotel beds angered owners.")]
    public void Predict_UnseenIssueAliasWithASoftHyphen_ScoresAsTheCleanAlias(string text)
    {
        var clean = Stance.WithAliases("tourist tax", ["bed levy"]);
        var dirty = Stance.WithAliases("tourist tax", ["bed le\u00ADvy"]);

        var expected = clean.Predict(text, "tourist tax");
        var result = dirty.Predict(text, "tourist tax");

        Assert.Equal(clean.Scorer.Target("tourist tax").WordVectors.Length, dirty.Scorer.Target("tourist tax").WordVectors.Length);
        Assert.Equal(expected.Label, result.Label);
        Assert.Equal(Stance.Labels.Select(l => expected.Probabilities[l]), Stance.Labels.Select(l => result.Probabilities[l]));
    }
}
