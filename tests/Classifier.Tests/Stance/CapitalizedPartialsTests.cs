using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>Partial mentions only where the text writes the word as a name (<see cref="FeaturizerSettings.CapitalizedPartials"/>).</summary>
public sealed class CapitalizedPartialsTests
{
    private static readonly AliasTable Aliases = new(new Dictionary<string, IReadOnlyList<string>>());

    private static readonly FeaturizerSettings Off = new() { MentionWindow = 2 };

    private static readonly FeaturizerSettings On = Off with { CapitalizedPartials = true };

    [Theory]
    [InlineData("Brussels agreed to expand energy cooperation with Baku.", "Gulf Cooperation Council")]
    [InlineData("Fears are growing among Pacific states that the rivalry will spread.", "United States")]
    [InlineData("The IMF said reserves had risen for five months.", "Federal Reserve")]
    public void Extract_LowerCaseWordOfTheTarget_NotAPartialMentionWhenOn(string text, string target)
    {
        var on = MentionKeys(On, text, target);

        Assert.Equal(MentionKeys(On, text, "Xyzzy Quorum"), on);
        Assert.NotEqual(MentionKeys(Off, text, target), on);
    }

    [Theory]
    [InlineData("European lawmakers criticised the plan.", "European Union")]
    [InlineData("Seoul accuses North of jamming ship signals.", "North Korea")]
    [InlineData("european lawmakers criticised the plan", "European Union")]
    [InlineData("Reserves had risen for five months.", "Federal Reserve")] // a capital opening a sentence counts too
    public void Extract_CapitalisedWordOrTextWithoutCapitals_StillAPartialMention(string text, string target)
    {
        var on = MentionKeys(On, text, target);

        Assert.Equal(MentionKeys(Off, text, target), on);
        Assert.NotEqual(MentionKeys(On, text, "Xyzzy Quorum"), on);
    }

    private static ulong[] MentionKeys(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, null, Aliases).Extract(text, TargetContext.Create(target, Aliases), sink);
        return sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray();
    }
}
