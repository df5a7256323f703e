using Classifier.Data;
using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>Acts judged by a third party, read through the target's role in them (<see cref="FeaturizerSettings.JudgedActs"/>).</summary>
public sealed class JudgedActsTests
{
    private static readonly AliasTable Aliases = new(new Dictionary<string, IReadOnlyList<string>> { ["France"] = ["Paris", "French"] });

    private static readonly Lexicon Lexicon = new([new("shameful", -1, 1), new("cynical", -1, 1), new("courageous", 1, 1)]);

    private static readonly FeaturizerSettings On = new() { JudgedActs = true, MentionWindow = 0 };

    private const string Veto = "Russia vetoed the draft resolution, a move the French ambassador described as shameful and cynical.";

    [Theory]
    [InlineData(Veto, "Russia", 0, 0)]
    [InlineData(Veto, "France", 1, 0)]
    [InlineData(Veto, "Japan", 3, 0)]
    [InlineData("Seoul lifted the export curbs, a decision Tokyo welcomed.", "Seoul", 0, 2)]
    [InlineData("Seoul lifted the export curbs, a decision Tokyo noted.", "Seoul", 0, 1)]
    [InlineData("Seoul lifted the export curbs, a decision Seoul called courageous.", "Seoul", 2, 2)]
    [InlineData("Iran seized a tanker, a step the Navy condemned.", "Iran", 0, 0)]
    public void Read_JudgedAct_RoleAndPolarity(string text, string target, int role, int polarity)
    {
        var sink = Featurize(On, text, target);

        var split = JudgedActs.Split(sink.Chars.AsSpan(0, sink.CharCount));

        Assert.Equal(text.IndexOf(", a ", StringComparison.Ordinal), split);
        Assert.Equal((role, polarity), JudgedActs.Read(sink, Lexicon, text, TargetContext.Create(target, Aliases), Aliases, namesAsWritten: false, split));
    }

    [Fact]
    public void Extract_ActorAndJudge_GetDifferentKeysWithTheJudgementAsSpan()
    {
        var actor = MentionKeys(On, Veto, "Russia");
        var judge = MentionKeys(On, Veto, "France");

        Assert.Single(actor);
        Assert.Single(judge);
        Assert.NotEqual(actor[0], judge[0]);
        var sink = new FeatureSink { Trace = [] };
        new TextFeaturizer(On, Lexicon, Aliases).Extract(Veto, TargetContext.Create("Russia", Aliases), sink);
        Assert.Equal((Veto.IndexOf(", a move", StringComparison.Ordinal), Veto.Length), sink.Trace[sink.BlockRange(FeatureBlock.Mention)][0]);
    }

    [Fact]
    public void Extract_SameRoleAndPolarity_SameKeyAcrossTargetsAndSentences()
    {
        var russia = MentionKeys(On, Veto, "Russia");
        var iran = MentionKeys(On, "Iran seized a tanker, a step the Navy condemned as piracy.", "Iran");

        Assert.Equal(russia, iran);
    }

    [Theory]
    [InlineData("Russia vetoed the draft resolution, and the French ambassador described it as shameful.")]
    [InlineData("Russia vetoed the draft resolution.")]
    public void Extract_NoAppositive_NoFeature(string text) => Assert.Empty(MentionKeys(On, text, "Russia"));

    [Fact]
    public void Extract_SettingOff_NoFeature() => Assert.Empty(MentionKeys(On with { JudgedActs = false }, Veto, "Russia"));

    private static FeatureSink Featurize(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, Lexicon, Aliases).Extract(text, TargetContext.Create(target, Aliases), sink);
        return sink;
    }

    private static ulong[] MentionKeys(FeaturizerSettings settings, string text, string target)
    {
        var sink = Featurize(settings, text, target);
        return sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray();
    }
}
