using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Features;

/// <summary>Polarity shifters in the lexicon block (<see cref="FeaturizerSettings.MarkShifters"/>, <see cref="Lexicon.EmitShifted"/>).</summary>
public sealed class LexiconShiftsTests
{
    private static readonly FeaturizerSettings Words = new() { CharNgramMax = 0, WordNgramMax = 1, MarkNegation = true, MarkShifters = true };

    private static readonly Lexicon BuiltIn = new(BuiltInResources.Lexicon());

    [Theory]
    [InlineData("A judge blocked the eviction of 300 families.", "eviction:1 [blocked the eviction]:1", 1)]
    [InlineData("The talks failed to produce an agreement.", "agreement:-1 [failed to produce an agreement]:-1", -1)]
    [InlineData("The economy might avoid a recession this year.", "recession:1 [avoid a recession]:1", 1)]
    [InlineData("The rebels ended the insurgency.", "insurgency:1 [ended the insurgency]:1", 1)]
    [InlineData("Exporters called off the boycott", "boycott:1 [called off the boycott]:1", 1)]
    [InlineData("The new dam averted a famine in the valley.", "famine:1 [averted a famine]:1", 1)]
    [InlineData("The coalition survived the crisis.", "crisis:1 [survived the crisis]:1", 1)]
    [InlineData("The plan lacked support in parliament.", "support:-1 [lacked support]:-1", -1)]
    [InlineData("Judges struck down the blockade", "blockade:1 [struck down the blockade]:1", 1)]
    [InlineData("Senators voted down the reform", "reform:-1 [voted down the reform]:-1", -1)]
    [InlineData("The court threw out the lawsuit", "lawsuit:1 [threw out the lawsuit]:1", 1)]
    public void EmitShifted_VerbActingOnAPolarTerm_ReversesTheTermAndDropsTheVerb(string text, string expected, int net)
    {
        var (matches, sign) = Read(text);
        Assert.Equal(expected, matches);
        Assert.Equal(net, sign);
    }

    [Theory]
    [InlineData("The firm halted production.", "[halted production]:-1")]
    [InlineData("Production was halted, and violence spread.", "violence:-1 [production was halted]:-1")]
    [InlineData("The deal averted layoffs at the plant.", "layoffs:1 [averted layoffs]:1")]
    [InlineData("The ruling ended fears of a slowdown.", "fears:1 slowdown:-1 [ended fears]:1")]
    public void EmitShifted_VerbActingOnAQuantity_ReadsTheQuantity(string text, string expected)
    {
        Assert.Equal(expected, Read(text).Matches);
    }

    [Theory]
    [InlineData("The eviction was blocked by a judge.", "eviction:1 [eviction was blocked]:1")]
    [InlineData("The blockade has been struck down", "blockade:1 [blockade has been struck down]:1")]
    [InlineData("The fighting stopped on Sunday.", "fighting:1 [fighting stopped]:1")]
    [InlineData("The war ended.", "war:1 [war ended]:1")]
    [InlineData("The boycott by farmers in Gaza was called off", "boycott:1 [boycott by farmers in gaza was called off]:1")]
    [InlineData("Talks resumed after the boycott was called off", "boycott:1 [boycott was called off]:1")]
    public void EmitShifted_PassiveOrIntransitive_ReversesTheTermBefore(string text, string expected)
    {
        Assert.Equal(expected, Read(text).Matches);
    }

    [Theory]
    [InlineData("The bailout did not prevent a crisis.", "bailout:-1 crisis:-1 [prevent a crisis]:-1")]
    [InlineData("Troops failed to halt the fighting.", "fighting:-1 [failed to halt the fighting]:-1")]
    [InlineData("Troops failed to stop the fighting.", "fighting:-1 [failed to stop the fighting]:-1")]
    [InlineData("Police prevented a failure of the grid.", "failure:1 [prevented a failure]:1")]
    [InlineData("The new dam prevented deaths downstream.", "deaths:1 [prevented deaths]:1")]
    [InlineData("The ruling ended hopes of a quick recovery.", "hopes:-1 recovery:1 [ended hopes]:-1")]
    public void EmitShifted_NegatedOrNestedShifter_ShiftsTwice(string text, string expected)
    {
        Assert.Equal(expected, Read(text).Matches);
    }

    [Theory]
    [InlineData("At the end of a bitter year, prices fell.", "bitter:-1 fell:-1")]
    [InlineData("The court blocked it, citing violence.", "blocked:-1 violence:-1")]
    [InlineData("The firm halted work after the war began.", "halted:-1 war:-1")]
    [InlineData("Talks ended without progress.", "progress:-1")]
    [InlineData("The strike was called on Monday to halt", "halt:-1")]
    [InlineData("The boycott by farmers in the north was called off", "boycott:-1 called off:-1")]
    [InlineData("Exporters called the boycott off", "boycott:-1")]
    [InlineData("He failed to give the long and bitter speech", "failed to:-1 bitter:-1")]
    public void EmitShifted_NoObjectInReach_LeavesEveryTermAsItIs(string text, string expected)
    {
        Assert.Equal(expected, Read(text).Matches);
    }

    [Theory]
    [InlineData("Talks to end the war failed.", "end the war:-1 [end the war failed]:-1")]
    [InlineData("Efforts to end the war stopped.", "end the war:-1 [end the war stopped]:-1")]
    public void EmitShifted_ShifterAtTheStartOfTheTermALaterShifterActsOn_ReadsTheTermOnceNotInACycle(string text, string expected)
    {
        Assert.Equal(expected, Read(text).Matches);
    }

    [Theory]
    [InlineData("The war has not ended.", "war:-1 [war has not ended]:-1")]
    [InlineData("The fighting never stopped.", "fighting:-1 [fighting never stopped]:-1")]
    public void EmitShifted_NegatedVerbAfterItsObject_ReadsTheTermAsTheShift(string text, string expected)
    {
        Assert.Equal(expected, Read(text).Matches);
    }

    [Fact]
    public void Extract_ShiftersWithTargetPolarity_ReadsTheShiftedMatchesAndNet()
    {
        // TargetPolarity walks the lexicon block two keys a match: a shift key (one key) must not throw it out of step.
        var stance = new FeaturizerSettings { CharNgramMax = 0, WordNgramMax = 1, MarkNegation = true, MentionWindow = 0, TargetPolarity = true, MarkShifters = true };
        var target = Classifier.Stance.TargetContext.Create("ban evictions", Classifier.Stance.AliasTable.Empty);
        ulong[] Mention(FeaturizerSettings settings, string text)
        {
            var sink = new FeatureSink();
            new TextFeaturizer(settings, BuiltIn, Classifier.Stance.AliasTable.Empty).Extract(text, target, sink);
            return sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray();
        }

        Assert.Equal(Mention(stance with { MarkShifters = false }, "Judges did not see eviction"), Mention(stance, "Judges blocked the eviction"));
    }

    [Fact]
    public void EmitShifted_LongTextManyMatchesOnAReusedSink_AllocatesNothingOnceWarm()
    {
        // Over 256 tokens and 64 matches: the scratch it reads them in is the sink's, grown once, as the other blocks' is.
        var text = string.Join(' ', Enumerable.Repeat("A judge blocked the eviction, and the war ended.", 60));
        var sink = new FeatureSink();
        FeatureExtractor.Extract(Words, text, sink);
        var count = sink.Count;
        BuiltIn.EmitShifted(sink);
        Assert.True(sink.TokenCount > 256 && sink.LexiconMatches.Count > 64);
        var least = long.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            sink.KeepTextBlocks(count);
            var before = GC.GetAllocatedBytesForCurrentThread();
            BuiltIn.EmitShifted(sink);
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }

    [Theory]
    [InlineData("A judge blocked the eviction of 300 families.")]
    [InlineData("The talks failed to produce an agreement, and fighting resumed :(")]
    [InlineData("Peace talks resumed on Friday.")]
    [InlineData("")]
    public void Emit_ShiftersOff_SameKeysAsBefore(string text)
    {
        var off = Words with { MarkShifters = false };
        var plain = Keys(off, text, shifted: false);
        var viaFeaturizer = Keys(off, text, shifted: null);
        Assert.Equal(plain, viaFeaturizer);
    }

    [Fact]
    public void EmitShifted_NothingShifted_SameKeysAsEmit()
    {
        const string text = "Peace talks resumed after a bitter war, and hopes rose :)";
        Assert.Equal(Keys(Words, text, shifted: false), Keys(Words, text, shifted: true));
    }

    [Fact]
    public void EmitShifted_ShiftedTerm_TheTermNegatedAndAShiftKey()
    {
        // "blocked the eviction" reads as "not eviction" (the negated match's keys, and the net key of their sum) and a good shift.
        var shifted = Keys(Words, "Judges blocked the eviction", shifted: true);
        var negated = Keys(Words with { MarkShifters = false }, "Judges did not see eviction", shifted: false);
        Assert.Equal(negated.Length + 1, shifted.Length);
        Assert.Equal(negated, shifted.Where(k => Lexicon.ShiftPolarity(k) == 0));
        Assert.Equal(1, Lexicon.ShiftPolarity(shifted.Single(k => Lexicon.ShiftPolarity(k) != 0)));
    }

    /// <summary>The lexicon block of <paramref name="text"/> as "term:polarity" and "[shift span]:polarity" in order, and the net key's sign; <paramref name="outcomes"/> as <see cref="FeaturizerSettings.EndingOutcomes"/>.</summary>
    internal static (string Matches, int Net) Read(string text, bool outcomes = false)
    {
        var sink = new FeatureSink { Trace = [] };
        FeatureExtractor.Extract(Words, text, sink);
        sink.BeginBlock(FeatureBlock.Lexicon);
        var from = sink.Count;
        BuiltIn.EmitShifted(sink, outcomes);
        sink.EndBlock(FeatureBlock.Lexicon);
        var matches = new List<string>();
        var net = 0;
        for (var k = from; k < sink.Count; k++)
        {
            if (Lexicon.NetSign(sink.Keys[k]) is { } sign)
            {
                net = sign;
            }
            else if (Lexicon.ShiftPolarity(sink.Keys[k]) is var shift and not 0 && sink.Trace![k] is var (first, last))
            {
                matches.Add($"[{sink.Chars.AsSpan(first, last - first)}]:{shift}");
            }
            else if (Lexicon.MatchPolarity(sink.Keys[k]) is var polarity and not 0 && sink.Trace![k] is var (start, end) and (>= 0, _))
            {
                matches.Add($"{sink.Chars.AsSpan(start, end - start)}:{polarity}");
                k += Lexicon.KeysPerMatch - 1;
            }
        }

        return (string.Join(' ', matches), net);
    }

    /// <summary>The lexicon block's keys: by <see cref="Lexicon.Emit"/> (false), <see cref="Lexicon.EmitShifted"/> (true) or the featuriser's own choice (null).</summary>
    private static ulong[] Keys(FeaturizerSettings settings, string text, bool? shifted)
    {
        var sink = new FeatureSink();
        if (shifted is null)
        {
            new TextFeaturizer(settings, BuiltIn, Classifier.Stance.AliasTable.Empty).ExtractText(text, sink);
            return BlockKeys(sink, FeatureBlock.Lexicon);
        }

        FeatureExtractor.Extract(settings, text, sink);
        sink.BeginBlock(FeatureBlock.Lexicon);
        if (shifted.Value)
        {
            BuiltIn.EmitShifted(sink);
        }
        else
        {
            BuiltIn.Emit(sink);
        }

        sink.EndBlock(FeatureBlock.Lexicon);
        return BlockKeys(sink, FeatureBlock.Lexicon);
    }

    private static ulong[] BlockKeys(FeatureSink sink, FeatureBlock block)
    {
        return sink.Keys[sink.BlockRange(block)].ToArray();
    }
}
