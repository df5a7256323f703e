using System.Text.Json;

namespace Classifier.Tests.Cli;

/// <summary>
/// <c>explain</c> shows a character n-gram contribution as its word in quotes with the padding spaces its n-grams take at the
/// word's edges (<c>" war "</c>), so it is not read as the word; before, it showed the bare word, like a word n-gram. The
/// JSON keeps the word as the text has it.
/// </summary>
public sealed class ExplainDisplayTests
{
    private static readonly string[] Sentences =
    [
        "The talks collapsed amid bitter accusations and threats of new sanctions.",
        "Unemployment rose for a third month as factories closed.",
        "Rebels shelled the outskirts overnight, killing several civilians.",
        "The ministry praised the agreement as a breakthrough for regional stability.",
    ];

    [Fact]
    public void ExplainText_CharacterNgramContribution_ShownQuotedWithItsPaddingSpaces()
    {
        var (text, characters) = SentenceWithCharacterContribution();

        var run = CliProcess.Run("explain", "--top", "50", text);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains($"│ \" {characters.Feature} \"", run.Stdout, StringComparison.Ordinal);
        Assert.Equal($"\" {characters.Feature} \"", characters.DisplayText);
    }

    [Fact]
    public void ExplainJson_CharacterNgramContribution_FeatureStaysTheWordAsWritten()
    {
        var (text, characters) = SentenceWithCharacterContribution();

        var run = CliProcess.Run("explain", "--top", "50", "--format", "json", text);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Contains(json.RootElement.GetProperty("contributions").EnumerateArray(),
            c => c.GetProperty("kind").GetString() == "characters" && c.GetProperty("feature").GetString() == characters.Feature);
    }

    [Fact]
    public void DisplayText_OtherKinds_IsTheFeature()
    {
        var words = new FeatureContribution("war", FeatureKind.Words, 0.5, []);
        var lexicon = new FeatureContribution("the sentence as a whole", FeatureKind.Lexicon, 0.5, []);

        Assert.Equal("war", words.DisplayText);
        Assert.Equal("the sentence as a whole", lexicon.DisplayText);
        Assert.Equal("\" war \"", (words with { Kind = FeatureKind.TargetCharacters }).DisplayText);
    }

    [Theory]
    [InlineData(0.0004, "<0.001")] // every listed weight is above 0; "0.000" said otherwise
    [InlineData(0.0005, "0.001")]
    [InlineData(1.3186, "1.319")]
    public void Weight_AnyContribution_ThreeDecimalsAndNeverZero(double weight, string shown)
    {
        Assert.Equal(shown, Classifier.Training.Commands.ExplainCommand.Weight(weight));
    }

    private static (string Text, FeatureContribution Characters) SentenceWithCharacterContribution()
    {
        var sentiment = SentimentClassifier.LoadDefault();
        return Sentences.Select(s => (s, sentiment.Explain(s, top: 50).Contributions.FirstOrDefault(c => c.Kind == FeatureKind.Characters)))
            .First(p => p.Item2 is not null)!;
    }
}
