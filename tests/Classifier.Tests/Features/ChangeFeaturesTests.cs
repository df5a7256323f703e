using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>Rises and falls read by what changes (<see cref="FeaturizerSettings.MarkChanges"/>).</summary>
public sealed class ChangeFeaturesTests
{
    private static readonly FeaturizerSettings On = new() { CharNgramMax = 0, WordNgramMax = 1, MarkNegation = false };

    private static ulong Good => Single(ChangeKeys(On, "Quarterly profit rose 4 percent."));

    [Theory]
    [InlineData("Unemployment fell to 5 percent in March.")]
    [InlineData("The carmaker's losses narrowed in the second half.")]
    [InlineData("Orders for machine tools jumped after the tariff cut.")]
    [InlineData("Net sales were EUR 12.5 mn , up from EUR 11.0 mn a year earlier .")]
    [InlineData("A fall in unemployment pleased the minister.")]
    [InlineData("Loss per share narrowed to 4 cents.")]
    public void Extract_GoodChange_AddsTheGoodChangeFeature(string text)
    {
        Assert.Equal([Good], ChangeKeys(On, text));
    }

    [Theory]
    [InlineData("Exports fell 3 percent in May.")]
    [InlineData("Inflation climbed for a fourth month.")]
    [InlineData("Operating profit totalled EUR 9.0 mn , down from EUR 9.7 mn .")]
    [InlineData("The death toll rose to 40 overnight.")]
    [InlineData("A sharp rise in losses worried investors.")]
    public void Extract_BadChange_AddsTheBadChangeFeature(string text)
    {
        var keys = ChangeKeys(On, text);

        var bad = Assert.Single(keys);
        Assert.NotEqual(Good, bad);
        Assert.Equal(bad, Single(ChangeKeys(On, "Exports fell 3 percent in May.")));
    }

    [Theory]
    [InlineData("The striker rose to the occasion.")]
    [InlineData("Profit was stable. Prices fell.")]
    [InlineData("Sales of the small blue chairs that the old workshop in the valley makes fell.")]
    [InlineData("Analysts expect exports.")]
    public void Extract_NoQuantityWithinReach_AddsNothing(string text)
    {
        Assert.Empty(ChangeKeys(On, text));
    }

    [Fact]
    public void Extract_NegatedDirection_AddsANegationMarkedFeature()
    {
        var negating = On with { MarkNegation = true };

        var key = Single(ChangeKeys(negating, "Profit did not rise this year."));

        Assert.NotEqual(Single(ChangeKeys(negating, "Profit did rise this year.")), key);
    }

    [Fact]
    public void Extract_MarkChangesOff_AddsNoFeature()
    {
        var keys = WordBlock.Keys(On with { MarkChanges = false }, "Quarterly profit rose 4 percent.");

        Assert.Equal(4, keys.Length);
    }

    [Fact]
    public void Extract_ChangeFound_RecordsWhereItsKeysAre()
    {
        var sink = new FeatureSink();

        FeatureExtractor.Extract(On, "Quarterly profit rose 4 percent.", sink);

        var (start, end) = sink.ChangeRange;
        Assert.Equal(1, end - start);
        Assert.Equal(Good, sink.Keys[start]);
        Assert.InRange(start, sink.BlockRange(FeatureBlock.Word).Start.Value, sink.BlockRange(FeatureBlock.Word).End.Value - 1);
    }

    [Fact]
    public void Extract_NextTextWithoutChange_ClearsTheRange()
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(On, "Quarterly profit rose 4 percent.", sink);

        FeatureExtractor.Extract(On, "Analysts expect exports.", sink);

        Assert.Equal(0, sink.ChangeRange.End - sink.ChangeRange.Start);
    }

    [Theory]
    [InlineData("The group's Baltic sales in the first three quarters totalled 106 million euros, representing a drop of 29 percent.")]
    [InlineData("Exports of cars and machine parts to the rest of the region in October came to 5 billion dollars, down 12 percent.")]
    [InlineData("Operating profit at the Nordic unit for the first nine months of the year was 40 million euros, a fall of a fifth.")]
    public void Extract_DirectionOpeningAnAppositiveFarFromItsQuantity_AddsTheBadChangeFeatureOnlyWithAppositiveChanges(string text)
    {
        var bad = Single(ChangeKeys(On, "Exports fell 3 percent in May."));

        Assert.Equal([bad], ChangeKeys(On with { AppositiveChanges = true }, text));
        Assert.Empty(ChangeKeys(On, text));
    }

    [Theory]
    [InlineData("Sales of the small blue chairs that the old workshop in the valley makes fell.")] // no comma before the direction
    [InlineData("Sales of the small blue chairs that the old workshop in the valley makes, the owner said, often fell.")] // "often" is no appositive lead
    [InlineData("Profit was stable. The small blue chairs that the old workshop in the valley makes, up north.")] // another sentence
    public void Extract_AppositiveChanges_NoFarQuantityWithoutAnAppositive(string text)
    {
        Assert.Empty(ChangeKeys(On with { AppositiveChanges = true }, text));
    }

    [Fact]
    public void Extract_AppositiveChanges_LeavesNearChangesAsTheyWere()
    {
        var appositive = On with { AppositiveChanges = true };

        Assert.Equal([Good], ChangeKeys(appositive, "Quarterly profit rose 4 percent."));
        Assert.Equal(ChangeKeys(On, "Operating profit totalled EUR 9.0 mn , down from EUR 9.7 mn ."), ChangeKeys(appositive, "Operating profit totalled EUR 9.0 mn , down from EUR 9.7 mn ."));
    }

    [Theory]
    [InlineData("Officials said relations with Lima had cooled markedly since March.")]
    [InlineData("Hopes of a trade pact have all but faded.")]
    [InlineData("The prospects of peace soured after the drills.")]
    [InlineData("Uncertainty mounted as the deadline approached.")]
    public void Extract_MoodChangeForTheWorse_AddsTheBadChangeFeatureOnlyWithMarkMoodChanges(string text)
    {
        var bad = Single(ChangeKeys(On, "Exports fell 3 percent in May."));

        Assert.Equal([bad], ChangeKeys(On with { MarkMoodChanges = true }, text));
        Assert.Empty(ChangeKeys(On, text));
    }

    [Theory]
    [InlineData("Fears of a wider war receded on Thursday.")]
    [InlineData("Ties between the two capitals warmed after the summit.")]
    [InlineData("Tensions subsided once the troops pulled back.")]
    [InlineData("Trust in the courts recovered.")]
    public void Extract_MoodChangeForTheBetter_AddsTheGoodChangeFeatureOnlyWithMarkMoodChanges(string text)
    {
        Assert.Equal([Good], ChangeKeys(On with { MarkMoodChanges = true }, text));
        Assert.Empty(ChangeKeys(On, text));
    }

    [Fact]
    public void Extract_MarkMoodChanges_LeavesQuantityChangesAsTheyWere()
    {
        var mood = On with { MarkMoodChanges = true };

        Assert.Equal([Good], ChangeKeys(mood, "Quarterly profit rose 4 percent."));
        Assert.Equal(ChangeKeys(On, "Exports fell 3 percent in May."), ChangeKeys(mood, "Exports fell 3 percent in May."));
    }

    [Theory]
    [InlineData("The carmaker will create 1,200 jobs at its new plant.")]
    [InlineData("The insurer raised its full-year profit forecast.")]
    [InlineData("The government reduced the budget deficit to 2 percent of output.")]
    [InlineData("The airline slashed costs by a fifth.")]
    [InlineData("The bakery hired 60 staff.")]
    [InlineData("Higher sales helped the retailer.")]
    [InlineData("Inflation eased, lifting real wages.")]
    public void Extract_VerbRaisingWantedOrLoweringUnwantedObject_AddsTheGoodChangeFeatureWithObjectChanges(string text)
    {
        var objects = On with { ObjectChanges = true };

        Assert.Contains(Good, ChangeKeys(objects, text));
        Assert.DoesNotContain(Bad, ChangeKeys(objects, text));
    }

    [Theory]
    [InlineData("The retailer will cut 800 jobs as it closes stores.")]
    [InlineData("The chipmaker lowered its revenue guidance for the quarter.")]
    [InlineData("The bank cut its dividend for the first time in a decade.")]
    [InlineData("The mine shed 300 workers last month.")]
    [InlineData("Inflation cut real wages.")] // the object, not the subject, is what fell
    [InlineData("The carrier lost market share.")]
    [InlineData("Higher costs squeezed the brewer.")]
    public void Extract_VerbLoweringWantedOrRaisingUnwantedObject_AddsTheBadChangeFeatureWithObjectChanges(string text)
    {
        var objects = On with { ObjectChanges = true };

        Assert.Contains(Bad, ChangeKeys(objects, text));
        Assert.DoesNotContain(Good, ChangeKeys(objects, text));
    }

    [Theory]
    [InlineData("The company cut 800 jobs.")]
    [InlineData("The ministry plans to create 500 jobs.")]
    [InlineData("The bank cut its dividend.")]
    public void Extract_ObjectChangesOff_ReadsNoObject(string text)
    {
        Assert.Empty(ChangeKeys(On, text));
    }

    [Theory]
    [InlineData("The two sides cut ties with the bank.")] // a preposition ends the object
    [InlineData("The bank cut rates, lifting the mood of traders.")] // a comma ends it
    [InlineData("The plant reduced its intake of river water from the upper valley.")] // no quantity within four words
    [InlineData("The council raised the matter with its staff.")] // "with" ends the object before "staff"
    public void Extract_ObjectChanges_NoQuantityAsTheObject_AddsNothing(string text)
    {
        Assert.Empty(ChangeKeys(On with { ObjectChanges = true }, text));
    }

    [Fact]
    public void Extract_ObjectChanges_LeavesSubjectChangesAsTheyWere()
    {
        var objects = On with { ObjectChanges = true };

        Assert.Equal([Good], ChangeKeys(objects, "Quarterly profit rose 4 percent."));
        Assert.Equal([Bad], ChangeKeys(objects, "Exports fell 3 percent in May."));
        Assert.Equal([Good], ChangeKeys(objects, "Costs were cut by a third."));
        Assert.Equal([Good], ChangeKeys(objects, "A fall in unemployment pleased the minister."));
    }

    [Fact]
    public void Extract_ObjectChanges_SpansTheVerbAndItsObject()
    {
        var (key, span) = WordBlock.SingleChange(On with { ObjectChanges = true }, "The firm will cut 1,800 jobs.");

        Assert.Equal(Bad, key);
        Assert.Equal("cut 1,800 jobs", span);
    }

    [Theory]
    [InlineData("The retailer will cut 800 jobs as it closes stores, the union said on Monday.")]
    [InlineData("Inflation cut real wages while the central bank raised its growth forecast.")]
    [InlineData("Shares rose after the miner doubled its dividend and trimmed its net debt.")]
    public void Extract_ObjectChanges_ChangesNothingOutsideTheChangeFeatures(string text)
    {
        var full = On with { CharNgramMax = 5, WordNgramMax = 2, MarkNegation = true, MarkComparisons = true, MarkMeasures = true };

        Assert.Equal(OutsideChanges(full, text), OutsideChanges(full with { ObjectChanges = true }, text));
        Assert.NotEqual(ChangeKeys(full, text), ChangeKeys(full with { ObjectChanges = true }, text)); // the text does have an object change
    }

    /// <summary>Every key of every block except the change features, sorted.</summary>
    private static ulong[] OutsideChanges(FeaturizerSettings settings, string text)
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(settings, text, sink);
        var (start, end) = sink.ChangeRange;
        return [.. sink.Keys[..start].ToArray().Concat(sink.Keys[end..].ToArray()).Order()];
    }

    private static ulong Bad => Single(ChangeKeys(On, "Exports fell 3 percent in May."));

    private static ulong Single(ulong[] keys) => Assert.Single(keys);

    /// <summary>The word-block keys that the setting adds: keys with it on, less the keys with it off.</summary>
    private static ulong[] ChangeKeys(FeaturizerSettings settings, string text) =>
        WordBlock.Added(WordBlock.Keys(settings, text), WordBlock.Keys(settings with { MarkChanges = false }, text));
}
