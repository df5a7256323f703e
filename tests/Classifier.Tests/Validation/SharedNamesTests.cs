using Classifier.Training.Validation;

namespace Classifier.Tests.Validation;

/// <summary>
/// The story screen of <c>validate-data --near-report</c>: the source sentence sharing two or more names with a labeled
/// sentence, which the copy screen misses when the same event is told in other words.
/// </summary>
public sealed class SharedNamesTests
{
    private static SharedNames Sources(params string[] sentences)
    {
        var names = new SharedNames();
        foreach (var s in sentences)
        {
            names.Add(s);
        }

        return names;
    }

    [Fact]
    public void Find_SameStoryInOtherWords_GivesTheSourceAndTheNamesAsTheSentenceWritesThem()
    {
        var names = Sources(
            "Officials in Gabon welcomed the decision.",
            "Leaders of the African Union voted to readmit Gabon after the coup.",
            "The officials met in the capital.");

        var found = names.Find("The African Union lifted Gabon's suspension.");

        Assert.NotNull(found);
        Assert.Equal(1, found.Value.Sentence);
        Assert.Equal(["African Union", "Gabon"], found.Value.Names);
    }

    [Fact]
    public void Find_OneNameShared_Null()
    {
        var names = Sources("Leaders of the African Union voted to readmit Gabon after the coup.");

        Assert.Null(names.Find("Voters in Gabon went to the polls."));
        // One name of two words is one name: "African" and "Union" are not two.
        Assert.Null(names.Find("The African Union met in the capital."));
    }

    [Fact]
    public void Find_TwoSourcesSharingAsMany_TakesTheFirstAdded()
    {
        var names = Sources("Ships from Benin reached Lagos.", "Traders in Benin and Lagos protested.");

        Assert.Equal(0, names.Find("Benin and Lagos agreed a deal.")!.Value.Sentence);
    }

    [Fact]
    public void Find_NameInMoreSourcesThanTheLimit_IsNotLookedUp()
    {
        var sentences = Enumerable.Range(0, SharedNames.MaxNameFrequency).Select(i => $"Talks with China went on for {i} days.")
            .Append("Exports from China to Gabon rose.").ToArray();
        var names = Sources(sentences);

        Assert.Null(names.Find("China and Gabon signed a deal."));
        Assert.NotNull(Sources(sentences[^1]).Find("China and Gabon signed a deal."));
    }

    [Fact]
    public void Find_NamesMoreSourcesShareThanTheLimit_NullAsACommonPairing()
    {
        var sentences = Enumerable.Range(0, SharedNames.MaxSharing + 1).Select(i => $"Trade between Britain and France grew by {i} percent.").ToArray();

        Assert.Null(Sources(sentences).Find("Britain and France signed a fisheries deal."));
        Assert.Equal(0, Sources(sentences[..SharedNames.MaxSharing]).Find("Britain and France signed a fisheries deal.")!.Value.Sentence);
    }

    [Fact]
    public void Find_NamesMoreSourcesShareThanTheLimitButOneSharesMore_GivesThatOne()
    {
        var sentences = Enumerable.Range(0, SharedNames.MaxSharing + 1).Select(i => $"Trade between Britain and France grew by {i} percent.")
            .Append("Ferries from Britain to France stopped at Calais.").ToArray();

        Assert.Equal(SharedNames.MaxSharing + 1, Sources(sentences).Find("Britain and France reopened the port of Calais.")!.Value.Sentence);
    }

    [Theory]
    [InlineData("The African Union met, and the Union agreed.")]
    [InlineData("The Union met, and the African Union agreed.")] // the short form first: counted twice before
    public void Find_OneNameWrittenInFullAndShort_CountsOnce(string text)
    {
        var names = Sources("Leaders of the African Union met.", "Voters in Gabon and the Union agreed.");

        Assert.Null(names.Find(text));
    }

    [Fact]
    public void Find_ShortFormFirstWithAnotherName_ListsTheFullNameOnceInTextOrder()
    {
        var names = Sources("Leaders of the African Union voted to readmit Gabon after the coup.");

        Assert.Equal(["African Union", "Gabon"], names.Find("The Union's vote, the African Union said, restored Gabon.")!.Value.Names);
    }

    [Fact]
    public void Find_NameWrittenTwiceInTheSentence_ListedOnce()
    {
        var names = Sources("Ships of the Greek and Turkish navies met near Kos.");

        Assert.Equal(["Greek", "Turkish"], names.Find("Greek and Turkish boats shadowed each other, Greek television said.")!.Value.Names);
    }

    [Theory]
    [InlineData("Gabon", true)]
    [InlineData("Officials", false)] // written in lower case inside a sentence more often
    [InlineData("March", false)] // a month names a date, not a story
    [InlineData("The", false)] // a function word, though written with a capital inside a sentence
    [InlineData("US", true)] // an abbreviation, though "us" is a function word
    [InlineData("I", false)]
    [InlineData("Lagos", false)] // only ever at the start of a sentence: the sources cannot tell it from a common word
    public void IsName_WordWrittenWithACapital_IsANameWhenTheSourcesWriteItSoInsideSentences(string word, bool expected)
    {
        var names = Sources("Officials in Gabon met in March.", "The officials left.", "Lagos voted.", "Talks in Gabon ended.",
            "A film called The Talks won.", "Critics said The Talks was long.", "Envoys of the US and I met us.");

        Assert.Equal(expected, names.IsName(word));
    }
}
