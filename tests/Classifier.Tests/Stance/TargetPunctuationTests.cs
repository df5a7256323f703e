namespace Classifier.Tests.Stance;

/// <summary>
/// A target given with quotes or brackets around it, or a known target with a final stop or a possessive, is the target:
/// "\"China\"" was an unknown target of its own (against 0.37 where China is none 0.98), "China." and "China's" had no
/// mention and no training rows.
/// </summary>
public sealed class TargetPunctuationTests
{
    private const string Text = "Beijing condemned the naval drills near its coast on Monday.";

    private static readonly StanceClassifier Default = StanceClassifier.LoadDefault();

    [Theory]
    [InlineData("\"China\"")]
    [InlineData("\u201CChina\u201D")]
    [InlineData("(China)")]
    [InlineData("China.")]
    [InlineData("China,")]
    [InlineData("China's")]
    [InlineData("China\u2019s")]
    [InlineData("'the United States'")]
    [InlineData("China's.")]
    public void Predict_KnownTargetWithPunctuationAround_IsThatTarget(string given)
    {
        var plain = given.Contains("United", StringComparison.Ordinal) ? "United States" : "China";

        Assert.Equal(Default.Predict(Text, plain).Probabilities, Default.Predict(Text, given).Probabilities);
        Assert.Equal(Default.FindMentions(Text, plain), Default.FindMentions(Text, given));
        Assert.Equal(Default.TrainingRows(plain), Default.TrainingRows(given));
    }

    [Theory]
    [InlineData("\"windfall tax\"", "windfall tax")]
    [InlineData("(windfall tax)", "windfall tax")]
    public void Predict_UnknownTargetInQuotesOrBrackets_IsTheTargetWithout(string given, string plain)
    {
        const string levy = "Lawmakers voted to scrap the windfall tax on banks.";

        Assert.Equal(Default.Predict(levy, plain).Probabilities, Default.Predict(levy, given).Probabilities);
        Assert.Equal(Default.FindMentions(levy, plain), Default.FindMentions(levy, given));
    }

    [Fact]
    public void Predict_NameWrittenWithStops_StillFoundAsWritten()
    {
        Assert.Equal(Default.TrainingRows("United States"), Default.TrainingRows("U.S."));
        Assert.True(Default.TrainingRows("U.S.") > 0);
    }

    [Theory]
    [InlineData("\"China\"", "China")]
    [InlineData("((China))", "China")]
    [InlineData("\u201C windfall tax \u201D", "windfall tax")]
    [InlineData("\"US\" and \"China\"", "\"US\" and \"China\"")] // two quoted names: stripping the ends left 'US" and "China'
    [InlineData("(Iran) and (Iraq)", "(Iran) and (Iraq)")]
    [InlineData("\"\"", "\"\"")]
    public void Unwrapped_MarksAroundTheWholeName_TakenOffOnlyThen(string given, string expected)
    {
        Assert.Equal(expected, Classifier.Stance.AliasTable.Unwrapped(given));
    }
}
