using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>Texts read without their opening wire dateline (<see cref="FeaturizerSettings.SkipDatelines"/>).</summary>
public sealed class SkipDatelinesTests : IDisposable
{
    private static readonly AliasTable Aliases = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["South Korea"] = ["Seoul"],
        ["Ukraine"] = ["Kyiv"],
    });

    private static readonly FeaturizerSettings Off = new() { MentionWindow = 2, MarkChanges = true, MarkContrast = true };

    private static readonly FeaturizerSettings On = Off with { SkipDatelines = true };

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("SEOUL (Reuters) - ", "Talks resumed on Tuesday after a two-year freeze.", "South Korea")]
    [InlineData("KYIV — ", "Drones struck a power plant overnight, officials said.", "Ukraine")]
    [InlineData("SEOUL, Jan. 14 – ", "Exports fell 3 percent in May.", "South Korea")]
    public void Extract_DatelinedText_SameKeysAsTheTextWithoutItWhenOn(string dateline, string body, string target)
    {
        Assert.Equal(AllKeys(On, body, target), AllKeys(On, dateline + body, target));
        Assert.NotEqual(AllKeys(Off, body, target), AllKeys(Off, dateline + body, target));
    }

    [Fact]
    public void Extract_PlaceNamedAgainAfterTheDateline_StillAMention()
    {
        const string text = "SEOUL (Reuters) - Seoul offered talks on Tuesday.";

        Assert.Equal(AllKeys(On, "Seoul offered talks on Tuesday.", "South Korea"), AllKeys(On, text, "South Korea"));
    }

    [Fact]
    public void Extract_TextWithoutADateline_SameKeysOnOrOff()
    {
        const string text = "US - China talks resumed in Geneva, and Seoul welcomed them.";

        Assert.Equal(AllKeys(Off, text, "South Korea"), AllKeys(On, text, "South Korea"));
    }

    [Fact]
    public void FindMentions_ModelTrainedWithTheSetting_IgnoresTheDatelinesPlace()
    {
        const string text = "SEOUL (Reuters) - North Korea fired two missiles, Seoul said.";

        var on = Train(On, "on.zip");
        var off = Train(Off, "off.zip");

        Assert.True(on.Info.Featurizer.SkipDatelines);
        Assert.Equal([new TextSpan(text.LastIndexOf("Seoul", StringComparison.Ordinal), 5)], on.FindMentions(text, "South Korea"));
        Assert.Equal(2, off.FindMentions(text, "South Korea").Count);
        Assert.Equal(on.Predict("North Korea fired two missiles, Seoul said.", "South Korea").Probabilities, on.Predict(text, "South Korea").Probabilities);
    }

    [Fact]
    public void FindTargets_ModelTrainedWithTheSetting_LeavesOutAPlaceOnlyTheDatelineNames()
    {
        var on = Train(On, "on.zip");
        var off = Train(Off, "off.zip");

        Assert.Equal(["North Korea"], on.FindTargets("SEOUL (Reuters) - North Korea fired two missiles."));
        Assert.Equal(["North Korea", "South Korea"], on.FindTargets("SEOUL (Reuters) - North Korea fired two missiles, Seoul said."));
        Assert.Equal(["South Korea", "North Korea"], off.FindTargets("SEOUL (Reuters) - North Korea fired two missiles."));
    }

    [Fact]
    public void FindMentions_DefaultModelOnAnOpeningNameWithItsOwnDash_FindsTheName()
    {
        // Trained to skip datelines, the default model read "NATO — " here as one and lost the name (finding only "the alliance").
        var stance = StanceClassifier.LoadDefault();
        Assert.True(stance.Info.Featurizer.SkipDatelines);

        var text = "NATO — the alliance's chief said on Monday — would not send troops to the border.";

        Assert.Contains(new TextSpan(0, 4), stance.FindMentions(text, "NATO"));
        Assert.Equal(["NATO"], stance.FindTargets(text));
    }

    private StanceClassifier Train(FeaturizerSettings settings, string name) => SmallStanceModel.Train(settings, Path.Combine(_dir.Path, name));

    /// <summary>Every key of every block, sorted (a multiset: positions aside, what the model reads).</summary>
    private static ulong[] AllKeys(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, null, Aliases).Extract(text, TargetContext.Create(target, Aliases), sink);
        return [.. sink.Keys.ToArray().Order()];
    }
}
