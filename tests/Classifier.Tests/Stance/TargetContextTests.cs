using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// A target read by <see cref="System.Text.Rune"/>: a letter outside the Basic Multilingual Plane (a mathematical bold
/// letter, written as a surrogate pair) is one letter of its word, as a letter inside the plane is, for the target's
/// stems, its whole-word matches and its plural.
/// </summary>
public sealed class TargetContextTests
{
    private static readonly AliasTable Table = new(new Dictionary<string, IReadOnlyList<string>> { ["United States"] = ["Washington"] });

    [Theory]
    [InlineData("tidal power", "tidal|power")]
    [InlineData("𝐜𝐥𝐢𝐦𝐚𝐭𝐞 action", "𝐜𝐥𝐢𝐦𝐚𝐭|action")] // the bold word is a word, not dropped
    [InlineData("tari𝐟𝐟s", "tari𝐟𝐟")] // one word of seven letters, not "tari" and "s"
    [InlineData("refor𝐦s", "refor𝐦")] // six letters, never five and half a pair
    [InlineData("𝐭𝐚𝐱 cuts", "cuts")] // three letters are too few, though six chars
    public void Create_WordsWithLettersOutsideThePlane_StemsThemByLetter(string target, string stems) =>
        Assert.Equal(stems, string.Join("|", TargetContext.Create(target, Table).Stems));

    [Fact]
    public void Extract_StemOfAWordWithABoldLetter_IsNoPartialMentionOfAnotherWord()
    {
        // Char by char, "tari𝐟𝐟s" gave the stem "tari", which "Tariffs" starts with: a partial mention of a word the text lacks.
        const string text = "Tariffs on steel rose again.";

        Assert.True(Untouched(text, "tari𝐟𝐟s"));
        Assert.False(Untouched(text, "tariffs"));
    }

    [Theory]
    [InlineData("Vladimir Putin", "Putin", true)]
    [InlineData("𝐕 Putin", "Putin", true)]
    [InlineData("𝐕Putin", "Putin", false)] // the bold letter continues the word
    [InlineData("Putin𝐕", "Putin", false)]
    [InlineData("Putin🇺🇸", "Putin", true)] // a flag is no letter
    public void ContainsWords_NameNextToALetterOutsideThePlane_IsNoWholeWord(string text, string words, bool expected) =>
        Assert.Equal(expected, TargetContext.ContainsWords(text, words));

    [Fact]
    public void Variants_LastLetterOutsideThePlane_AddsThePlural() =>
        Assert.Contains("tidal 𝐩𝐨𝐰𝐞𝐫s", TargetContext.Variants("tidal 𝐩𝐨𝐰𝐞𝐫"));

    [Fact]
    public void Create_NameInBoldCapitals_IsAName() =>
        Assert.True(TargetContext.Create("𝐁𝐢𝐝𝐞𝐧", Table).IsName);

    private static bool Untouched(string text, string target)
    {
        var sink = new FeatureSink();
        new TextFeaturizer(new FeaturizerSettings(), lexicon: null, Table).Extract(text, TargetContext.Create(target, Table), sink);
        return sink.TargetUntouched;
    }
}
