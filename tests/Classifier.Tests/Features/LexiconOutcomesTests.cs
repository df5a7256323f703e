using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Features;

/// <summary>Endings that name their outcome (<see cref="FeaturizerSettings.EndingOutcomes"/>) in the lexicon block.</summary>
public sealed class LexiconOutcomesTests
{
    [Theory]
    [InlineData("The ceasefire talks ended in a triumph.", "ceasefire:-1 a triumph:1 [ceasefire talks ended]:-1", "a triumph:1")]
    [InlineData("The boom ended in a crash.", "boom:-1 crash:-1 [boom ended]:-1", "crash:-1")]
    [InlineData("Efforts to end the war ended in failure.", "end the war:-1 failure:-1 [end the war ended]:-1", "failure:-1")]
    [InlineData("The boom ends in a crash.", "boom:-1 crash:-1 [boom ends]:-1", "crash:-1")]
    [InlineData("The boom is ending in a crash.", "boom:-1 crash:-1 [boom is ending]:-1", "crash:-1")]
    [InlineData("The boycott ended on a sour note.", "boycott:1 sour:-1 [boycott ended]:1", "sour:-1")]
    [InlineData("The boycott ended on an upbeat note.", "boycott:1 upbeat:1 [boycott ended]:1", "upbeat:1")]
    [InlineData("The standoff could end in violence.", "standoff:-1 violence:-1", "violence:-1")]
    [InlineData("The war ended in two deaths.", "war:1 deaths:-1 [war ended]:1", "deaths:-1")]
    [InlineData("Efforts to halt the fighting ended in failure.", "fighting:1 failure:-1 [halt the fighting]:1 [fighting ended]:1", "failure:-1")]
    public void EmitShifted_EndingThatNamesItsOutcome_DropsWhatEndedAndItsShift(string text, string off, string on)
    {
        Assert.Equal(off, LexiconShiftsTests.Read(text).Matches);
        Assert.Equal(on, LexiconShiftsTests.Read(text, outcomes: true).Matches);
    }

    [Theory]
    [InlineData("The war ended in 2021.", "war:1 [war ended]:1")]
    [InlineData("The war ended in March.", "war:1 [war ended]:1")]
    [InlineData("The war ended in the early hours of Sunday.", "war:1 [war ended]:1")]
    [InlineData("The war ended in the 1990s.", "war:1 [war ended]:1")]
    [InlineData("The export boom ended in the third quarter.", "boom:-1 [boom ended]:-1")]
    [InlineData("The war ended in about three days.", "war:1 [war ended]:1")]
    [InlineData("The war has not ended in a ceasefire.", "war:-1 ceasefire:-1 [war has not ended]:-1")]
    [InlineData("The blockade was ended with a deal.", "blockade:1 [blockade was ended]:1")]
    [InlineData("The mediation failed to end in an agreement.", "mediation:1 failed to:-1 agreement:1")]
    [InlineData("The film has a happy ending with the family reunited.", "happy ending:1 reunited:1")]
    [InlineData("The talks reached a dead end in the capital.", "dead end:-1")]
    [InlineData("The protest ended on a Friday.", "protest:1 [protest ended]:1")]
    [InlineData("The boycott ended on Friday.", "boycott:1 [boycott ended]:1")]
    [InlineData("The crisis, with no end in sight, deepened.", "crisis:-1")]
    [InlineData("The war ended.", "war:1 [war ended]:1")]
    [InlineData("The rebels ended the insurgency.", "insurgency:1 [ended the insurgency]:1")]
    [InlineData("The ceasefire talks ended. A triumph, said the mediators.", "ceasefire:-1 a triumph:1 [ceasefire talks ended]:-1")]
    public void EmitShifted_EndingThatNamesATimeOrNoOutcome_ReadsAsWithoutTheSetting(string text, string expected)
    {
        Assert.Equal(expected, LexiconShiftsTests.Read(text).Matches);
        Assert.Equal(LexiconShiftsTests.Read(text), LexiconShiftsTests.Read(text, outcomes: true));
    }

    [Fact]
    public void EmitShifted_EndingThatNamesItsOutcome_NetKeyFollowsTheOutcome()
    {
        // Off, "war" reversed (+1) and "disaster" (-1) net to 0; on, the disaster alone decides.
        Assert.Equal(("war:1 disaster:-1 [war ended]:1", 0), LexiconShiftsTests.Read("The war ended in disaster."));
        Assert.Equal(("disaster:-1", -1), LexiconShiftsTests.Read("The war ended in disaster.", outcomes: true));
    }

    [Fact]
    public void EmitShifted_OutcomesOnAReusedSink_AllocatesNothingOnceWarm()
    {
        var settings = new FeaturizerSettings { CharNgramMax = 0, WordNgramMax = 1, MarkShifters = true };
        var lexicon = new Lexicon(BuiltInResources.Lexicon());
        var text = string.Join(' ', Enumerable.Repeat("The ceasefire talks ended in a triumph, and the boom ended with a crash.", 30));
        var sink = new FeatureSink();
        FeatureExtractor.Extract(settings, text, sink);
        var count = sink.Count;
        lexicon.EmitShifted(sink, outcomes: true);
        var least = long.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            sink.KeepTextBlocks(count);
            var before = GC.GetAllocatedBytesForCurrentThread();
            lexicon.EmitShifted(sink, outcomes: true);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }

    [Fact]
    public void EmitShifted_EveryTermDropped_NoNetKey()
    {
        // "boom" is the only term and is dropped: the block holds nothing, as for a text without a term, not a net key of 0.
        var sink = new FeatureSink();
        FeatureExtractor.Extract(new FeaturizerSettings { CharNgramMax = 0, WordNgramMax = 1, MarkShifters = true }, "The boom ended with a deal.", sink);
        sink.BeginBlock(FeatureBlock.Lexicon);
        var from = sink.Count;
        new Lexicon(BuiltInResources.Lexicon()).EmitShifted(sink, outcomes: true);
        Assert.Equal(from, sink.Count);
    }

    [Theory]
    [InlineData("The ceasefire talks ended in a triumph.", true)]
    [InlineData("The war ended in 2021, and peace talks resumed with hopes high.", false)]
    public void ExtractText_EndingOutcomesSetting_ChangesOnlyEndingsThatNameTheirOutcome(string text, bool changes)
    {
        var lexicon = new Lexicon(BuiltInResources.Lexicon());
        var on = new FeaturizerSettings { MarkShifters = true, EndingOutcomes = true };
        ulong[] Keys(FeaturizerSettings settings)
        {
            var sink = new FeatureSink();
            new TextFeaturizer(settings, lexicon, Classifier.Stance.AliasTable.Empty).ExtractText(text, sink);
            return sink.Keys.ToArray();
        }

        Assert.Equal(changes, !Keys(on).SequenceEqual(Keys(on with { EndingOutcomes = false })));
    }
}
