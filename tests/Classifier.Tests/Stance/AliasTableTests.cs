using Classifier.Stance;

namespace Classifier.Tests.Stance;

public sealed class AliasTableTests
{
    private static readonly AliasTable Table = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["United States"] = ["US", "U.S.", "Washington", "American"],
        ["South Korea"] = ["Seoul", "South Korean"],
        ["United Nations"] = ["UN", "Security Council"],
    });

    [Theory]
    [InlineData("Washington", "United States")]
    [InlineData("washington", "United States")]
    [InlineData("US", "United States")]
    [InlineData(" united states ", "United States")]
    [InlineData("us", "United States")]
    [InlineData("the us", "United States")]
    [InlineData("Taiwan", "Taiwan")]
    public void Resolve_NameOrAlias_ReturnsCanonicalTarget(string given, string expected) =>
        Assert.Equal(expected, Table.Resolve(given));

    [Theory]
    [InlineData("The U.S. envoy met Seoul's negotiator.", "U.S.|Seoul")]
    [InlineData("Tell us what the bus driver saw.", "")]
    [InlineData("The UN said US troops and South Korean forces would leave.", "UN|US|South Korean")]
    [InlineData("Washingtonians and Americana are not mentions.", "")]
    [InlineData("A Security Council vote; the council said nothing.", "Security Council")]
    public void Find_Text_ReturnsWholeWordMentionsCaseAware(string text, string expected)
    {
        var mentions = new List<Mention>();

        MentionFinder.Find(text, text.ToLowerInvariant(), Table.Patterns, [], "United States", mentions);

        Assert.Equal(expected, string.Join("|", mentions.Select(m => text[m.Start..m.End])));
    }

    [Fact]
    public void Find_TargetAndOthers_MarksOnlyTheTargetsMentions()
    {
        const string text = "Seoul welcomed the offer while Washington dismissed it.";
        var mentions = new List<Mention>();

        MentionFinder.Find(text, text.ToLowerInvariant(), Table.Patterns, [], "United States", mentions);

        Assert.Equal([new Mention(0, 5, false, "South Korea"), new Mention(31, 41, true, "United States")], mentions);
    }

    [Fact]
    public void Find_OverlappingNames_PrefersTheLongest()
    {
        var table = new AliasTable(new Dictionary<string, IReadOnlyList<string>>
        {
            ["South Korea"] = ["South Korean"],
            ["Korea"] = [],
        });
        const string text = "South Korean officials met.";
        var mentions = new List<Mention>();

        MentionFinder.Find(text, text.ToLowerInvariant(), table.Patterns, [], "South Korea", mentions);

        Assert.Equal("South Korean", text[mentions.Single().Start..mentions.Single().End]);
    }

    [Fact]
    public void Create_UnknownTarget_MatchesItsOwnNameAndVariants()
    {
        var context = TargetContext.Create("the sanctions", AliasTable.Empty);

        Assert.Equal(["the sanctions", "sanctions", "sanction"], context.ExtraPatterns.Select(p => p.Text));
        Assert.Equal(["sancti"], context.Stems);
    }

    [Theory]
    [InlineData("fuel subsidies", "fuel subsidy")]
    [InlineData("tourist taxes", "tourist tax")]
    [InlineData("church taxes", "church tax")]
    [InlineData("bank branches", "bank branch")]
    [InlineData("military flashes", "military flash")]
    [InlineData("fiscal addresses", "fiscal address")]
    public void Create_UnknownPluralTarget_AlsoMatchesItsSingular(string target, string singular)
    {
        var context = TargetContext.Create(target, AliasTable.Empty);

        Assert.Contains(singular, context.ExtraPatterns.Select(p => p.Text));
    }

    [Theory]
    [InlineData("lockdowns")]
    [InlineData("golden visas")]
    [InlineData("troop withdrawals")]
    public void Create_UnknownPluralTargetOfPlainS_KeepsOneSingular(string target)
    {
        var context = TargetContext.Create(target, AliasTable.Empty);

        Assert.Equal([target, target[..^1]], context.ExtraPatterns.Select(p => p.Text));
    }

    [Theory]
    [InlineData("tourist tax", "tourist taxes")]
    [InlineData("fuel subsidy", "fuel subsidies")]
    [InlineData("minimum wage", "minimum wages")]
    [InlineData("bank branch", "bank branches")]
    [InlineData("the death penalty", "death penalties")]
    [InlineData("public holiday", "public holidays")]
    [InlineData("wealth tax", "wealth taxes")]
    public void Create_UnknownSingularIssue_AlsoMatchesItsPlural(string target, string plural)
    {
        var context = TargetContext.Create(target, AliasTable.Empty);

        Assert.Contains(plural, context.ExtraPatterns.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Kosovo", "Kosovo")]
    [InlineData("Hillary Clinton", "Hillary Clinton")]
    [InlineData("the press", "the press|press")]
    [InlineData("G20", "G20")]
    public void Create_UnknownNameOrTargetEndingInS_GetsNoPlural(string target, string patterns)
    {
        var context = TargetContext.Create(target, AliasTable.Empty);

        Assert.Equal(patterns.Split('|'), context.ExtraPatterns.Select(p => p.Text));
    }

    [Fact]
    public void FindMentions_SingularTargetNamedInThePlural_IsAMention()
    {
        var stance = StanceClassifier.LoadDefault();

        const string text = "Three coastal towns voted to double their tourist taxes from July.";

        var span = Assert.Single(stance.FindMentions(text, "tourist tax"));

        Assert.Equal("tourist taxes", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void FindMentions_PluralTargetNamedInTheSingular_IsAMention()
    {
        var stance = StanceClassifier.LoadDefault();

        const string text = "The city will double its tourist tax from July.";

        var span = Assert.Single(stance.FindMentions(text, "tourist taxes"));

        Assert.Equal("tourist tax", text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Create_BlankTarget_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => TargetContext.Create("  ", Table));
        Assert.Equal("target", ex.ParamName);
    }
}

public sealed class MentionOverlapTests
{
    [Fact]
    public void Find_LaterLongerMatch_BeatsEarlierShorterOverlap()
    {
        var table = new AliasTable(new Dictionary<string, IReadOnlyList<string>>
        {
            ["South Korea"] = ["the South"],
            ["South Africa"] = ["South African"],
        });
        const string text = "Officials in the South African government said so.";
        var mentions = new List<Mention>();

        MentionFinder.Find(text, text.ToLowerInvariant(), table.Patterns, [], "South Korea", mentions);

        var only = Assert.Single(mentions);
        Assert.Equal("South African", text[only.Start..only.End]);
        Assert.False(only.IsTarget);
    }

    [Fact]
    public void OrdinaryWord_ShortPersonNameOfLettersOutsideThePlane_IsRefusedWithItsCapitalisedForm() =>
        Assert.Equal(
            "'𐐨𐐨' has 3 letters or fewer and no capital, so as a person who speaks for 'Deseret' it would match the ordinary word '𐐨𐐨' in every text; write the name with its capital ('𐐀𐐨').",
            AliasTable.OrdinaryWord("𐐨𐐨", "Deseret", person: true));
}
