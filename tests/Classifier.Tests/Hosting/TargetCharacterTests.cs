using Classifier.Articles;

namespace Classifier.Tests.Hosting;

/// <summary>
/// Targets and aliases that are no name: a control character the model reads as a space ("China\0" from a C string, which
/// scored apart from "China" and was found with the space after it; "\0" alone, found at every space) and a target without
/// a letter or digit ("." found at every full stop, and scored favor). Each is an ArgumentException naming the parameter.
/// </summary>
public sealed class TargetCharacterTests
{
    private const string Text = "Iran praised China while Russia condemned NATO.";

    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    [Theory]
    [InlineData("China\0", "U+0000 at index 5")]
    [InlineData("\0", "U+0000 at index 0")]
    [InlineData("Chi\u0001na", "U+0001 at index 3")]
    [InlineData("China\u007F", "U+007F at index 5")]
    public void Predict_TargetWithAControlCharacter_ThrowsArgumentExceptionNamingIt(string target, string where)
    {
        var ex = Assert.Throws<ArgumentException>(() => Stance.Predict(Text, target));

        Assert.Equal("target", ex.ParamName);
        Assert.Contains(where, ex.Message);
        Assert.Throws<ArgumentException>(() => Stance.FindMentions(Text, target));
        Assert.Throws<ArgumentException>(() => Stance.Explain(Text, target));
        Assert.Throws<ArgumentException>(() => Stance.TrainingRows(target));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("\u200B")]
    public void PredictTargets_TargetWithoutALetterOrDigit_ThrowsArgumentExceptionNamingTheElement(string target)
    {
        var ex = Assert.Throws<ArgumentException>(() => Stance.PredictTargets(Text, ["China", target]));

        Assert.Equal("targets", ex.ParamName);
        Assert.StartsWith("targets[1] (0-based) has no letter or digit", ex.Message);
    }

    [Fact]
    public void PredictBatchAndAnalyze_TargetWithANul_ThrowBeforeScoring()
    {
        var batch = Assert.Throws<ArgumentException>(() => Stance.PredictBatch([(Text, "China"), (Text, "\0")]));
        var analyze = Assert.Throws<ArgumentException>(() => ArticleAnalyzer.LoadDefault().Analyze(Text, ["\0"]));

        Assert.Equal("items", batch.ParamName);
        Assert.Contains("items[1] (0-based)", batch.Message);
        Assert.Equal("targets", analyze.ParamName);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("\0")]
    public void WithAliases_AliasThatIsNoName_ThrowsArgumentExceptionNamingTheAlias(string alias)
    {
        var ex = Assert.Throws<ArgumentException>(() => Stance.WithAliases("China", "PRC", alias));

        Assert.Equal("aliases", ex.ParamName);
        Assert.StartsWith("aliases[1] (0-based)", ex.Message);
        Assert.Contains("as a name of 'China'", ex.Message);
    }

    [Theory]
    [InlineData("South\tKorea")]
    [InlineData("G7")]
    [InlineData("İstanbul")]
    [InlineData("北京")]
    public void Predict_NameWithWhiteSpaceDigitsOrAnyScript_IsScored(string target) =>
        Assert.Equal(target, Stance.Predict(Text, target).Target);
}
