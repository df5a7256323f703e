using Classifier.Articles;

namespace Classifier.Tests.Articles;

// Glued sentence ends (no space after the stop) around numbers, ranks, labels and dotted acronyms, and times of day.
public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("He said no.One aide disagreed.", "He said no.", "One aide disagreed.")]
    [InlineData("The answer was no.Two ministers resigned that night.", "The answer was no.", "Two ministers resigned that night.")]
    public void Split_SmallLetterNoGluedToANumberWordNotAfterARankWord_Splits(string text, string first, string second)
    {
        // A rank is written "No." or follows "the", "world", "at"...; a small "no" after a verb ends an answer.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Voters said No.One aide disagreed.", "Voters said No.", "One aide disagreed.")]
    [InlineData("The party voted No.Two members abstained.", "The party voted No.", "Two members abstained.")]
    public void Split_CapitalNoGluedToANumberWordAfterAWordOfAnswering_Splits(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("There was no.One said so.")]
    [InlineData("There is no.One left to ask.")]
    public void Split_NoGluedToANumberWordAfterThereIs_KeepsOneSentence(string text)
    {
        // "There was no" needs its noun: "There was no." is no sentence, so the stop ends none.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The song reached the no.One spot in May.")]
    [InlineData("She beat the world no.Two in the final.")]
    [InlineData("He beat the world No.1 in Paris.")]
    [InlineData("The letter went to No.10 Downing Street on Monday.")]
    [InlineData("Read vol.Two of the report first.")]
    [InlineData("The single went to no.One in March.")]
    [InlineData("Her album hit no.One twice.")]
    [InlineData("The band No.Two played first.")]
    [InlineData("He was No.One for a year.")]
    [InlineData("The team reached no.Three in the standings.")]
    public void Split_NumberingAbbreviationGluedToARank_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Exhibit 12.A shows the totals.")]
    [InlineData("The rules in Chapter 3.A apply to banks.")]
    [InlineData("The plan has two parts: 1.The army withdraws.")]
    [InlineData("Windows 7.The update failed to install.")]
    [InlineData("The rules in Section 2.3.A apply to banks.")]
    [InlineData("See rule 4.2.B for the details.")]
    [InlineData("The shop opens at 10.A.M. on weekdays.")]
    public void Split_NumberedLabelOrListItemGluedToACapital_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Prices rose 5%.The bank said so.", "Prices rose 5%.", "The bank said so.")]
    [InlineData("Output fell 0.5%.Officials blamed the strike.", "Output fell 0.5%.", "Officials blamed the strike.")]
    [InlineData("The reforms date from the 1990s.The party resisted them.", "The reforms date from the 1990s.", "The party resisted them.")]
    [InlineData("Inflation rose by 3.The talks stalled.", "Inflation rose by 3.", "The talks stalled.")]
    [InlineData("The fund will close on January 1.A new board takes over.", "The fund will close on January 1.", "A new board takes over.")]
    [InlineData("The vote was set for Sept. 2.It was delayed.", "The vote was set for Sept. 2.", "It was delayed.")]
    public void Split_NoSpaceAfterAPercentDecadeOrOneDigitNumber_Splits(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Growth was 3.5.The bank said so.", "Growth was 3.5.", "The bank said so.")]
    [InlineData("Inflation eased to 2.25.Officials were relieved.", "Inflation eased to 2.25.", "Officials were relieved.")]
    [InlineData("It rose 5 %.The index fell.", "It rose 5 %.", "The index fell.")]
    [InlineData("It rose 5\u00A0%.The index fell.", "It rose 5\u00A0%.", "The index fell.")]
    public void Split_NoSpaceAfterADecimalOrASpacedPercent_Splits(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("It fell 12%.EU officials said so.", "It fell 12%.", "EU officials said so.")]
    [InlineData("The pact was signed in 2019.EU leaders praised it.", "The pact was signed in 2019.", "EU leaders praised it.")]
    [InlineData("Prices fell in the 1990s.U.S. markets rose.", "Prices fell in the 1990s.", "U.S. markets rose.")]
    public void Split_NoSpaceAfterANumberBeforeAnAcronym_Splits(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Regulators grounded the Boeing 737.MAX jets again.")]
    [InlineData("Airlines ordered more Airbus 350.XWB models.")]
    public void Split_NumberAfterANameBeforeAnAcronym_KeepsOneSentence(string text)
    {
        // A number after a capitalised word names a model, a flight or a mission: the acronym goes on with it.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The deal was agreed.U.S. officials said so.", "The deal was agreed.", "U.S. officials said so.")]
    [InlineData("Talks ended in Geneva.U.N. envoys left.", "Talks ended in Geneva.", "U.N. envoys left.")]
    [InlineData("Ministers agreed.U.S.-led talks resume today.", "Ministers agreed.", "U.S.-led talks resume today.")]
    public void Split_NoSpaceBeforeADottedAcronym_Splits(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The deal was worth approx.U.S. $5 billion.")]
    [InlineData("He worked at Carnegie, a.k.a.U.S. Steel.")]
    [InlineData("He worked at Carnegie, a.k.a. Big Steel.")]
    public void Split_AbbreviationBeforeADottedAcronym_KeepsOneSentence(string text)
    {
        // The dotted acronym is read alone, as after a space: "U.S." before a word that opens no sentence goes on.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Polls close at 8 p.m. Eastern time, officials said.")]
    [InlineData("The strike began at 6 a.m. Moscow time and ended at noon.")]
    [InlineData("The launch is set for 9 p.m. Pacific Daylight Time on Sunday.")]
    [InlineData("Markets reopen at 9 a.m. CST on Monday.")]
    [InlineData("The truce began at 12:01 a.m. Local time and held.")]
    [InlineData("The truce began at 12:01 a.m. local time and held.")]
    [InlineData("The truce began at 12:01 a.m. Eastern time and held.")]
    [InlineData("The vote closed at 9 p.m. Eastern, officials said.")]
    [InlineData("The vote closed at 9 p.m. Eastern, then the count began.")]
    [InlineData("The deadline is 11:59 p.m. Eastern on Friday.")]
    [InlineData("Polls close at 8 p.m. Pacific tonight.")]
    public void Split_TimeOfDayBeforeATimeZone_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Shots were heard at 9 p.m. Police said two people died.", "Shots were heard at 9 p.m.", "Police said two people died.")]
    [InlineData("The vote closed at 8 p.m. Central banks were not involved.", "The vote closed at 8 p.m.", "Central banks were not involved.")]
    [InlineData("The raid began at 9 p.m. This time the police were ready.", "The raid began at 9 p.m.", "This time the police were ready.")]
    [InlineData("The shop shuts at 6 p.m. Every time it opens late, fines follow.", "The shop shuts at 6 p.m.", "Every time it opens late, fines follow.")]
    [InlineData("Polls closed at 8 p.m. Over time, turnout has fallen.", "Polls closed at 8 p.m.", "Over time, turnout has fallen.")]
    [InlineData("Polls closed at 8 p.m. Another time, the count took days.", "Polls closed at 8 p.m.", "Another time, the count took days.")]
    [InlineData("Polls closed at 8 p.m. Long time residents queued.", "Polls closed at 8 p.m.", "Long time residents queued.")]
    [InlineData("Polls closed at 8 p.m. Real time results were posted.", "Polls closed at 8 p.m.", "Real time results were posted.")]
    [InlineData("Polls closed at 8 p.m. Lost time cannot be made up.", "Polls closed at 8 p.m.", "Lost time cannot be made up.")]
    [InlineData("Polls closed at 8 p.m. Voting time was cut last year.", "Polls closed at 8 p.m.", "Voting time was cut last year.")]
    [InlineData("The truce began at 12:01 a.m. Local officials said it held.", "The truce began at 12:01 a.m.", "Local officials said it held.")]
    [InlineData("The truce began at 2 a.m. Local, state and federal police moved in.", "The truce began at 2 a.m.", "Local, state and federal police moved in.")]
    [InlineData("The vote closed at 9 p.m. Eastern officials said it went well.", "The vote closed at 9 p.m.", "Eastern officials said it went well.")]
    [InlineData("The deadline passed at 9 p.m. Hawaii on Friday declared an emergency.", "The deadline passed at 9 p.m.", "Hawaii on Friday declared an emergency.")]
    public void Split_TimeOfDayBeforeAWordThatIsNoTimeZone_EndsTheSentence(string text, string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }
}
