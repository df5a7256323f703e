using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>Outcomes set against what was expected (<see cref="FeaturizerSettings.MarkExpectations"/>).</summary>
public sealed class ExpectationFeaturesTests
{
    private static readonly FeaturizerSettings On = new() { CharNgramMax = 0, WordNgramMax = 1, MarkNegation = false, MarkExpectations = true };

    private static readonly FeaturizerSettings Off = On with { MarkExpectations = false };

    private static ulong Good => FeatureHash.Key(ChangeFeatures.GoodChange, FeatureBlocks.Seed(FeatureBlock.Word));

    private static ulong Bad => FeatureHash.Key(ChangeFeatures.BadChange, FeatureBlocks.Seed(FeatureBlock.Word));

    [Theory]
    [InlineData("The bank posted a bigger-than-expected profit.")]
    [InlineData("The company reported a smaller than expected loss for the quarter.")]
    [InlineData("The loss was smaller than analysts had forecast.")]
    [InlineData("Unemployment rose less than expected in March.")]
    [InlineData("Jobless claims fell more than expected.")]
    [InlineData("Profit fell less than feared.")]
    [InlineData("Deaths were fewer than feared after the storm.")]
    [InlineData("The chipmaker's revenue beat analysts' estimates.")]
    [InlineData("Inflation came in lower than forecast.")]
    [InlineData("The agency reported a smaller-than-expected drop in exports.")]
    [InlineData("The airline reported better-than-expected results.")]
    [InlineData("The retailer topped forecasts for the third quarter running.")]
    [InlineData("The recovery came faster than hoped.")]
    public void Extract_OutcomeAboveItsExpectation_ReadsOneGoodChange(string text)
    {
        Assert.Equal([Good], ChangeKeys(On, text));
    }

    [Theory]
    [InlineData("Exports rose less than expected in May.")]
    [InlineData("Sales grew more slowly than expected.")]
    [InlineData("Higher-than-expected inflation hit bond prices.")]
    [InlineData("Quarterly revenue missed Wall Street forecasts.")]
    [InlineData("Earnings fell short of expectations.")]
    [InlineData("The deficit was larger than forecast.")]
    [InlineData("Turnout fell short of hopes.")]
    [InlineData("Revenue came in below estimates.")]
    [InlineData("Damage from the floods was more extensive than feared.")]
    [InlineData("The carmaker reported worse-than-expected results.")]
    [InlineData("The agency reported a steeper-than-expected fall in exports.")]
    public void Extract_OutcomeBelowItsExpectation_ReadsOneBadChange(string text)
    {
        Assert.Equal([Bad], ChangeKeys(On, text));
    }

    [Theory]
    [InlineData("Analysts expect a profit of 2 billion dollars on Thursday.")] // an expectation, no outcome
    [InlineData("Profit was in line with expectations.")]
    [InlineData("The champions beat their rivals in the final.")] // no expectation
    [InlineData("The team did more than expected.")] // no quantity
    [InlineData("The tower is taller than expected.")] // no comparative of more or less
    [InlineData("Inflation stayed above 3 percent.")] // no expectation word after "above"
    [InlineData("The rains came later than expected. Profit was flat.")] // the quantity is in another sentence
    public void Extract_NoOutcomeAgainstAnExpectation_ReadsNothing(string text)
    {
        Assert.Empty(ChangeKeys(On, text));
    }

    [Theory]
    [InlineData("Unemployment rose less than expected in March.", "Unemployment rose less than expected")]
    [InlineData("The bank posted a bigger-than-expected profit.", "bigger-than-expected profit")]
    [InlineData("The loss was smaller than analysts had forecast.", "loss was smaller than analysts had forecast")]
    [InlineData("Quarterly revenue missed Wall Street forecasts.", "revenue missed Wall Street forecasts")]
    public void Extract_Comparison_RecordsItInTheChangeRangeWithItsSpan(string text, string expected)
    {
        var (key, span) = WordBlock.SingleChange(On, text);

        Assert.Contains(key, new[] { Good, Bad });
        Assert.Equal(expected, span);
    }

    [Theory]
    [InlineData("Unemployment rose less than expected in March.", "Unemployment rose", "Unemployment rose less than expected")]
    [InlineData("Exports rose less than expected in May.", "Exports rose", "Exports rose less than expected")]
    [InlineData("Earnings fell short of expectations.", "Earnings fell", "Earnings fell short of expectations")]
    public void Extract_DirectionWordTheComparisonQualifies_IsNotAlsoReadAsAChange(string text, string change, string comparison)
    {
        // One key each way: with the setting on, the direction word is read with the comparison instead of on its own.
        Assert.Equal(change, WordBlock.SingleChange(Off, text).Span);
        Assert.Equal(comparison, WordBlock.SingleChange(On, text).Span);
    }

    [Fact]
    public void Extract_NegatedComparison_AddsANegationMarkedFeature()
    {
        var negating = On with { MarkNegation = true };

        var key = Assert.Single(ChangeKeys(negating, "Profit was not bigger than expected."));

        Assert.NotEqual(Good, key);
        Assert.NotEqual(Bad, key);
    }

    [Fact]
    public void Extract_MarkChangesOff_ReadsNoExpectation()
    {
        var off = On with { MarkChanges = false };

        Assert.Equal(WordBlock.Keys(off with { MarkExpectations = false }, "The bank posted a bigger-than-expected profit."),
            WordBlock.Keys(off, "The bank posted a bigger-than-expected profit."));
    }

    [Fact]
    public void Extract_SettingOff_ReadsAsBefore()
    {
        // "rose" is read as a rise in unemployment, a bad change, as before the setting existed.
        Assert.Equal([Bad], ChangeKeys(Off, "Unemployment rose less than expected in March."));
    }

    /// <summary>The keys of the change range (the change features, comparisons, measures and expectations), sorted.</summary>
    private static ulong[] ChangeKeys(FeaturizerSettings settings, string text)
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(settings, text, sink);
        var (start, end) = sink.ChangeRange;
        return sink.Keys[start..end].ToArray().Order().ToArray();
    }
}
