using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Features;

/// <summary>Which lexicon terms a text matches (<see cref="Lexicon.Emit"/>): the longest term at each word, phrases up to four words.</summary>
public sealed class LexiconTests
{
    private static readonly FeaturizerSettings Words = new() { CharNgramMax = 0, WordNgramMax = 1, MarkNegation = false };

    private static readonly Lexicon BuiltIn = new(BuiltInResources.Lexicon());

    private static readonly Lexicon Terms = new([
        new LexiconEntry("peace", 1, 1),
        new LexiconEntry("peace talks broke down", -1, 2),
        new LexiconEntry("broke", -1, 1),
        new LexiconEntry("talks stalled", -1, 1),
        new LexiconEntry(":)", 1, 1),
    ]);

    [Theory]
    [InlineData("The peace talks broke down on Friday.", "peace talks broke down:-1")]
    [InlineData("The peace talks resumed.", "peace:1")]
    [InlineData("Both sides kept the peace", "peace:1")]
    [InlineData("The truce broke, and talks stalled.", "broke:-1 talks stalled:-1")]
    [InlineData("Talks resumed in Geneva.", "")]
    public void Emit_Text_MatchesTheLongestTermAtEachWord(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Matches(Terms, text)));
    }

    [Theory]
    [InlineData("The peace. Talks broke down", "peace:1 broke:-1")]
    [InlineData("The peace talks, broke down", "peace:1 broke:-1")]
    [InlineData("The truce broke; talks stalled", "broke:-1 talks stalled:-1")]
    [InlineData("The talks! Stalled", "")]
    [InlineData("The talks (stalled)", "")]
    [InlineData("Peace [talks] broke down", "peace:1 broke:-1")]
    [InlineData("The peace talks - broke down", "peace talks - broke down:-1")]
    [InlineData("Peace talks 'broke down'", "peace talks 'broke down:-1")]
    public void Emit_TermAcrossAClauseBreak_DoesNotMatch(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Matches(Terms, text)));
    }

    [Theory]
    [InlineData("Exports were strong. Demand at home fell", "strong:1 fell:-1")]
    [InlineData("Exports met strong demand", "strong demand:1")]
    [InlineData("Not :(great", ":(:-1 great:1")]
    [InlineData("He would lift U.S. sanctions on Syria", "lift u.s. sanctions:1")]
    [InlineData("Sanctions stay, he would not lift. U.S. sanctions on Syria", "sanctions:-1 sanctions:-1")]
    [InlineData("The plant will shut. Down the road, a new one opens", "")]
    public void Emit_BuiltInTermAcrossAClauseBreak_DoesNotMatch(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Matches(BuiltIn, text)));
    }

    [Fact]
    public void Emit_EachTermOfTheBuiltInLexiconAlone_MatchesThatWholeTerm()
    {
        var entries = BuiltInResources.Lexicon();
        var lexicon = BuiltIn;
        var missed = new List<string>();
        foreach (var entry in entries)
        {
            var matches = Matches(lexicon, entry.Term);
            if (matches.Count != 1 || matches[0][..matches[0].LastIndexOf(':')] != entry.Term.Trim().ToLowerInvariant())
            {
                missed.Add($"{entry.Term} -> [{string.Join(", ", matches)}]");
            }
        }

        Assert.True(entries.Count > 1000, $"the built-in lexicon has only {entries.Count} entries");
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("Thieves steal cars from the depot.", "thieves:-1 steal:-1")]
    [InlineData("The flat was a steal at that price.", "a steal:1")]
    [InlineData("Prices went up in May.", "")]
    [InlineData("At least 33 people, 333 in all.", "")]
    [InlineData("Loved it <33", "loved it:1 <33:1")]
    [InlineData("Ten of 10 analysts rated it 10/10.", "10/10:1")]
    [InlineData("The star of the party left.", "")]
    [InlineData("The film earned 0 stars from us.", "0 stars:-1")]
    [InlineData("The government must act now.", "")]
    [InlineData("The new bus service is a  must!", "a  must:1")]
    [InlineData("Tickets for the gala are a must-have", "a must-have:1")]
    [InlineData("#failsafe was on, #fail", "#fail:-1")]
    [InlineData("They struck a deal at dawn.", "struck a deal:1")]
    [InlineData("We had a blast.", "had a blast:1")]
    [InlineData("I love it and i hate it", "i love:1 i hate:-1")]
    [InlineData("Read https://news.example/terrible-crash-kills-10 :(", ":(:-1")]
    [InlineData("More at www.great-deals.example today, sadly", "sadly:-1")]
    public void Emit_BuiltInLexicon_MatchesWholeTermsOnly(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Matches(BuiltIn, text)));
    }

    [Theory]
    [InlineData("I can recommend it.", "recommend:1")]
    [InlineData("I can't recommend it.", "can't recommend:-1")]
    [InlineData("I can\u2019t recommend it enough.", "can't recommend it enough:1")]
    [InlineData("The reform can wait until spring.", "reform:1")]
    [InlineData("We can't wait for spring.", "can't wait:1")]
    [InlineData("Her team won work in Lyon.", "")]
    [InlineData("The plan won't work.", "won't work:-1")]
    [InlineData("I ca n't recommend it.", "ca n't recommend:-1")]
    [InlineData("It does n't work.", "does n't work:-1")]
    [InlineData("You wo n't be disappointed.", "wo n't be disappointed:1")]
    [InlineData("Some ca n't, stand by.", "")]
    public void Emit_TermWithANotContraction_MatchesOnlyTheContraction(string text, string expected)
    {
        // The token of "can't" is "can": until 7 December "can't recommend" (negative) also matched "can recommend", and
        // treebank-split text ("ca n't recommend") matched nothing.
        Assert.Equal(expected, string.Join(' ', Matches(BuiltIn, text)));
    }

    [Theory]
    [InlineData("You won't regret it.", "you won't regret:1")]
    [InlineData("You wo n't regret it.", "you wo n't regret:1")]
    [InlineData("You won regret.", "regret:-1")]
    [InlineData("They won't, regret.", "regret:-1")]
    [InlineData("Fans can afford it.", "can afford:1")]
    [InlineData("Fans can't afford it.", "")]
    public void Emit_NotContractionAfterATermsFirstWord_MatchesOnlyTheContraction(string text, string expected)
    {
        var lexicon = new Lexicon([new LexiconEntry("you won't regret", 1, 1), new LexiconEntry("regret", -1, 1), new LexiconEntry("can afford", 1, 1)]);

        Assert.Equal(expected, string.Join(' ', Matches(lexicon, text)));
    }

    [Theory]
    [InlineData("It doesn't work.", "doesn't work:-1")]
    [InlineData("It does n't work.", "does n't work:-1")]
    [InlineData("It does work.", "")]
    [InlineData("It does not work.", "")]
    public void Emit_TermWrittenWithASplitNot_MatchesTheContractionEitherWay(string text, string expected)
    {
        var lexicon = new Lexicon([new LexiconEntry("does n't work", -1, 1)]);

        Assert.Equal(expected, string.Join(' ', Matches(lexicon, text)));
    }

    [Fact]
    public void Emit_NegationMarked_NotContractionTermsStillMatch()
    {
        var negating = Words with { MarkNegation = true };

        Assert.Equal(["can't wait:1"], Matches(BuiltIn, "We can't wait.", negating));
        Assert.Equal(["ca n't wait:1"], Matches(BuiltIn, "We ca n't wait.", negating));
        Assert.Equal([], Matches(BuiltIn, "It can wait.", negating));
    }

    [Fact]
    public void Emit_ContractionsOff_TermWithANotContractionStillMatchesIt()
    {
        var plain = Words with { Contractions = false };

        Assert.Equal(["can't stand:-1"], Matches(BuiltIn, "I can't stand it.", plain));
        Assert.Equal([], Matches(BuiltIn, "I can stand it.", plain));
    }

    [Fact]
    public void Emit_NegatedPhrase_CountsAgainstItsPolarity()
    {
        var negating = Words with { MarkNegation = true };

        Assert.Equal(["a joke:1"], Matches(BuiltIn, "This is not a joke.", negating));
        Assert.Equal(["a joke:-1"], Matches(BuiltIn, "This is a joke.", negating));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(14, -1)]
    public void NetValue_FromACharacter_CountsTheWordMatchesFromThere(int from, int expected)
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(Words, "Peace held :) but talks stalled.", sink);

        Assert.Equal(expected, Terms.NetValue(sink, from));
    }

    [Fact]
    public void Emit_NegatedSymbolPhrase_TakesItsWordsNegation()
    {
        var negating = Words with { MarkNegation = true };

        Assert.Equal(["#fail:1"], Matches(BuiltIn, "It was not a #fail", negating));
        Assert.Equal([":(:-1"], Matches(BuiltIn, "It was not :(", negating));
    }

    [Fact]
    public void Emit_DigitsFolded_MatchesNoPhraseWithADigit()
    {
        var folding = Words with { NormalizeDigits = true };

        Assert.Equal([], Matches(BuiltIn, "Rated 5 stars, 10/10 <3", folding));
        Assert.Equal(["5 stars:1", "10/10:1", "<3:1"], Matches(BuiltIn, "Rated 5 stars, 10/10 <3"));
    }

    [Fact]
    public void Emit_TermWithSpacesAroundAndWithin_MatchesAsTyped()
    {
        var lexicon = new Lexicon([new LexiconEntry(" a  real   bargain ", 1, 1), new LexiconEntry("-ish", -1, 1)]);

        Assert.Equal(["a real bargain:1"], Matches(lexicon, "It was a real bargain."));
        Assert.Equal([], Matches(lexicon, "It was ish, at best."));
        Assert.Equal(["-ish:-1"], Matches(lexicon, "Good-ish."));
    }

    [Fact]
    public void Emit_TermWithDecomposedAccents_MatchesTheComposedText()
    {
        // Text is read with its accents composed (ReadingForm), so a term is too: "de\u0301ba\u0302cle" is "débâcle".
        var lexicon = new Lexicon([new LexiconEntry("de\u0301ba\u0302cle", -1, 1), new LexiconEntry("coup de gra\u0302ce", -1, 1)]);

        Assert.Equal(["débâcle:-1", "coup de grâce:-1"], Matches(lexicon, "A débâcle, then the coup de grâce."));
    }

    [Fact]
    public void NetValue_SymbolsWithUnderscores_AreNotCounted()
    {
        var lexicon = new Lexicon([new LexiconEntry("^_^", 1, 1), new LexiconEntry("a steal", 1, 1)]);
        var sink = new FeatureSink();
        FeatureExtractor.Extract(Words, "ok ^_^ and a steal", sink);

        Assert.Equal(1, lexicon.NetValue(sink, 0));
    }

    /// <summary>Each match as "matched words:polarity", in text order.</summary>
    private static List<string> Matches(Lexicon lexicon, string text, FeaturizerSettings? settings = null)
    {
        var sink = new FeatureSink { Trace = [] };
        FeatureExtractor.Extract(settings ?? Words, text, sink);
        sink.BeginBlock(FeatureBlock.Lexicon);
        var from = sink.Count;
        lexicon.Emit(sink);
        sink.EndBlock(FeatureBlock.Lexicon);
        var matches = new List<string>();
        for (var k = from; k < sink.Count; k++)
        {
            if (Lexicon.MatchPolarity(sink.Keys[k]) is var polarity and not 0 && sink.Trace![k] is var (start, end) and (>= 0, _))
            {
                matches.Add($"{sink.Chars.AsSpan(start, end - start)}:{polarity}");
                k += Lexicon.KeysPerMatch - 1;
            }
        }

        return matches;
    }
}
