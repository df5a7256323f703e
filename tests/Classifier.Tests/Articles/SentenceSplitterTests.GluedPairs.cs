using Classifier.Articles;

namespace Classifier.Tests.Articles;

// Every pairing of a few sentence ends and starts, glued with no space: the narrow glued-stop rules (a model's variant, a
// year before an event's name, a "no" after a pronoun and "was", a place's state) must not keep an ordinary end whole.
public sealed partial class SentenceSplitterTests
{
    private static readonly string[] GluedFirsts =
    [
        "The ministry said.", "Talks stalled in Moscow.", "The answer was no.", "Voters shouted NO.", "It was NO.",
        "The pact was signed in 2019.", "Argentina won the 2022.", "Prices rose 5%.",
        "The Boeing 737 was grounded in 2019.",
    ];

    private static readonly string[] GluedSeconds =
    [
        "The talks resume on Monday.", "Officials said it was peaceful.", "Two ministers resigned.", "It was delayed.",
        "However, the count went on.",
    ];

    /// <summary>Each sentence end of <see cref="GluedFirsts"/> with each start of <see cref="GluedSeconds"/>.</summary>
    public static TheoryData<string, string> GluedPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var first in GluedFirsts)
        {
            foreach (var second in GluedSeconds)
            {
                data.Add(first, second);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GluedPairs))]
    public void Split_OrdinarySentencesGluedWithNoSpace_SplitsBackIntoBoth(string first, string second)
    {
        Assert.Equal([first, second], SentenceSplitter.Split(first + second).Select(s => s.Text));
    }

    /// <summary>A pronoun, a form of "be" and a glued "no" before a number word, in each case the splitter knows.</summary>
    public static TheoryData<string> RanksAfterAPronoun()
    {
        var data = new TheoryData<string>();
        foreach (var subjectAndBe in new[] { "He was", "She is", "They were", "We are", "I was", "You were", "He is", "She was" })
        {
            foreach (var no in new[] { "no", "NO", "No" })
            {
                data.Add($"{subjectAndBe} {no}.One in the world.");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RanksAfterAPronoun))]
    public void Split_RankAfterAPronounAndABe_KeepsOneSentence(string text)
    {
        Assert.Equal([text], SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Theory]
    [InlineData("Washington", "D.C.")]
    [InlineData("Albany", "N.Y.")]
    [InlineData("Newark", "N.J.")]
    [InlineData("Raleigh", "N.C.")]
    public void Split_PlaceGluedToItsState_KeepsTheStateWithThePlace(string place, string state)
    {
        // Before a hyphen's compound the state stays whole with its place; before a word that opens sentences it ends one;
        // before small letters the glued stop ends the sentence and the state opens the next ("D.C. officials said").
        Assert.Equal([$"{place}.{state}-based groups protested."], SentenceSplitter.Split($"{place}.{state}-based groups protested.").Select(s => s.Text));
        Assert.Equal([$"It was in {place}.{state}", "Officials said so."], SentenceSplitter.Split($"It was in {place}.{state} Officials said so.").Select(s => s.Text));
        Assert.Equal([$"It was in {place}.", $"{state} officials said so."], SentenceSplitter.Split($"It was in {place}.{state} officials said so.").Select(s => s.Text));
    }
}
