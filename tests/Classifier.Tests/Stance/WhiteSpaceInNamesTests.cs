using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Stance;

/// <summary>
/// A name wrapped across lines ("United\r\nStates"), typed with two spaces or a tab, in the text or in the target, is the
/// name with one space. Before, only a single white-space character matched a name's space: a CRLF-wrapped article lost
/// mentions, and the target "South  Korea" was scored as an unknown target.
/// </summary>
public sealed class WhiteSpaceInNamesTests
{
    private const string Text = "Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion.";

    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    [Theory]
    [InlineData(" ")]
    [InlineData("  ")]
    [InlineData("\r\n")]
    [InlineData("\t\t")]
    [InlineData(" \n")]
    [InlineData("\u00A0 ")]
    [InlineData("\u2009")]
    public void FindMentions_NameSplitByAnyRunOfWhiteSpace_FindsTheWholeName(string separator)
    {
        var text = $"Allies condemned the United{separator}States for the strikes, while Beijing praised North{separator}Korea.";

        var span = Assert.Single(Stance.FindMentions(text, "United States"));

        Assert.Equal($"United{separator}States", text.Substring(span.Start, span.Length));
        Assert.Equal(["United States", "China", "North Korea"], Stance.FindTargets(text));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\r\n   ")]
    [InlineData("\r\n\r\n ")]
    public void FindTargets_RunAfterTheOfALongerName_TheLongerNameStillWins(string separator)
    {
        // "the South" (South Korea) and "South African" overlap; the longer name wins however long the run it spans.
        var text = $"Sanctions imposed by the{separator}South African government angered neighbours.";

        Assert.Contains("South Africa", Stance.FindTargets(text));
        Assert.DoesNotContain("South Korea", Stance.FindTargets(text));
        Assert.Empty(Stance.FindMentions(text, "South Korea"));
    }

    [Theory]
    [InlineData("Fans of Newcastle United\n\nStates across the Gulf condemned the strikes.")]
    [InlineData("Fans of Newcastle United\r\n\r\nStates across the Gulf condemned the strikes.")]
    [InlineData("Fans of Newcastle United\u2029States across the Gulf condemned the strikes.")]
    public void FindMentions_NameSplitByAParagraphBreak_IsNoMention(string text) =>
        Assert.Empty(Stance.FindMentions(text, "United States"));

    [Theory]
    [InlineData("Allies condemned the United  States for the strikes.")]
    [InlineData("Allies condemned the United\r\nStates for the strikes.")]
    public void Predict_NameSplitByARunOfWhiteSpace_ScoresAsWithOneSpace(string text)
    {
        var expected = Stance.Predict("Allies condemned the United States for the strikes.", "United States");

        var result = Stance.Predict(text, "United States");

        Assert.Equal(Stance.Labels.Select(l => expected.Probabilities[l]), Stance.Labels.Select(l => result.Probabilities[l]));
    }

    [Theory]
    [InlineData("South  Korea")]
    [InlineData("South\tKorea")]
    [InlineData("South\r\nKorea")]
    [InlineData(" South \u00A0Korea ")]
    public void Predict_TargetWithARunOfWhiteSpace_ScoresAsTheTargetWithOneSpace(string target)
    {
        var expected = Stance.Predict(Text, "South Korea");

        var result = Stance.Predict(Text, target);

        Assert.Equal(target, result.Target);
        Assert.Equal(expected.Label, result.Label);
        Assert.Equal(Stance.TrainingRows("South Korea"), Stance.TrainingRows(target));
        Assert.Equal(Stance.Labels.Select(l => expected.Probabilities[l]), Stance.Labels.Select(l => result.Probabilities[l]));
    }

    [Fact]
    public void Predict_UnknownTargetWithARunOfWhiteSpace_ScoresAsWithOneSpace()
    {
        const string text = "The government scrapped the windfall levy after a year of lobbying.";
        var expected = Stance.Predict(text, "windfall levy");

        var result = Stance.Predict(text, "windfall\t\tlevy");

        Assert.Equal(Stance.Labels.Select(l => expected.Probabilities[l]), Stance.Labels.Select(l => result.Probabilities[l]));
    }

    [Theory]
    [InlineData("The windfall levy was scrapped.", "windfall levy")]
    [InlineData("The windfall\r\nlevy was scrapped.", "windfall\r\nlevy")]
    public void WithAliases_AliasWithTwoSpaces_IsFoundWrittenWithAnyWhiteSpace(string text, string expected)
    {
        var stance = Stance.WithAliases("windfall tax", ["windfall  levy"]);

        var span = Assert.Single(stance.FindMentions(text, "windfall tax"));

        Assert.Equal(expected, text.Substring(span.Start, span.Length));
    }

    [Theory]
    [InlineData("united states", "united states", 13)]
    [InlineData("united  states of", "united states", 14)]
    [InlineData("united\r\n\tstates", "united states", 15)]
    [InlineData("unitedstates", "united states", 0)]
    [InlineData("united -states", "united states", 0)]
    [InlineData("united ", "united states", 0)]
    [InlineData("united  ", "united  ", 8)]
    public void MatchLength_RunsOfWhiteSpace_MatchOneSpaceOfTheName(string text, string name, int expected) =>
        Assert.Equal(expected, MentionFinder.MatchLength(text, name));

    [Theory]
    [InlineData("South Korea", "South Korea")]
    [InlineData("South  Korea", "South Korea")]
    [InlineData("South\r\n\tKorea", "South Korea")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("", "")]
    public void CollapseWhiteSpace_Runs_AreOneSpace(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.CollapseWhiteSpace(text));
}
