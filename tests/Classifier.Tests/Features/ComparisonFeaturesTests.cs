using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>Figures read against earlier figures, and swings into a result (<see cref="FeaturizerSettings.MarkComparisons"/>).</summary>
public sealed class ComparisonFeaturesTests
{
    private static readonly FeaturizerSettings On = new() { CharNgramMax = 0, WordNgramMax = 1, MarkNegation = false, MarkComparisons = true };

    private static readonly FeaturizerSettings Changes = On with { MarkComparisons = false };

    private static ulong Good => Assert.Single(ChangeKeysOf(Changes, "Quarterly profit rose 4 percent."));

    private static ulong Bad => Assert.Single(ChangeKeysOf(Changes, "Exports fell 3 percent in May."));

    [Theory]
    [InlineData("Operating profit was EUR 6.2 mn, compared with EUR 4.9 mn a year earlier.")]
    [InlineData("The retailer's net loss was EUR 0.4 mn, against a loss of EUR 2.3 mn in 2023.")]
    [InlineData("Operating result was a profit of EUR 1.2 mn against a loss of EUR 0.8 mn.")]
    [InlineData("Unemployment stood at 5.1 percent versus 6.3 percent a year ago.")]
    [InlineData("EBITDA reached EUR 2.0 mn, compared to EUR -0.4 mn.")]
    [InlineData("Earnings per share were EUR 0.30, compared with EUR 0.17.")]
    [InlineData("Harvest volumes came to 1,250 tonnes in comparison with 980 tonnes.")]
    [InlineData("Net profit was EUR 12.0 mn (USD 8.0 mn) compared with EUR 10.0 mn.")]
    [InlineData("The brewer swung to a net profit in the third quarter.")]
    [InlineData("The airline returned to profit after two years.")]
    [InlineData("The miner swung back into the black in May.")]
    [InlineData("EPS was EUR 0.36 vs. EUR 0.33 a year ago.")]
    public void Extract_FigureBetterThanBefore_AddsTheGoodChangeFeature(string text)
    {
        Assert.Equal([Good], ComparisonKeys(text));
    }

    [Theory]
    [InlineData("Net sales totalled EUR 41.0 million, compared with EUR 47.5 million in the same period of 2023.")]
    [InlineData("The pretax loss was EUR 3.4 mn, compared with a profit of EUR 1.1 mn a year earlier.")]
    [InlineData("Inflation was 4,2 percent against 3,8 percent in March.")]
    [InlineData("Operating profit came to EUR 950,000, against EUR 1.4 million a year earlier.")]
    [InlineData("Net profit was EUR 9.0 mn (USD 12.0 mn) compared with EUR 10.0 mn.")]
    [InlineData("Road deaths reached 412 versus 388 the year before.")]
    [InlineData("The chain slipped into the red in the first half.")]
    [InlineData("The carmaker swung to a loss of EUR 40 mn.")]
    [InlineData("Finland slipped into recession after output fell.")]
    public void Extract_FigureWorseThanBefore_AddsTheBadChangeFeature(string text)
    {
        Assert.Equal([Bad], ComparisonKeys(text));
    }

    [Theory]
    [InlineData("Exports rose 12 percent from EUR 3.0 bn.")] // a percentage against an amount
    [InlineData("Profit was EUR 5.0 mn in 2024 compared with 2023.")] // a year is not a figure
    [InlineData("Net profit was EUR 10.1 mn, compared with EUR 10.1 mn.")] // unchanged
    [InlineData("Profit rose to EUR 5 mn, while sales fell from EUR 7 mn to EUR 6 mn.")] // "from" compares sales, not profit
    [InlineData("The delegation of 40 officials flew in from Geneva.")]
    [InlineData("The 12 ministers met the 9 envoys versus expectations.")] // no quantity
    [InlineData("Profit was EUR 8 mn. Compared with 6 rivals, it grew.")] // the figures are in different sentences
    [InlineData("The striker turned to the bench.")]
    [InlineData("More tankers returned to the Red Sea route.")]
    [InlineData("The board moved to cut costs.")] // a swing lands in a result, not in any quantity
    [InlineData("Savings flowed back into the stock market.")]
    public void Extract_NoComparableFigures_AddsNothing(string text)
    {
        Assert.Empty(ComparisonKeys(text));
    }

    [Fact]
    public void Extract_MarkChangesOff_AddsNoComparison()
    {
        var off = On with { MarkChanges = false };

        Assert.Equal(WordBlock.Keys(off with { MarkComparisons = false }, "Operating profit was EUR 6.2 mn, compared with EUR 4.9 mn."),
            WordBlock.Keys(off, "Operating profit was EUR 6.2 mn, compared with EUR 4.9 mn."));
    }

    [Fact]
    public void Extract_DigitsNormalised_FindsNoDirection()
    {
        var zeros = On with { NormalizeDigits = true };

        Assert.Equal(WordBlock.Keys(zeros with { MarkComparisons = false }, "Operating profit was EUR 6.2 mn, compared with EUR 4.9 mn."),
            WordBlock.Keys(zeros, "Operating profit was EUR 6.2 mn, compared with EUR 4.9 mn."));
    }

    [Fact]
    public void Extract_Comparison_RecordsItInTheChangeRangeWithItsSpan()
    {
        var (key, span) = WordBlock.SingleChange(On, "Operating profit was EUR 6.2 mn, compared with EUR 4.9 mn.");

        Assert.Equal(Good, key);
        Assert.Equal("profit was EUR 6.2 mn, compared with EUR 4.9", span);
    }

    [Fact]
    public void Extract_ChangeWordAndComparison_AddsBoth()
    {
        // "narrowed" with "loss" is a good change (MarkChanges); the figures are a second reading of it.
        Assert.Equal([Good, Good], ChangeKeysOf(On, "The net loss narrowed to EUR 0.4 mn from a loss of EUR 1.9 mn."));
    }

    /// <summary>The word-block keys that comparisons add: keys with them on, less the keys with only changes on.</summary>
    private static ulong[] ComparisonKeys(string text) => WordBlock.Added(WordBlock.Keys(On, text), WordBlock.Keys(Changes, text));

    /// <summary>The change keys (good or bad) of <paramref name="text"/>: the word-block keys less those without changes.</summary>
    private static ulong[] ChangeKeysOf(FeaturizerSettings settings, string text) =>
        WordBlock.Added(WordBlock.Keys(settings, text), WordBlock.Keys(settings with { MarkChanges = false }, text));
}
