namespace Classifier.Tests.Model;

/// <summary>
/// A <c>with</c> expression on a result or an explanation checks each value it sets, as the constructor does (their
/// <c>init</c> accessors), and copies a list it is given.
/// </summary>
public sealed class ResultWithTests
{
    private static readonly SentimentResult Sentiment =
        new("positive", 0.7, new LabelProbabilities([new("negative", 0.1), new("neutral", 0.2), new("positive", 0.7)]));

    private static readonly StanceResult Stance =
        new("China", "favor", 0.6, new LabelProbabilities([new("against", 0.1), new("none", 0.3), new("favor", 0.6)]));

    private static readonly FeatureContribution Contribution = new("talks", FeatureKind.Words, 1.5, [new TextSpan(0, 5)]);

    private static readonly Explanation Explained = new("favor", 0.6, [Contribution]);

    private static void Refused<TException>(Func<object> create, string parameter, string? message = null)
        where TException : ArgumentException
    {
        var error = Assert.Throws<TException>(create);
        Assert.Equal(parameter, error.ParamName);
        if (message is not null)
        {
            Assert.Equal($"{message} (Parameter '{parameter}')", error.Message.Split(Environment.NewLine)[0]);
        }
    }

    [Fact]
    public void SentimentResult_WithBadValue_Throws()
    {
        Refused<ArgumentNullException>(() => Sentiment with { Label = null! }, "Label");
        Refused<ArgumentException>(() => Sentiment with { Label = " " }, "Label", "Label is empty or white space; it must be one of the probabilities' labels.");
        Refused<ArgumentOutOfRangeException>(() => Sentiment with { Confidence = 1.5 }, "Confidence", "Confidence is 1.5; a probability is a number from 0 to 1.");
        Refused<ArgumentOutOfRangeException>(() => Sentiment with { Confidence = double.NaN }, "Confidence", "Confidence is NaN; a probability is a number from 0 to 1.");
        Refused<ArgumentNullException>(() => Sentiment with { Probabilities = null! }, "Probabilities");
    }

    [Fact]
    public void StanceResult_WithBadValue_Throws()
    {
        Refused<ArgumentNullException>(() => Stance with { Target = null! }, "Target");
        Refused<ArgumentException>(() => Stance with { Target = "" }, "Target", "Target is empty or white space; a result's target is a name.");
        Refused<ArgumentException>(() => Stance with { Target = new string('x', 301) }, "Target",
            "Target is 301 characters long, more than the 300 a target may have (StanceClassifier.MaxTargetLength).");
        Refused<ArgumentException>(() => Stance with { Label = "" }, "Label", "Label is empty or white space; it must be one of the probabilities' labels.");
        Refused<ArgumentOutOfRangeException>(() => Stance with { Confidence = -0.5 }, "Confidence", "Confidence is -0.5; a probability is a number from 0 to 1.");
        Refused<ArgumentNullException>(() => Stance with { Probabilities = null! }, "Probabilities");
    }

    [Fact]
    public void With_GoodLabelAndConfidenceFromZeroToOne_Kept()
    {
        Assert.Equal(Sentiment, Sentiment with { Label = "positive", Confidence = 0.7 });
        Assert.Equal(Stance, Stance with { Label = "favor", Confidence = 0.6 });
        Assert.Equal(0, (Sentiment with { Confidence = 0 }).Confidence);
        Assert.Equal(1, (Stance with { Confidence = 1 }).Confidence);
    }

    [Fact]
    public void Explanation_WithBadValue_Throws()
    {
        Refused<ArgumentNullException>(() => Explained with { Label = null! }, "Label");
        Refused<ArgumentException>(() => Explained with { Label = " " }, "Label", "'Label' is empty or white space.");
        Refused<ArgumentOutOfRangeException>(() => Explained with { Probability = 2 }, "Probability", "'Probability' is 2; a probability is a number from 0 to 1.");
        Refused<ArgumentNullException>(() => Explained with { Contributions = null! }, "Contributions");
        Refused<ArgumentException>(() => Explained with { Contributions = [Contribution, null!] }, "Contributions", "Contributions[1] (0-based) is null; give no null contributions.");
    }

    [Fact]
    public void FeatureContribution_WithBadValue_Throws()
    {
        Refused<ArgumentNullException>(() => Contribution with { Feature = null! }, "Feature");
        Refused<ArgumentOutOfRangeException>(() => Contribution with { Kind = (FeatureKind)99 }, "Kind");
        Refused<ArgumentOutOfRangeException>(() => Contribution with { Weight = 0 }, "Weight", "'Weight' is 0; a contribution's weight is a positive number.");
        Refused<ArgumentNullException>(() => Contribution with { Spans = null! }, "Spans");
        // A bad span is refused by TextSpan itself, before the contribution sees it (TextSpanTests).
        Refused<ArgumentOutOfRangeException>(() => Contribution with { Spans = [new TextSpan(-1, 2)] }, "Start", "Start is -1; it must be 0 or more.");
    }

    [Fact]
    public void With_CallersListChangedAfterwards_KeepsItsParts()
    {
        var contributions = new List<FeatureContribution> { Contribution };
        var spans = new List<TextSpan> { new(0, 5) };
        var explained = Explained with { Contributions = contributions };
        var contribution = Contribution with { Spans = spans };
        contributions.Clear();
        spans.Clear();

        Assert.Equal([Contribution], explained.Contributions);
        Assert.Equal([new TextSpan(0, 5)], contribution.Spans);
        Assert.Throws<NotSupportedException>(() => ((IList<FeatureContribution>)explained.Contributions)[0] = Contribution);
    }
}
