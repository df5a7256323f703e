namespace Classifier.Tests.Stance;

/// <summary>
/// A target or alias copied from a web page can carry the invisible characters text is read without (a zero-width space,
/// a soft hyphen): it names the same target as without them, as the same name in text does, and the result keeps the
/// target as the caller wrote it.
/// </summary>
public sealed class InvisibleCharacterTargetTests
{
    private const string Text = "Protesters accused China of crushing dissent, while Germany praised the windfall tax on energy firms.";

    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    [Theory]
    [InlineData("Chi\u200Bna", "China")]
    [InlineData("Ger\u00ADmany", "Germany")]
    [InlineData("\u200FGermany\u200E", "Germany")]
    [InlineData("wind\u00ADfall tax", "windfall tax")]
    public void Predict_TargetWithInvisibleCharacters_ScoresAsTheCleanTarget(string target, string clean)
    {
        var expected = Stance.Predict(Text, clean);

        var result = Stance.Predict(Text, target);

        Assert.Equal(target, result.Target);
        Assert.Equal(expected.Label, result.Label);
        Assert.Equal(Stance.Labels.Select(l => expected.Probabilities[l]), Stance.Labels.Select(l => result.Probabilities[l]));
    }

    [Fact]
    public void FindMentions_TargetWithAZeroWidthSpace_FindsTheName()
    {
        var span = Assert.Single(Stance.FindMentions(Text, "Chi\u200Bna"));

        Assert.Equal("China", Text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void WithAliases_AliasWithASoftHyphen_IsFoundInText()
    {
        var stance = Stance.WithAliases("the energy levy", ["wind\u00ADfall tax"]);

        var span = Assert.Single(stance.FindMentions(Text, "the energy levy"));

        Assert.Equal("windfall tax", Text.Substring(span.Start, span.Length));
    }
}
