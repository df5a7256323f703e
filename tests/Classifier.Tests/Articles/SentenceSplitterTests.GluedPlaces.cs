using Classifier.Articles;

namespace Classifier.Tests.Articles;

// Glued stops a review found read wrongly: a model's variant before a verb of saying, a year before an event's name, a
// shouted "NO" that ranks, and a place's state or district glued to it ("Albany.N.Y.", "Washington.D.C.-based").
public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("Owners of the Boeing 737.MAX said the jets were safe.")]
    [InlineData("Pilots of the Airbus 320.NEO said the engines were quiet.")]
    public void Split_ModelVariantGluedToANamesNumberBeforeAVerbOfSaying_KeepsOneSentence(string text)
    {
        // "MAX" and "NEO" are variants of a model, never a speaker: "said" after them does not make "737." end a sentence.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("He was NO.One in the world for a decade.")]
    [InlineData("She is NO.Two in the party now.")]
    [InlineData("They were no.Two for years.")]
    public void Split_NoGluedToANumberWordAfterAPronounAndABe_KeepsOneSentence(string text)
    {
        // "He was no." is no sentence (a person is not "no"), as "There was no." is none: the "no" ranks what follows.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Qatar hosted the 2022.FIFA World Cup.")]
    [InlineData("Madrid won the 2018.UEFA Champions League final.")]
    [InlineData("He won the 2022.U.S. Open final.")]
    public void Split_YearAfterTheGluedToAnAcronymOpeningAName_KeepsOneSentence(string text)
    {
        // "the 2022" names an edition of what follows ("the 2022 FIFA World Cup"), as "Boeing 737" names a model's.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Albany.N.Y. Officials said the road was closed.", "Albany.N.Y.", "Officials said the road was closed.")]
    [InlineData("The protest was held in Albany.N.Y. Officials said it was peaceful.", "The protest was held in Albany.N.Y.", "Officials said it was peaceful.")]
    [InlineData("The protest was held in Albany, N.Y. Officials said it was peaceful.", "The protest was held in Albany, N.Y.", "Officials said it was peaceful.")]
    [InlineData("The jury sat in Newark.N.J. The verdict came on Friday.", "The jury sat in Newark.N.J.", "The verdict came on Friday.")]
    [InlineData("He moved to N.Y. The next day he left.", "He moved to N.Y.", "The next day he left.")]
    public void Split_StateAbbreviationBeforeAWordThatOpensSentences_EndsTheSentenceAfterIt(string text, string first, string second)
    {
        // As "Washington.D.C. Officials said" and "Washington, D.C. Officials said": a state's "N.Y." is no initials.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The paper was the N.Y. Times then.")]
    [InlineData("The book by J.K. Rowling sold well.")]
    public void Split_StateAbbreviationOrInitialsBeforeAName_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Washington.D.C.-based groups protested.")]
    [InlineData("The Albany.N.Y.-area schools closed early.")]
    public void Split_PlaceGluedToItsStateBeforeAHyphen_KeepsOneSentence(string text)
    {
        // "Washington.D.C.-based" is "Washington, D.C.-based" with its comma dropped, not "Washington." and a new sentence.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The envoys met in Paris.U.S.-led talks resumed.", "The envoys met in Paris.", "U.S.-led talks resumed.")]
    [InlineData("Ministers agreed.D.C.-based groups protested.", "Ministers agreed.", "D.C.-based groups protested.")]
    public void Split_OtherDottedAcronymOrAfterSmallLettersBeforeAHyphen_StillSplits(string text, string first, string second)
    {
        // Only a state or district after a place's name is its comma dropped; "U.S.-led" after a city opens a sentence.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("It was NO.Two ministers resigned.", "It was NO.", "Two ministers resigned.")]
    [InlineData("Voters said no.One in five stayed home.", "Voters said no.", "One in five stayed home.")]
    [InlineData("Argentina won in 2022.FIFA World Cup tickets sold out.", "Argentina won in 2022.", "FIFA World Cup tickets sold out.")]
    [InlineData("Neil Armstrong flew on Apollo 11.NASA announced the landing.", "Neil Armstrong flew on Apollo 11.", "NASA announced the landing.")]
    public void Split_NearTheNewRulesButOutsideThem_StillSplits(string text, string first, string second)
    {
        // "It was no." is a sentence ("it" may be the answer); a year after "in" ends one; a speaker is no model's variant.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }
}
