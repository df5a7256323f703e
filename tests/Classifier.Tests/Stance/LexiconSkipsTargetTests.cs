using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>The lexicon block without the polarity words of the target's own name (<see cref="FeaturizerSettings.LexiconSkipsTarget"/>).</summary>
public sealed class LexiconSkipsTargetTests
{
    private static readonly AliasTable Aliases = new(new Dictionary<string, IReadOnlyList<string>> { ["United States"] = ["Washington"] });

    private static readonly LexiconEntry[] Entries = [new("hailing", 1, 1), new("blasted", -1, 1), new("peace", 1, 1), new("praised", 1, 1)];

    private static readonly FeaturizerSettings Off = new() { MentionWindow = 2 };

    private static readonly FeaturizerSettings On = Off with { LexiconSkipsTarget = true };

    private const string Text = "Drivers blasted ride-hailing apps for cutting their pay.";

    [Fact]
    public void Extract_TargetNamedWithAPolarityWord_LeavesThatWordOutOfTheLexiconBlock()
    {
        var on = LexiconKeys(On, Text, "ride-hailing apps");
        var off = LexiconKeys(Off, Text, "ride-hailing apps");

        Assert.Equal(LexiconKeys(Off, "Drivers blasted apps for cutting their pay.", "apps"), on);
        Assert.Equal((2 * Lexicon.KeysPerMatch) + 1, off.Length);
        Assert.Equal(Lexicon.KeysPerMatch + 1, on.Length);
    }

    [Fact]
    public void Extract_TargetWithoutPolarityWords_KeepsEveryMatch()
    {
        Assert.Equal(LexiconKeys(Off, Text, "United States"), LexiconKeys(On, Text, "United States"));
        Assert.Equal(LexiconKeys(Off, Text, "pay"), LexiconKeys(On, Text, "pay"));
    }

    [Fact]
    public void Extract_OnlyPolarityWordIsTheTargets_AddsNoLexiconKey()
    {
        Assert.Empty(LexiconKeys(On, "Envoys met for peace talks in Geneva.", "peace talks"));
        Assert.Equal(Lexicon.KeysPerMatch + 1, LexiconKeys(On, "Envoys met for peace talks in Geneva.", "Geneva").Length);
    }

    [Fact]
    public void Extract_PolarityWordsInAnotherTargetsName_StillCount()
    {
        const string text = "Washington praised the peace talks.";

        var towardTalks = LexiconKeys(On, text, "peace talks");
        var towardWashington = LexiconKeys(On, text, "United States");

        Assert.Equal(Lexicon.KeysPerMatch + 1, towardTalks.Length);
        Assert.Equal((2 * Lexicon.KeysPerMatch) + 1, towardWashington.Length);
    }

    [Fact]
    public void ExtractTarget_SecondTargetAfterKeepTextBlocks_GetsTheTextsWholeLexiconBlock()
    {
        var featurizer = new TextFeaturizer(On, new Lexicon(Entries), Aliases);
        var sink = new FeatureSink();
        featurizer.ExtractText(Text, sink);
        var textKeys = sink.Count;

        featurizer.ExtractTarget(Text, TargetContext.Create("ride-hailing apps", Aliases), sink);
        sink.KeepTextBlocks(textKeys);
        featurizer.ExtractTarget(Text, TargetContext.Create("United States", Aliases), sink);

        Assert.Equal(LexiconKeys(On, Text, "United States"), sink.Keys[sink.BlockRange(FeatureBlock.Lexicon)].ToArray());
        Assert.Equal((2 * Lexicon.KeysPerMatch) + 1, sink.Keys[sink.BlockRange(FeatureBlock.Lexicon)].Length);
    }

    [Fact]
    public void Extract_WithoutMentionFeatures_KeepsEveryMatch()
    {
        var noMentions = On with { MentionWindow = 0 };

        Assert.Equal(LexiconKeys(Off with { MentionWindow = 0 }, Text, "ride-hailing apps"), LexiconKeys(noMentions, Text, "ride-hailing apps"));
    }

    private static ulong[] LexiconKeys(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, new Lexicon(Entries), Aliases).Extract(text, TargetContext.Create(target, Aliases), sink);
        return sink.Keys[sink.BlockRange(FeatureBlock.Lexicon)].ToArray();
    }
}
