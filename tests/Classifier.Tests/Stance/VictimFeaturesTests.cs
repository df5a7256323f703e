using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>The target's role in a harmful act, and whether the act is condemned (<see cref="FeaturizerSettings.MarkVictims"/>).</summary>
public sealed class VictimFeaturesTests
{
    private static readonly AliasTable Aliases = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["Japan"] = ["Tokyo", "Japanese"], ["Israel"] = ["Israeli"], ["Poland"] = ["Warsaw", "Polish"], ["Turkey"] = ["Ankara", "Turkish"],
        ["Qatar"] = ["Doha"], ["Russia"] = ["Moscow", "Russian"],
    });

    private static readonly FeaturizerSettings On = new() { MentionWindow = 1, MarkVictims = true, CharNgramMax = 0 };

    [Theory]
    [InlineData("World leaders condemned the attack on the Japanese embassy.", "Japan", "victim-condemned:attack on the japanese")]
    [InlineData("Leaders across Europe deplored the bombing of a Polish consulate.", "Poland", "victim-condemned:bombing of a polish")]
    [InlineData("An attack on Doha was condemned by the Gulf states.", "Qatar", "victim-condemned:attack on doha")]
    [InlineData("Gulf rulers sent condolences after the missile strikes on Doha.", "Qatar", "victim-condemned:strikes on doha")]
    [InlineData("Gunmen carried out an attack on the Japanese embassy.", "Japan", "victim:attack on the japanese")]
    [InlineData("Ankara condemned the attack on the embassy. Japan said nothing.", "Japan", "")]
    public void Extract_TargetAfterAnAct_IsTheVictim(string text, string target, string expected)
    {
        Assert.Equal(expected, Roles(On, text, target));
    }

    [Theory]
    [InlineData("Ankara denounced Israel's raid on the convoy.", "Israel", "doer-condemned:israel's raid")]
    [InlineData("Israeli air strikes hit the port on Monday.", "Israel", "doer:israeli air strikes")]
    [InlineData("Villagers described the raid by Turkish troops.", "Turkey", "doer:raid by turkish")]
    [InlineData("Ankara denounced Israel's raid on the convoy.", "Turkey", "")]
    public void Extract_TargetBeforeAnAct_IsTheDoer(string text, string target, string expected)
    {
        Assert.Equal(expected, Roles(On, text, target));
    }

    [Theory]
    [InlineData("Tokyo did not condemn the attack on the Polish consulate.", "Poland", "victim:attack on the polish")]
    [InlineData("Moscow condemned the Polish decision on the attack.", "Poland", "")]
    [InlineData("The attack, which was condemned, took place on a quiet street far from the Polish border.", "Poland", "")]
    public void Extract_NoActBeforeOrNoCondemnation_ReadsOnlyWhatIsThere(string text, string target, string expected)
    {
        Assert.Equal(expected, Roles(On, text, target));
    }

    [Fact]
    public void Extract_RoleTwice_OneFeature()
    {
        Assert.Equal("victim:attack on the japanese", Roles(On, "An attack on the Japanese embassy and an attack on Japanese tourists.", "Japan"));
    }

    [Fact]
    public void Extract_SettingOff_SameKeysAsWithoutTheFeature()
    {
        const string text = "World leaders condemned the attack on the Japanese embassy.";
        var off = Keys(On with { MarkVictims = false }, text, "Japan");
        var on = Keys(On, text, "Japan");
        Assert.Equal(off, on.Where(k => VictimFeatures.RoleOf(k) is null));
        Assert.Single(on, k => VictimFeatures.RoleOf(k) is not null);
    }

    private static ulong[] Keys(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, null, Aliases).Extract(text, TargetContext.Create(target, Aliases), sink);
        return sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray();
    }

    private static string Roles(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink { Trace = [] };
        new TextFeaturizer(settings, null, Aliases).Extract(text, TargetContext.Create(target, Aliases), sink);
        var roles = new List<string>();
        var range = sink.BlockRange(FeatureBlock.Mention);
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            if (VictimFeatures.RoleOf(sink.Keys[k]) is { } role)
            {
                var (start, end) = sink.Trace[k];
                roles.Add($"{role}:{sink.Chars.AsSpan(start, end - start)}");
            }
        }

        return string.Join(' ', roles);
    }
}
