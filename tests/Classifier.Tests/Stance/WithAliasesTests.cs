namespace Classifier.Tests.Stance;

/// <summary><see cref="StanceClassifier.WithAliases"/>: names a caller adds to the default model's alias table.</summary>
public sealed class WithAliasesTests
{
    private const string Levy = "Lawmakers voted to scrap the windfall levy on banks after lenders said it had squeezed credit.";

    private static readonly StanceClassifier Default = StanceClassifier.LoadDefault();

    [Fact]
    public void WithAliases_NewName_IsAMentionInFeaturesAndFindMentions()
    {
        var withLevy = Default.WithAliases("windfall tax", "windfall levy");

        Assert.Empty(Default.FindMentions(Levy, "windfall tax"));
        var mention = Assert.Single(withLevy.FindMentions(Levy, "windfall tax"));
        Assert.Equal("windfall levy", Levy.Substring(mention.Start, mention.Length));
        Assert.NotEqual(
            Default.Predict(Levy, "windfall tax").Probabilities["against"],
            withLevy.Predict(Levy, "windfall tax").Probabilities["against"]);
        Assert.Empty(withLevy.FindTargets(Levy));
    }

    [Fact]
    public void WithAliases_AliasInThePlural_IsAMentionAsTheTargetsOwnPluralIs()
    {
        // "windfall taxes" mentioned the target, "windfall levies" not its alias.
        const string text = "Lawmakers voted to scrap the windfall levies on banks and energy firms.";

        var withLevy = Default.WithAliases("windfall tax", "windfall levy");

        var mention = Assert.Single(withLevy.FindMentions(text, "windfall tax"));
        Assert.Equal("windfall levies", text.Substring(mention.Start, mention.Length));
        Assert.Single(withLevy.FindMentions("Lawmakers voted to scrap the windfall taxes on banks.", "windfall tax"));
    }

    [Fact]
    public void WithAliases_NameAlias_GetsNoPluralAndNamesNoOtherTarget()
    {
        var extended = Default.WithAliases("Tesla", "TSLA");

        Assert.Empty(extended.FindMentions("TSLAs fell.", "Tesla"));
        Assert.Equal(Default.Predict("Washington pledged fresh aid.", "United States").Probabilities,
            extended.Predict("Washington pledged fresh aid.", "United States").Probabilities);
    }

    [Fact]
    public void WithAliases_UnknownTarget_KeepsTheNamesItWasFoundByBefore()
    {
        const string text = "The price cap on household gas bills will expire in March, the regulator said.";

        var withCeiling = Default.WithAliases("price caps", "price ceiling");

        Assert.Single(Default.FindMentions(text, "price caps"));
        Assert.Single(withCeiling.FindMentions(text, "price caps"));
        Assert.Single(withCeiling.FindMentions("Retailers lobbied against the price ceiling on bread.", "price caps"));
    }

    [Fact]
    public void WithAliases_KnownTargetByOneOfItsNames_AddsToThatTargetAndLeavesTheOriginalAlone()
    {
        const string text = "Uncle Sam pledged fresh aid to Kyiv.";

        var extended = Default.WithAliases("US", "Uncle Sam");

        Assert.Equal(["United States", "Ukraine"], extended.FindTargets(text));
        Assert.Equal(["Ukraine"], Default.FindTargets(text));
        Assert.Equal(Default.Predict("Washington pledged fresh aid.", "United States").Probabilities, extended.Predict("Washington pledged fresh aid.", "United States").Probabilities);
    }

    [Fact]
    public void WithAliases_NameOfAnotherTarget_FailsNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => Default.WithAliases("Tesla", "TSLA", "Washington"));

        Assert.Contains("'Washington' already names 'United States'", error.Message);
        Assert.Contains("'Tesla'", error.Message);
        Assert.Equal("aliases", error.ParamName);
    }

    [Theory]
    [InlineData("the US", "'the US' already names 'United States'")]
    [InlineData("the Washington", "'the Washington' already names 'United States'")]
    [InlineData("Kremlin", "'Kremlin' already names 'Russia'")]
    [InlineData("Xi Jinping", "'Xi Jinping' is a person the model reads as speaking for 'China'")]
    public void WithAliases_OtherFormOfAnotherTargetsNameOrItsPerson_Fails(string alias, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => Default.WithAliases("Tesla", alias));

        Assert.Contains(expected, error.Message);
        Assert.Equal("aliases", error.ParamName);
    }

    [Theory]
    [InlineData("Vladimir Putin", "Vladimir Vladimirovich Putin", "Putin praised the ceasefire.", "Putin")]
    [InlineData("Putin", "Vlad", "Vladimir Putin praised the ceasefire.", "Vladimir Putin")]
    public void WithAliases_PersonAsTheTarget_StillFoundByTheNamesTheyWereFoundByBefore(string target, string alias, string text, string found)
    {
        // The target was unknown, so found by the representatives' names that are its own; once known (WithAliases), it
        // was found by its aliases alone, and its stance read as though it were not mentioned.
        var extended = Default.WithAliases(target, alias);

        var mention = Assert.Single(extended.FindMentions(text, target));
        Assert.Equal(found, text.Substring(mention.Start, mention.Length));
        Assert.Equal(Default.FindMentions(text, target), extended.FindMentions(text, target));
        Assert.Equal(Default.Predict(text, target).Probabilities, extended.Predict(text, target).Probabilities);
    }

    [Fact]
    public void WithAliases_ThePersonsOwnNameForThePerson_AcceptedAndRussiaStillMentionedByIt()
    {
        // "Putin" speaks for Russia; as a name of the target "Vladimir Putin" it was refused as another target's person.
        var extended = Default.WithAliases("Vladimir Putin", "Putin");
        const string text = "Putin praised the ceasefire.";

        Assert.Single(extended.FindMentions(text, "Vladimir Putin"));
        Assert.Equal(Default.FindMentions(text, "Russia"), extended.FindMentions(text, "Russia"));
        Assert.Equal(Default.Predict(text, "Russia").Probabilities, extended.Predict(text, "Russia").Probabilities);
        Assert.Equal(Default.Predict(text, "United States").Probabilities, extended.Predict(text, "United States").Probabilities);
    }

    [Fact]
    public void WithAliases_PersonsNameForATargetThatIsNoPerson_StillRefused()
    {
        // "Trump tariffs" holds the name "Trump" but is a policy, not the person.
        var error = Assert.Throws<ArgumentException>(() => Default.WithAliases("Trump tariffs", "Trump"));

        Assert.Contains("is a person the model reads as speaking for 'United States'", error.Message);
    }

    [Fact]
    public void WithAliases_PersonOfTheSameTarget_Accepted()
    {
        var extended = Default.WithAliases("China", "Xi Jinping");

        Assert.Equal(["China"], extended.FindTargets("Xi Jinping praised the deal."));
    }

    [Fact]
    public void WithAliases_PersonOfTheSameTarget_ResolvesAsThatTargetWhenPassedAsOne()
    {
        const string text = "Xi Jinping's government imposed new tariffs on Australian wine, and Canberra condemned the move.";
        var extended = Default.WithAliases("China", "Xi Jinping");

        Assert.NotEqual(Default.Predict(text, "China").Probabilities["against"], Default.Predict(text, "Xi Jinping").Probabilities["against"]);
        Assert.Equal(extended.Predict(text, "China").Probabilities["against"], extended.Predict(text, "Xi Jinping").Probabilities["against"]);
    }

    [Theory]
    [InlineData("US", "us", "United States", "US")]
    [InlineData("European Union", "eu", "European Union", "EU")]
    [InlineData("United Nations", " un ", "United Nations", "UN")]
    [InlineData("US", "u.s.", "United States", "U.S.")]
    [InlineData("Tesla", "tsl", "Tesla", "TSL")]
    public void WithAliases_ShortLowerCaseAliasOfAName_FailsSayingToWriteItInCapitals(string target, string alias, string canonical, string capitals)
    {
        var error = Assert.Throws<ArgumentException>(() => Default.WithAliases(target, alias));

        var name = alias.Trim();
        Assert.Equal($"'{name}' has 3 letters or fewer and no capital, so as a name of '{canonical}' it would match the ordinary word '{name}' "
            + $"in every text; write it in capitals ('{capitals}'), which match only as written. (Parameter 'aliases')", error.Message);
    }

    [Fact]
    public void WithAliases_ShortAliasInCapitalsOrOfAPolicy_Accepted()
    {
        const string text = "Let us hope the EU and the UN back the new tax on us.";

        var capitals = Default.WithAliases("Tesla", "TSL");
        var policy = Default.WithAliases("windfall tax", "tax");

        Assert.Empty(capitals.FindMentions("Give us a break.", "Tesla"));
        Assert.Single(capitals.FindMentions("TSL shares fell.", "Tesla"));
        Assert.Single(policy.FindMentions(text, "windfall tax"));
        Assert.DoesNotContain("United States", Default.FindTargets(text));
    }

    [Fact]
    public void WithAliases_ShortAliasWithACapital_AcceptedAndFoundOnlyWrittenWithOne()
    {
        // "Al" matches in any case, as "Xi" and "Turkey" do; the default model's NamesAsWritten keeps it from the word
        // in a text with capitals, where a lower-case "al" would be kept as the table writes it (and so is refused).
        // ("Us", a function word, is refused as such: it would be found at every sentence opening "Us": FunctionWordTargetsTests.)
        var withAl = Default.WithAliases("Tesla", "Al");

        Assert.Empty(withAl.FindMentions("They dined al fresco near the plant.", "Tesla"));
        Assert.Single(withAl.FindMentions("Al and the carmaker said so.", "Tesla"));
        Assert.True(Default.Info.Featurizer.NamesAsWritten);
    }

    [Fact]
    public void DefaultModel_AliasTable_HoldsNoShortLowerCaseNameOfAName()
    {
        var refused = Default.Info.Aliases.SelectMany(kv => kv.Value.Select(name => Classifier.Stance.AliasTable.OrdinaryWord(name.Trim(), kv.Key)))
            .Where(message => message is not null);

        Assert.Empty(refused);
        Assert.Contains("aid", Default.Info.Aliases["foreign aid"]);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void WithAliases_BlankAlias_FailsNamingTheParameter(string alias)
    {
        var error = Assert.Throws<ArgumentException>(() => Default.WithAliases("Tesla", "TSLA", alias));

        Assert.Equal("aliases", error.ParamName);
    }

    [Fact]
    public void WithAliases_NullTargetOrAliases_Fails()
    {
        Assert.Throws<ArgumentNullException>(() => Default.WithAliases(null!, "TSLA"));
        Assert.Throws<ArgumentNullException>(() => Default.WithAliases("Tesla", (IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>(() => Default.WithAliases("Tesla", ["TSLA", null!]));
    }
}
