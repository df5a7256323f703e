using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>Names counted as mentioned only where the text writes them as names (<see cref="FeaturizerSettings.NamesAsWritten"/>).</summary>
public sealed class NamesAsWrittenTests : IDisposable
{
    private static readonly AliasTable Aliases = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["North Korea"] = ["the North", "Pyongyang"],
        ["European Union"] = ["EU", "the bloc"],
        ["sanctions"] = ["sanction"],
    });

    private static readonly FeaturizerSettings Off = new() { MentionWindow = 2 };

    private static readonly FeaturizerSettings On = Off with { NamesAsWritten = true };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("Brussels agreed to expand energy cooperation with Baku.", "Gulf Cooperation Council")]
    [InlineData("Fears are growing among Pacific states that the rivalry will spread.", "United States")]
    [InlineData("The IMF said reserves had risen for five months.", "Federal Reserve")]
    [InlineData("Rebels took two towns in the north of the country, Reuters said.", "North Korea")]
    [InlineData("Exporters said turkey prices rose before the holiday.", "Turkey")]
    [InlineData("The north of the country was hit by floods, officials said.", "North Korea")] // the capital is the article's
    public void Extract_NameWrittenInLowerCase_NotAMentionWhenOn(string text, string target)
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
    [InlineData("Seoul said the North fired two missiles.", "North Korea")]
    [InlineData("the north fired two missiles, officials said", "North Korea")] // no capitals at all
    [InlineData("Ministers said the bloc would retaliate.", "European Union")] // the table writes it in lower case
    [InlineData("The bloc would retaliate, ministers said.", "European Union")] // so written, opening a sentence
    [InlineData("Ministers said new sanctions would follow.", "sanctions")] // an issue, not a name
    public void Extract_NameWrittenAsNameOrTextWithoutCapitals_StillAMention(string text, string target)
    {
        var on = MentionKeys(On, text, target);

        Assert.Equal(MentionKeys(Off, text, target), on);
        Assert.NotEqual(MentionKeys(On, text, "Xyzzy Quorum"), on);
    }

    [Fact]
    public void FindMentions_OtherTargetsWrittenInLowerCase_DroppedOnlyWhenOn()
    {
        const string text = "Pyongyang said the north of the bloc had no say, the EU replied.";

        Assert.Equal(["North Korea", "North Korea", "European Union", "European Union"], Canonicals(text, namesAsWritten: false));
        Assert.Equal(["North Korea", "European Union", "European Union"], Canonicals(text, namesAsWritten: true));
    }

    [Fact]
    public void Read_JudgedActInLowerCaseName_NeitherActorNorJudgeWhenOn()
    {
        const string text = "Troops shelled a village in the north, a move the UN condemned.";
        var settings = new FeaturizerSettings { JudgedActs = true, MentionWindow = 0 };
        var sink = new FeatureSink();
        new TextFeaturizer(settings, null, Aliases).Extract(text, TargetContext.Create("North Korea", Aliases), sink);
        var split = JudgedActs.Split(sink.Chars.AsSpan(0, sink.CharCount));
        var target = TargetContext.Create("North Korea", Aliases);

        Assert.Equal(0, JudgedActs.Read(sink, null, text, target, Aliases, namesAsWritten: false, split).Role);
        Assert.Equal(3, JudgedActs.Read(sink, null, text, target, Aliases, namesAsWritten: true, split).Role);
    }

    [Fact]
    public void FindMentions_ModelTrainedWithTheSetting_HonoursIt()
    {
        const string text = "Floods cut roads in the north, while the North tested a missile.";

        var on = Train(On, "on.zip");
        var off = Train(Off, "off.zip");

        Assert.True(on.Info.Featurizer.NamesAsWritten);
        Assert.Equal([new TextSpan(text.IndexOf("the North", StringComparison.Ordinal), 9)], on.FindMentions(text, "North Korea"));
        Assert.Equal(2, off.FindMentions(text, "North Korea").Count);
    }

    private StanceClassifier Train(FeaturizerSettings settings, string name) => SmallStanceModel.Train(settings, Path.Combine(_dir.Path, name));

    private static string[] Canonicals(string text, bool namesAsWritten)
    {
        var lowered = new char[text.Length];
        TextNormalizer.Normalize(text, lowered);
        var mentions = new List<Mention>();
        Aliases.FindMentions(text, lowered, [], "", mentions, namesAsWritten);
        return mentions.Select(m => m.Canonical).ToArray();
    }

    private static ulong[] MentionKeys(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, null, Aliases).Extract(text, TargetContext.Create(target, Aliases), sink);
        return sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray();
    }
}
