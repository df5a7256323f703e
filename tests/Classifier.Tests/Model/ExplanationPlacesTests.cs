namespace Classifier.Tests.Model;

/// <summary>
/// A feature found at several places is one contribution with every span, and a target the text does not mention is said
/// not to be. Before, "praised" in a sentence said twice gave two identical-looking rows of half the weight each (ten of
/// them could fill the top 10 of a long text), and the mention features of an unmentioned target read "how the target is
/// mentioned".
/// </summary>
public sealed class ExplanationPlacesTests
{
    private const string Once = "The minister condemned the attack and praised the rescue teams.";

    [Fact]
    public void Explain_FeatureAtTwoPlaces_IsOneContributionWithBothSpans()
    {
        var text = Once + " " + Once;

        var explanations = EveryLabel.Explain(text);

        Assert.All(explanations, e => Assert.Equal(e.Contributions.Count, e.Contributions.Select(c => (c.Kind, c.Feature)).Distinct().Count()));
        var praised = explanations.Select(e => e.Contributions.SingleOrDefault(c => c.Kind == FeatureKind.Characters && c.Feature == "praised")).OfType<FeatureContribution>().ToList();
        Assert.NotEmpty(praised);
        Assert.All(praised, p => Assert.Equal([Once.IndexOf("praised", StringComparison.Ordinal), Once.Length + 1 + Once.IndexOf("praised", StringComparison.Ordinal)], p.Spans.Select(s => s.Start)));
    }

    [Fact]
    public void Explain_OneChangeFeatureAtPlacesThatReadDifferently_AContributionPerPlaceEachAnEqualShare()
    {
        // As the docs now say: one good-change feature over four changes shows as four rows of equal weight, one per place
        // (the docs said every feature at several places was one contribution, its weight their sum).
        const string text = "Unemployment fell, inflation eased, exports rose and losses narrowed, the ministry said.";

        var changes = SentimentClassifier.LoadDefault().Explain(text, top: 50).Contributions.Where(c => c.Kind == FeatureKind.Change).ToArray();

        Assert.Equal(["Unemployment fell", "inflation eased", "exports rose", "losses narrowed"], changes.OrderBy(c => c.Spans[0].Start).Select(c => c.Feature));
        Assert.All(changes, c => Assert.Equal(changes[0].Weight, c.Weight, 12));
        Assert.All(changes, c => Assert.Single(c.Spans));
    }

    [Fact]
    public void Explain_TargetNotMentioned_SaysSoNotHowItIsMentioned()
    {
        var explanation = StanceClassifier.LoadDefault().Explain("Talks resumed after a two-year freeze.", "China", top: 50);

        Assert.Contains(explanation.Contributions, c => c.Kind == FeatureKind.Mention && c.Feature == "the target is not mentioned");
        Assert.DoesNotContain(explanation.Contributions, c => c.Feature.StartsWith("how the target is mentioned", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Allies condemned China for the raid.", "China")]
    [InlineData("Abortions should be legal everywhere, activists said.", "Legalization of Abortion")]
    public void Explain_TargetMentionedInFullOrInPart_IsNotSaidToBeUnmentioned(string text, string target)
    {
        // The second names the target only in part ("Abortions"), which the model reads as a mention.
        var explanation = StanceClassifier.LoadDefault().Explain(text, target, top: 1000);

        Assert.DoesNotContain(explanation.Contributions, c => c.Feature == "the target is not mentioned");
    }

    [Fact]
    public void Explain_FeatureInTwoCases_IsOneContribution()
    {
        // "The" and "the" are one n-gram to the model: one row, shown as first written.
        var explanation = SentimentClassifier.LoadDefault().Explain("Praised by all. They praised the plan. PRAISED again.", top: 1000);

        var praised = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.Characters && c.Feature.Equals("praised", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Praised", praised.Feature);
        Assert.Equal(3, praised.Spans.Count);
    }
}
