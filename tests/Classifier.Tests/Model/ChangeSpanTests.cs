namespace Classifier.Tests.Model;

/// <summary>
/// A change read from two figures ("dropped to £40m from £71m") ends at the earlier figure, which the comparison reads
/// with its scale word or percent sign; its span ends where that figure's word does, not inside it (before, "£71" of
/// "£71m"), and takes the percent sign written onto it.
/// </summary>
public sealed class ChangeSpanTests
{
    private static readonly SentimentClassifier Sentiment = SentimentClassifier.LoadDefault();

    [Theory]
    [InlineData("Pretax profit at the UK regional bus operator dropped to £40m from £71m, hit by higher costs.", "£71m")]
    [InlineData("Quarterly revenue rose to $5.2bn from $4.8bn as demand recovered.", "$4.8bn")]
    [InlineData("Unemployment rose to 5.1% from 4.8% in May.", "4.8%")]
    public void Explain_FigureWithScaleWord_ChangeSpanCoversTheWholeFigure(string text, string figure)
    {
        var explanation = Sentiment.Explain(text, top: 1000);

        var compared = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.Change && c.Feature.Contains(" from ", StringComparison.Ordinal));
        Assert.EndsWith(figure, compared.Feature, StringComparison.Ordinal);
        var span = Assert.Single(compared.Spans);
        Assert.Equal(text.IndexOf(figure, StringComparison.Ordinal) + figure.Length, span.Start + span.Length);
    }

    [Fact]
    public void Explain_ChangeSpans_NeverEndInsideAWord()
    {
        string[] texts =
        [
            "Exports fell to 3,400 tonnes from 5,100t last year.",
            "Net debt rose to €12bn from €9bn after the takeover.",
            "Inflation eased to 2.1pc from 2.9pc in March.",
            "Pretax profit at the UK regional bus operator dropped to £40m from £71m, hit by higher costs.",
        ];

        foreach (var text in texts)
        {
            foreach (var span in Sentiment.Explain(text, top: 1000).Contributions.Where(c => c.Kind == FeatureKind.Change).SelectMany(c => c.Spans))
            {
                var end = span.Start + span.Length;
                Assert.False(end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(text[end - 1]),
                    $"a change span ends inside a word: '{text[span.Start..end]}|{text[end..]}'");
            }
        }
    }
}
