using Classifier.Articles;

namespace Classifier.Tests.Articles;

// Glued sentence ends after a name's number, an amount or a shouted "NO", before a dotted acronym that ends its own
// sentence, and a time zone before an attribution.
public sealed partial class SentenceSplitterTests
{
    [Theory]
    [InlineData("Neil Armstrong flew on Apollo 11.NASA said the landing was a success.", "Neil Armstrong flew on Apollo 11.", "NASA said the landing was a success.")]
    [InlineData("Messi's last World Cup was Qatar 2022.FIFA announced record sales.", "Messi's last World Cup was Qatar 2022.", "FIFA announced record sales.")]
    public void Split_AcronymBeforeAReportingVerbGluedToANamesNumber_Splits(string text, string first, string second)
    {
        // After a name, "737.MAX" is a model's number and its variant; an acronym that goes on with "said" is who said it.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The Boeing 737.MAX was grounded again.")]
    [InlineData("Airlines said the Airbus 350.XWB is reliable.")]
    public void Split_VariantAfterANamesNumberBeforeAVerb_KeepsOneSentence(string text)
    {
        // Only a verb of saying right after the acronym makes it a speaker; "MAX was", "XWB is" go on with the model's name.
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Argentina were crowned champions in 2022.FIFA's president praised the final.", "Argentina were crowned champions in 2022.", "FIFA's president praised the final.")]
    [InlineData("The tournament ended in December 2022.FIFA, which runs it, called it a success.", "The tournament ended in December 2022.", "FIFA, which runs it, called it a success.")]
    [InlineData("Argentina won the 2022.FIFA said the final drew record crowds.", "Argentina won the 2022.", "FIFA said the final drew record crowds.")]
    public void Split_GluedAcronymGoingOnWithAPossessiveOrAComma_Splits(string text, string first, string second)
    {
        // A glued acronym opens a sentence as a capitalised word does, whether a space, a possessive or a comma follows it.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Shares closed at $2.5.The company said it would cut costs.", "Shares closed at $2.5.", "The company said it would cut costs.")]
    [InlineData("The bond fell to \u20AC1.75.Traders blamed the election.", "The bond fell to \u20AC1.75.", "Traders blamed the election.")]
    [InlineData("Prices hit US$2.5.The bank said so.", "Prices hit US$2.5.", "The bank said so.")]
    [InlineData("The rest was paid as $3.The talks went on.", "The rest was paid as $3.", "The talks went on.")]
    public void Split_NoSpaceAfterAnAmount_Splits(string text, string first, string second)
    {
        // A number after a currency sign is an amount, never a version or a list number: it ends a sentence as "3.5" after small letters does.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Upgrade to v2.5.The patch fixes the bug.")]
    [InlineData("The release of Python 3.5.The team shipped it in 2015.")]
    public void Split_VersionGluedToACapital_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The answer was NO.Two ministers resigned that night.", "The answer was NO.", "Two ministers resigned that night.")]
    [InlineData("Voters shouted NO.One man was arrested.", "Voters shouted NO.", "One man was arrested.")]
    public void Split_AllCapsNoGluedToANumberWord_Splits(string text, string first, string second)
    {
        // "NO" in capitals is the word shouted, read as a small "no": a rank is written "No." or "no.".
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_AllCapsNoGluedToANumberWordAfterARankWord_KeepsOneSentence()
    {
        const string text = "She beat the world NO.Two in the final.";

        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The protest was held in Washington.D.C. Officials said it was peaceful.", "The protest was held in Washington.D.C.", "Officials said it was peaceful.")]
    [InlineData("The deal was agreed.U.S. The talks resume in May.", "The deal was agreed.U.S.", "The talks resume in May.")]
    public void Split_GluedStopBeforeADottedAcronymThatEndsASentence_KeepsTheAcronymWithTheWordsBefore(string text, string first, string second)
    {
        // "D.C." before "Officials" ends a sentence (as "...in Washington, D.C. Officials said" does); a sentence of "D.C."
        // alone is none, so the glued stop before it is a dropped comma or space ("Washington, D.C."), not a sentence end.
        Assert.Equal([first, second], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The protest was held in Washington.D.C.")]
    [InlineData("The envoys met in Geneva.U.N.")]
    public void Split_GluedStopBeforeADottedAcronymThatEndsTheText_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void Split_GluedStopBeforeADottedAcronymGoingOnWithSmallLetters_StillSplits()
    {
        // "D.C. officials said it was peaceful": the acronym opens the next sentence, so the glued stop ends one.
        const string text = "The protest was held in Washington.D.C. officials said it was peaceful.";

        Assert.Equal(["The protest was held in Washington.", "D.C. officials said it was peaceful."], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("The vote closed at 9 p.m. Eastern officials said.")]
    [InlineData("Polls closed at 8 p.m. Pacific election officials said, and the count began.")]
    [InlineData("The vote closed at 9 p.m. Eastern officials said Tuesday.")]
    [InlineData("The deadline passed at 9 p.m. Central the ministry said.")]
    public void Split_TimeOfDayBeforeAZoneAndAnAttribution_KeepsOneSentence(string text)
    {
        // A zone's name is capitalised wherever it stands, so its capital is no sign of a new sentence; "Eastern officials
        // said." with nothing said is no sentence, but the attribution of the one before ("...9 p.m. Eastern, officials said").
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }
}
