namespace Classifier.Tests.Model;

/// <summary>
/// Explanations and contributions of a caller's making are checked by the rules their JSON converters check, and one built
/// from a model's explanation's parts equals it.
/// </summary>
public sealed class ExplanationConstructionTests
{
    private static readonly FeatureContribution Good = new("talks", FeatureKind.Words, 0.5, [new TextSpan(0, 5)]);

    [Fact]
    public void Constructors_ExplainedParts_EqualTheModelsExplanation()
    {
        var explanation = StanceClassifier.LoadDefault().Explain("Beijing condemned the drills.", "China");

        var rebuilt = new Explanation(explanation.Label, explanation.Probability,
            [.. explanation.Contributions.Select(c => new FeatureContribution(c.Feature, c.Kind, c.Weight, [.. c.Spans]))]);

        Assert.NotEmpty(explanation.Contributions);
        Assert.Equal(explanation, rebuilt);
    }

    [Theory]
    [InlineData(" ", 0.5, "'Label' is empty or white space. (Parameter 'Label')")]
    [InlineData("", 0.5, "'Label' is empty or white space. (Parameter 'Label')")]
    public void Explanation_BlankLabel_ThrowsArgumentException(string label, double probability, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new Explanation(label, probability, [Good]));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(-0.1, "'Probability' is -0.1; a probability is a number from 0 to 1. (Parameter 'Probability')")]
    [InlineData(1.5, "'Probability' is 1.5; a probability is a number from 0 to 1. (Parameter 'Probability')")]
    [InlineData(double.NaN, "'Probability' is NaN; a probability is a number from 0 to 1. (Parameter 'Probability')")]
    public void Explanation_ProbabilityOutside0To1_ThrowsArgumentOutOfRange(double probability, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Explanation("favor", probability, [Good]));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Explanation_NullContribution_ThrowsSayingWhich()
    {
        var error = Assert.Throws<ArgumentException>(() => new Explanation("favor", 0.5, [Good, null!]));

        Assert.Equal("Contributions[1] (0-based) is null; give no null contributions. (Parameter 'Contributions')", error.Message);
    }

    [Fact]
    public void Explanation_NullParts_ThrowArgumentNull()
    {
        Assert.Equal("Label", Assert.Throws<ArgumentNullException>(() => new Explanation(null!, 0.5, [])).ParamName);
        Assert.Equal("Contributions", Assert.Throws<ArgumentNullException>(() => new Explanation("favor", 0.5, null!)).ParamName);
    }

    [Theory]
    [InlineData(0, "'Weight' is 0; a contribution's weight is a positive number. (Parameter 'Weight')")]
    [InlineData(-1, "'Weight' is -1; a contribution's weight is a positive number. (Parameter 'Weight')")]
    [InlineData(double.PositiveInfinity, "'Weight' is Infinity; a contribution's weight is a positive number. (Parameter 'Weight')")]
    [InlineData(double.NaN, "'Weight' is NaN; a contribution's weight is a positive number. (Parameter 'Weight')")]
    public void FeatureContribution_WeightNotPositiveFinite_ThrowsArgumentOutOfRange(double weight, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureContribution("talks", FeatureKind.Words, weight, []));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void FeatureContribution_UndefinedKind_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FeatureContribution("talks", (FeatureKind)99, 1, []));

        Assert.Equal("'Kind' is '99', not a feature kind; the kinds are Words, Characters, Lexicon, TargetWords, TargetCharacters, Mention, "
            + "Change, WordVectors, UntouchedIssue. (Parameter 'Kind')", error.Message);
    }

    [Fact]
    public void FeatureContribution_NullParts_ThrowArgumentNull()
    {
        Assert.Equal("Feature", Assert.Throws<ArgumentNullException>(() => new FeatureContribution(null!, FeatureKind.Words, 1, [])).ParamName);
        Assert.Equal("Spans", Assert.Throws<ArgumentNullException>(() => new FeatureContribution("talks", FeatureKind.Words, 1, null!)).ParamName);
    }
}
