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
    public void All_Name_TellsWhetherEveryWordIsAFunctionWord(string name, bool expected)
    {
        Assert.Equal(expected, FunctionWords.All(name));
    }

    [Theory]
    [InlineData("the", false, true)]
    [InlineData("the", true, true)]
    [InlineData("May", false, true)]
    [InlineData("May", true, false)]
    [InlineData("WE", false, false)]
    [InlineData("MIGHT", false, true)]
    [InlineData("MIGHT", true, false)]
    [InlineData("Brexit", false, false)]
    public void FoundEverywhere_NameAndReading_TellsWhetherEveryUseOfTheWordWouldMatch(string name, bool namesAsWritten, bool expected)
    {
        Assert.Equal(expected, FunctionWords.FoundEverywhere(name, namesAsWritten));
    }
}
