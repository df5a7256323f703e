namespace Classifier.Tests.Stance;

/// <summary>
/// A caller's target that is a short name in capitals written in another case ("us", "imf") names that target, as every
/// longer name does in any case ("united states"). Before, "us" was scored as an unknown target (none, 0.97, with no
/// training rows) while "US" read against. In text such names still match only as written: "us" in a sentence is the word.
/// </summary>
public sealed class ShortCapitalTargetsTests
{
    private const string Text = "Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion.";

    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    [Theory]
    [InlineData("us", "US")]
    [InlineData("Us", "US")]
    [InlineData("the us", "US")]
    [InlineData("imf", "IMF")]
    [InlineData("who", "WHO")]
    public void Predict_ShortCapitalNameInAnotherCase_ScoresAsTheName(string target, string name)
    {
        var expected = Stance.Predict(Text, name);

        var result = Stance.Predict(Text, target);

        Assert.Equal(target, result.Target);
        Assert.Equal(Stance.Labels.Select(l => expected.Probabilities[l]), Stance.Labels.Select(l => result.Probabilities[l]));
        Assert.Equal(Stance.TrainingRows(name), Stance.TrainingRows(target));
        Assert.True(Stance.TrainingRows(target) > 0);
    }

    [Fact]
    public void FindMentions_TargetUsInLowerCase_FindsTheNameNotTheWord()
    {
        const string text = "Officials told us the US would send envoys to Seoul.";

        var span = Assert.Single(Stance.FindMentions(text, "us"));

        Assert.Equal("US", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void WithAliases_TargetUsInLowerCase_AddsTheNameToTheUnitedStates()
    {
        var stance = Stance.WithAliases("us", ["the superpower"]);

        const string text = "Allies criticised the superpower.";

        var span = Assert.Single(stance.FindMentions(text, "United States"));

        Assert.EndsWith("superpower", text.Substring(span.Start, span.Length));
        Assert.Empty(Stance.FindMentions(text, "United States"));
    }
}
