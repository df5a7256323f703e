using Classifier.Features;
using Classifier.Stance;
using Classifier.Tests.Features;

namespace Classifier.Tests.Stance;

public sealed class StanceFeaturesTests
{
    private static readonly AliasTable Table = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["United States"] = ["Washington"],
        ["South Korea"] = ["Seoul"],
    });

    [Fact]
    public void Extract_SameSentenceTwoTargets_DiffersOnlyInTargetBlocks()
    {
        const string text = "Seoul welcomed the offer while Washington dismissed it.";
        var settings = new FeaturizerSettings { TargetCrossedChars = true };

        var us = Keys(settings, text, "United States");
        var korea = Keys(settings, text, "South Korea");

        Assert.Equal(us[FeatureBlock.Word], korea[FeatureBlock.Word]);
        Assert.Equal(us[FeatureBlock.Char], korea[FeatureBlock.Char]);
        Assert.Empty(us[FeatureBlock.TargetWord].Intersect(korea[FeatureBlock.TargetWord]));
        Assert.Empty(us[FeatureBlock.TargetChar].Intersect(korea[FeatureBlock.TargetChar]));
        Assert.NotEqual(us[FeatureBlock.Mention].Order(), korea[FeatureBlock.Mention].Order());
    }

    [Fact]
    public void Extract_AliasAndCanonicalName_GiveTheSameFeatures()
    {
        const string text = "Seoul welcomed the offer.";
        var settings = new FeaturizerSettings();

        var byName = Keys(settings, text, "South Korea");
        var byAlias = Keys(settings, text, "Seoul");

        foreach (var block in Enum.GetValues<FeatureBlock>())
        {
            Assert.Equal(byName[block], byAlias[block]);
        }
    }

    [Fact]
    public void Extract_MentionedAndAbsentTargets_GetDifferentMentionFlags()
    {
        var settings = new FeaturizerSettings();

        var mentioned = Keys(settings, "Washington dismissed the offer.", "United States")[FeatureBlock.Mention];
        var absent = Keys(settings, "Tokyo dismissed the offer.", "United States")[FeatureBlock.Mention];

        Assert.True(mentioned.Length > absent.Length);
        Assert.Equal(2, absent.Length);
    }

    [Theory]
    [InlineData("United States", "sanctions")]
    [InlineData("World Bank", "debt relief")]
    public void Extract_AbsentKindOn_TellsAbsentNamesFromAbsentIssues(string name, string issue)
    {
        const string text = "Tokyo dismissed the offer.";
        var on = new FeaturizerSettings { AbsentKind = true };

        var absentName = Keys(on, text, name)[FeatureBlock.Mention];
        var absentIssue = Keys(on, text, issue)[FeatureBlock.Mention];
        var withoutKind = Keys(new FeaturizerSettings(), text, name)[FeatureBlock.Mention];

        Assert.Equal(3, absentName.Length);
        Assert.Equal(withoutKind.Order(), absentName.Intersect(withoutKind).Order());
        Assert.Single(absentName.Except(absentIssue));
        Assert.Single(absentIssue.Except(absentName));
    }

    [Theory]
    [InlineData("Japan", true)]
    [InlineData("World Bank", true)]
    [InlineData("IAEA", true)]
    [InlineData("Bosnia and Herzegovina", true)]
    [InlineData("NATO enlargement", false)]
    [InlineData("sanctions", false)]
    [InlineData("the climate agreement", false)]
    [InlineData("𝐁𝐢𝐝𝐞𝐧", true)] // a mathematical bold capital is a capital
    [InlineData("Offshore 𝐰𝐢𝐧𝐝", false)] // and a word of four such small letters is a lower-case word
    public void LooksLikeName_Target_IsTrueOnlyWhenCapitalisedThroughout(string target, bool expected) => Assert.Equal(expected, TargetContext.LooksLikeName(target));

    [Fact]
    public void Extract_AbsentKindOnTargetMentioned_AddsNothing()
    {
        const string text = "Washington dismissed the offer.";

        var on = Keys(new FeaturizerSettings { AbsentKind = true }, text, "United States");
        var off = Keys(new FeaturizerSettings(), text, "United States");

        Assert.Equal(off[FeatureBlock.Mention], on[FeatureBlock.Mention]);
    }

    [Fact]
    public void Extract_MentionWindowZero_EmitsNoMentionBlock()
    {
        var keys = Keys(new FeaturizerSettings { MentionWindow = 0 }, "Washington dismissed it.", "United States");

        Assert.Empty(keys[FeatureBlock.Mention]);
    }

    [Theory]
    [InlineData("Beijing slammed the G20 as a tool of the West.", "G20")]
    [InlineData("Beijing slammed the Group of 20 as a tool of the West.", "G20")]
    [InlineData("Beijing slammed the G-20 as a tool of the West.", "Group of 20")]
    [InlineData("Tehran hailed the 2015 deal as a victory.", "nuclear deal")]
    [InlineData("Rebels rejected Article 50 of the accord.", "Article 50")]
    public void Extract_NameWithDigitsUnderNormalizeDigits_IsMentioned(string text, string target)
    {
        var table = new AliasTable(new Dictionary<string, IReadOnlyList<string>>
        {
            ["G20"] = ["G-20", "Group of 20"],
            ["the nuclear deal"] = ["nuclear deal", "the 2015 deal"],
        });
        var folded = new FeaturizerSettings { NormalizeDigits = true };

        var sink = new FeatureSink();
        new TextFeaturizer(folded, lexicon: null, table).Extract(text, TargetContext.Create(target, table), sink);

        var mention = Assert.Single(sink.Mentions);
        Assert.True(mention.IsTarget);
        Assert.Equal(sink.Keys[sink.BlockRange(FeatureBlock.Mention)].ToArray().Order(),
            KeysWith(folded with { NormalizeDigits = false }, table, text, target)[FeatureBlock.Mention].Order());
    }

    [Theory]
    [InlineData("Exports rose 25% in 2019 as the G20 met in Osaka.")]
    [InlineData("SEOUL, March 3 (Reuters) - Profits fell 7.5% at the 3 firms the G7 named.")]
    public void Extract_NamesWithDigitsAsWritten_LeavesEveryOtherBlockAsFolded(string text)
    {
        // Names keep their digits; the words, characters and vectors still read every digit as 0, as a model trained
        // without the setting does, also after a blanked dateline.
        var table = new AliasTable(new Dictionary<string, IReadOnlyList<string>> { ["Japan"] = ["Osaka"] });
        var asWritten = new FeaturizerSettings { NormalizeDigits = true, NameDigitsAsWritten = true, SkipDatelines = true };

        var names = KeysWith(asWritten, table, text, "Japan");
        var legacy = KeysWith(asWritten with { NameDigitsAsWritten = false }, table, text, "Japan");

        foreach (var block in Enum.GetValues<FeatureBlock>())
        {
            Assert.Equal(legacy[block], names[block]);
        }

        Assert.NotEqual(KeysWith(asWritten with { NormalizeDigits = false }, table, text, "Japan")[FeatureBlock.Word], names[FeatureBlock.Word]);
    }

    [Fact]
    public void Extract_NameWithDigitsUnderNormalizeDigitsWithoutNameDigitsAsWritten_IsNotMentionedAsModelsTrainedBeforeIt()
    {
        var table = new AliasTable(new Dictionary<string, IReadOnlyList<string>> { ["G20"] = ["Group of 20"] });
        var legacy = new FeaturizerSettings { NormalizeDigits = true, NameDigitsAsWritten = false };

        var sink = new FeatureSink();
        new TextFeaturizer(legacy, lexicon: null, table).Extract("Beijing slammed the Group of 20 summit.", TargetContext.Create("G20", table), sink);

        Assert.Empty(sink.Mentions);
    }

    [Theory]
    [InlineData("Leaders praised the O\u2019Neill plan.", "O\u2019Neill plan")]
    [InlineData("Leaders praised the O'Neill plan.", "O\u2019Neill plan")]
    [InlineData("Leaders praised the O\u2019Neill plan.", "O'Neill plan")]
    [InlineData("Abidjan and C\u00F4te d\u2019Ivoire welcomed it.", "Ivory Coast")]
    public void Extract_TypographicVariantsInNameOrText_StillMention(string text, string target)
    {
        var table = new AliasTable(new Dictionary<string, IReadOnlyList<string>> { ["Ivory Coast"] = ["C\u00F4te d'Ivoire"] });

        var sink = new FeatureSink();
        new TextFeaturizer(new FeaturizerSettings(), lexicon: null, table).Extract(text, TargetContext.Create(target, table), sink);

        Assert.Contains(sink.Mentions, m => m.IsTarget);
    }

    [Theory]
    [InlineData("C\u00F4te d\u2019Ivoire", "Ivory Coast")]
    [InlineData("South\u00A0Korea", "South Korea")]
    [InlineData("\u201CUnited Nations\u201D", "United Nations")] // unknown here, and its quotes no part of it (TargetPunctuationTests)
    [InlineData("the O\u2019Neill plan", "the O\u2019Neill plan")] // unknown: its typographic apostrophe kept, as its crossed features hash it
    public void Resolve_TypographicVariants_FoldedBeforeLookup(string target, string expected)
    {
        var table = new AliasTable(new Dictionary<string, IReadOnlyList<string>>
        {
            ["Ivory Coast"] = ["C\u00F4te d'Ivoire"],
            ["South Korea"] = ["Seoul"],
            ["United States"] = ["Washington"],
        });

        Assert.Equal(expected, table.Resolve(target));
    }

    [Fact]
    public void FindMentions_DefaultModelWithNameDigitsAsWrittenOff_FindsNoNameWithADigitAsItsFeaturesDoNot()
    {
        var stance = StanceClassifier.LoadDefault();
        Assert.True(stance.Info.Featurizer.NormalizeDigits);
        Assert.False(stance.Info.Featurizer.NameDigitsAsWritten);

        Assert.Empty(stance.FindMentions("Beijing slammed the G20 as a tool of the West.", "G20"));
        Assert.Equal(["France"], stance.FindTargets("The G20 praised the new trade deal, which France welcomed warmly."));
        Assert.Single(stance.FindMentions("Beijing slammed the Group of Twenty as a tool of the West.", "G20"));
    }

    [Fact]
    public void FindMentions_FormerPersonWithCurlyApostrophe_DroppedAsWithAStraightOne()
    {
        var table = new AliasTable(
            new Dictionary<string, IReadOnlyList<string>> { ["Israel"] = ["Jerusalem"] },
            new Dictionary<string, IReadOnlyList<string>> { ["Israel"] = ["Gideon Sa'ar"] },
            ignoreFormerPeople: true);

        foreach (var text in new[] { "Former foreign minister Gideon Sa'ar spoke.", "Former foreign minister Gideon Sa\u2019ar spoke." })
        {
            var lowered = new char[text.Length];
            TextNormalizer.Normalize(text, lowered);
            var mentions = new List<Mention>();
            table.FindMentions(text, lowered, [], "Israel", mentions, namesAsWritten: false);
            Assert.Empty(mentions);
        }
    }

    private static Dictionary<FeatureBlock, ulong[]> KeysWith(FeaturizerSettings settings, AliasTable table, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, lexicon: null, table).Extract(text, TargetContext.Create(target, table), sink);
        return Enum.GetValues<FeatureBlock>().ToDictionary(b => b, b => sink.Keys[sink.BlockRange(b)].ToArray());
    }

    private static Dictionary<FeatureBlock, ulong[]> Keys(FeaturizerSettings settings, string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(settings, lexicon: null, Table).Extract(text, TargetContext.Create(target, Table), sink);
        return Enum.GetValues<FeatureBlock>().ToDictionary(b => b, b => sink.Keys[sink.BlockRange(b)].ToArray());
    }
}

public sealed class TextOptionsTests
{
    [Theory]
    [InlineData("Loved it sooooo much http://t.co/x1 @ann", "Loved it sooo much https://t.co/zz9 @bob")]
    [InlineData("Prices rose in 2024.", "Prices rose in 1998.")]
    public void Extract_NormalizationOn_MakesVariantsEqualOnWordFeatures(string a, string b)
    {
        var on = new FeaturizerSettings { NormalizeSocial = true, NormalizeDigits = true, CharNgramMax = 0 };
        var off = on with { NormalizeSocial = false, NormalizeDigits = false };

        Assert.Equal(WordBlock.Keys(on, a), WordBlock.Keys(on, b));
        Assert.NotEqual(WordBlock.Keys(off, a), WordBlock.Keys(off, b));
    }

    [Fact]
    public void Extract_MarkContrast_AddsMarkedWordsAfterButOnly()
    {
        var on = new FeaturizerSettings { MarkContrast = true, CharNgramMax = 0, WordNgramMax = 1 };
        var off = on with { MarkContrast = false };

        Assert.Equal(WordBlock.Keys(off, "The cast is strong but the plot drags").Length + 3, WordBlock.Keys(on, "The cast is strong but the plot drags").Length);
        Assert.Equal(WordBlock.Keys(off, "The cast is strong and the plot drags"), WordBlock.Keys(on, "The cast is strong and the plot drags"));
    }
}
