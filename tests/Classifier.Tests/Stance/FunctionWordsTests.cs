using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>What <see cref="FunctionWords"/> reads as only function words, and which of those it finds in every text.</summary>
public sealed class FunctionWordsTests
{
    [Theory]
    [InlineData("the", true)]
    [InlineData("Of The", true)]
    [InlineData("out-of", true)]
    [InlineData("The Hague", false)]
    [InlineData("the 2030", false)]
    [InlineData("2030", false)]
    [InlineData("Will Smith", false)]
    [InlineData("", false)]
    [InlineData("th\u00ADe", true)] // a soft hyphen is read as absent
    [InlineData("th\u200Be", true)] // and a zero-width space
    [InlineData("&#116;heir", true)] // a character reference is read as its character
    [InlineData("without", true)] // the longest words of the list
    [InlineData("between", true)]
    [InlineData("the \U0001F600", true)] // an emoji is no word
    [InlineData("A", true)]
    [InlineData("throughout", false)] // longer than any function word
    [InlineData("\U0001D413he", false)] // a mathematical bold T: a letter of another word
    public void All_Name_TellsWhetherEveryWordIsAFunctionWord(string name, bool expected)
    {
        Assert.Equal(expected, FunctionWords.All(name));
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("May", true)] // at the start of every sentence that opens with "May"
    [InlineData("WE", false)] // matched only as written
    [InlineData("MAY", false)]
    [InlineData("I", true)] // one letter in capitals is every "I"
    [InlineData("MIGHT", true)] // longer than 3 letters: matched in any case
    [InlineData("Brexit", false)]
    [InlineData("&#87;&#69;", false)] // read as "WE"
    public void FoundEverywhere_Name_TellsWhetherEveryUseOfTheWordWouldMatch(string name, bool expected)
    {
        Assert.Equal(expected, FunctionWords.FoundEverywhere(name));
    }
}
