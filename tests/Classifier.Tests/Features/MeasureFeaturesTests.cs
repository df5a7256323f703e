using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>Restrictions put in place and lifted (<see cref="FeaturizerSettings.MarkMeasures"/>).</summary>
public sealed class MeasureFeaturesTests
{
    private static readonly FeaturizerSettings On = new() { CharNgramMax = 0, WordNgramMax = 1, MarkNegation = false, MarkMeasures = true };

    private static readonly FeaturizerSettings Changes = On with { MarkMeasures = false };

    private static ulong Good => FeatureHash.Key(MeasureFeatures.GoodMeasure, FeatureBlocks.Seed(FeatureBlock.Word));

    private static ulong Bad => FeatureHash.Key(MeasureFeatures.BadMeasure, FeatureBlocks.Seed(FeatureBlock.Word));

    private static ulong Change => Assert.Single(WordBlock.Added(WordBlock.Keys(Changes, "Quarterly profit rose 4 percent."),
        WordBlock.Keys(Changes with { MarkChanges = false }, "Quarterly profit rose 4 percent.")));

    [Theory]
    [InlineData("Washington lifted sanctions on two oil firms.")]
    [InlineData("The government ended the nightly curfew in the capital.")]
    [InlineData("Beijing scrapped its 200 percent tariffs on Australian wine.")]
    [InlineData("The rally ban was overturned by the supreme court.")]
    [InlineData("Prosecutors dropped all charges against the journalist.")]
    [InlineData("Brazil to cut import duties on food staples")]
    public void Extract_MeasureLifted_AddsTheGoodChangeFeature(string text)
    {
        Assert.Equal([Good], MeasureKeys(text));
    }

    [Theory]
    [InlineData("The EU extended sanctions on three banks for six months.")]
    [InlineData("Officials tightened restrictions on travel to the border region.")]
    [InlineData("A curfew was imposed on the port city.")]
    [InlineData("The president declared a state of emergency in two provinces.")]
    [InlineData("Washington threatened tariffs on European cars.")]
    public void Extract_MeasureImposed_AddsTheBadChangeFeature(string text)
    {
        Assert.Equal([Bad], MeasureKeys(text));
    }

    [Theory]
    [InlineData("The minister lifted the trophy after the final.")] // no measure
    [InlineData("Officials extended the deadline for applications.")]
    [InlineData("Sanctions remain. Officials extended the talks.")] // the measure is in another sentence
    [InlineData("They lifted the heavy old wooden crates before the ban.")] // the measure is out of reach
    public void Extract_NoMeasureWithinReach_AddsNothing(string text)
    {
        Assert.Empty(MeasureKeys(text));
    }

    [Fact]
    public void Extract_LiftedAndImposed_AreTwoKeysOfTheirOwn()
    {
        Assert.NotEqual(Good, Bad);
        Assert.NotEqual(Change, Good);
        Assert.NotEqual(Change, Bad);
    }

    [Fact]
    public void Extract_Measure_RecordsItInTheChangeRangeWithItsSpan()
    {
        var (key, span) = WordBlock.SingleChange(On, "Beijing scrapped its ban on wine.");

        Assert.Equal(Good, key);
        Assert.Equal("scrapped its ban", span);
    }

    [Fact]
    public void Extract_NegatedLift_AddsANegationMarkedFeature()
    {
        var negating = On with { MarkNegation = true };

        var key = Assert.Single(WordBlock.Added(WordBlock.Keys(negating, "The council did not lift the curfew."),
            WordBlock.Keys(negating with { MarkMeasures = false }, "The council did not lift the curfew.")));

        Assert.NotEqual(Good, key);
        Assert.NotEqual(Bad, key);
    }

    [Fact]
    public void Extract_MarkChangesOff_AddsNoMeasure()
    {
        var off = On with { MarkChanges = false };

        Assert.Equal(WordBlock.Keys(off with { MarkMeasures = false }, "Washington lifted sanctions on two oil firms."),
            WordBlock.Keys(off, "Washington lifted sanctions on two oil firms."));
    }

    /// <summary>The word-block keys that measures add: keys with them on, less the keys with only changes on.</summary>
    private static ulong[] MeasureKeys(string text) => WordBlock.Added(WordBlock.Keys(On, text), WordBlock.Keys(Changes, text));
}
