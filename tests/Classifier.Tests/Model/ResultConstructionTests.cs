using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// Results and probabilities of a caller's making (to fake them in tests) are checked to be ones a model could give, and
/// one built from a scored result's parts equals it.
/// </summary>
public sealed class ResultConstructionTests
{
    private static readonly SentimentClassifier Sentiment = SentimentClassifier.LoadDefault();
    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    [Fact]
    public void Constructors_ScoredResultsParts_EqualTheScoredResults()
    {
        var sentiment = Sentiment.Predict("Talks resumed after a two-year freeze.");
        var stance = Stance.Predict("Beijing condemned the drills.", "China");

        var probabilities = new LabelProbabilities(sentiment.Probabilities.ToDictionary());
        Assert.Equal(sentiment.Probabilities, probabilities);
        Assert.Equal(sentiment.Probabilities.GetHashCode(), probabilities.GetHashCode());
        Assert.Equal(sentiment, new SentimentResult(sentiment.Label, sentiment.Confidence, probabilities));
        Assert.Equal(stance, new StanceResult("China", stance.Label, stance.Confidence, new LabelProbabilities(stance.Probabilities)));
    }

    [Fact]
    public void EqualityOperators_TwoPredictionsOfOneText_CompareByValue()
    {
        // Two calls give two instances: == compared their references before, while Equals and the records' == compared values.
        var first = Sentiment.Predict("Talks resumed.").Probabilities;
        var again = Sentiment.Predict("Talks resumed.").Probabilities;
        var other = Sentiment.Predict("Talks collapsed.").Probabilities;
        LabelProbabilities? none = null;

        Assert.NotSame(first, again);
        Assert.True(first == again);
        Assert.False(first != again);
        Assert.True(first != other);
        Assert.False(first == none);
        Assert.True(none == null);
    }

    [Fact]
    public void LabelProbabilities_SumWithinTolerance_KeptAsGivenInOrder()
    {
        var probabilities = new LabelProbabilities([new("favor", 0.333), new("against", 0.333), new("none", 0.333)]);

        Assert.Equal(["favor", "against", "none"], probabilities.Keys);
        Assert.Equal([0.333, 0.333, 0.333], probabilities.Values);
        Assert.Equal(0.333, probabilities["none"]);
    }

    [Fact]
    public void LabelProbabilities_ZeroAndOne_Accepted()
    {
        var probabilities = new LabelProbabilities([new("negative", 0), new("positive", 1)]);

        Assert.Equal([0.0, 1.0], probabilities.Values);
    }

    [Fact]
    public void LabelProbabilities_Lookups_FindEveryLabelAndNoOther()
    {
        var probabilities = new LabelProbabilities([new("negative", 0.1), new("neutral", 0.2), new("positive", 0.7)]);

        Assert.True(probabilities.ContainsKey("negative"));
        Assert.False(probabilities.ContainsKey("favor"));
        Assert.True(probabilities.TryGetValue("negative", out var first));
        Assert.Equal(0.1, first);
        Assert.False(probabilities.TryGetValue("favor", out var missing));
        Assert.Equal(0, missing);
        Assert.Equal(3, probabilities.Count);
        var error = Assert.Throws<KeyNotFoundException>(() => probabilities["favor"]);
        Assert.Equal("'favor' is not a label of this model; its labels are: negative, neutral, positive.", error.Message);
    }

    [Fact]
    public void LabelProbabilities_Null_ThrowsNamingTheParameter()
    {
        Assert.Equal("probabilities", Assert.Throws<ArgumentNullException>(() => new LabelProbabilities(null!)).ParamName);
    }

    [Fact]
    public void LabelProbabilities_ModelsOneOrTwoLabels_KeepTheirProbabilities()
    {
        // The constructor the classifiers use: a two-label sentiment model gives two probabilities, not three.
        Assert.Equal([1.0], new LabelProbabilities(["positive"], [1.0]).Values);
        Assert.Equal([0.25, 0.75], new LabelProbabilities(["negative", "positive"], [0.25, 0.75]).Values);
    }

    [Theory]
    [InlineData(new[] { "negative", "neutral", "positive" }, new[] { 0.5, 0.5 }, "3 labels and 2 probabilities; they must match and be at most 3.")]
    [InlineData(new[] { "a", "b", "c", "d" }, new[] { 0.25, 0.25, 0.25, 0.25 }, "4 labels and 4 probabilities; they must match and be at most 3.")]
    public void LabelProbabilities_ModelsLabelsAndProbabilitiesDisagree_Throws(string[] labels, double[] values, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => new LabelProbabilities(labels, values)).Message);
    }

    [Fact]
    public void LabelProbabilities_ToString_GivesEachLabelAndItsProbabilityToThreeDecimals()
    {
        var probabilities = new LabelProbabilities([new("against", 0.12345), new("none", 0.2), new("favor", 0.67655)]);

        Assert.Equal("against=0.123 none=0.2 favor=0.677", probabilities.ToString());
    }

    [Theory]
    [InlineData(new string[0], new double[0], "There are 0 labels; give from 1 to 3, each with its probability.")]
    [InlineData(new[] { "a", "b", "c", "d" }, new[] { 0.25, 0.25, 0.25, 0.25 }, "There are 4 labels; give from 1 to 3, each with its probability.")]
    [InlineData(new[] { "negative", " " }, new[] { 0.5, 0.5 }, "The label of probabilities[1] (0-based) is empty or white space; every label needs a name.")]
    [InlineData(new[] { "none", "none" }, new[] { 0.5, 0.5 }, "The label 'none' is given twice; give each label once.")]
    [InlineData(new[] { "negative", "positive" }, new[] { -0.5, 1.5 }, "The probability of 'negative' is -0.5; a probability is a number from 0 to 1.")]
    [InlineData(new[] { "negative", "positive" }, new[] { double.NaN, 1 }, "The probability of 'negative' is NaN; a probability is a number from 0 to 1.")]
    [InlineData(new[] { "negative", "positive" }, new[] { 0.2, 0.7 }, "The probabilities sum to 0.8999999999999999, not 1; they must sum to 1 within 0.01.")]
    public void LabelProbabilities_BrokenRule_ThrowsSayingWhich(string[] labels, double[] values, string message)
    {
        var pairs = labels.Zip(values, KeyValuePair.Create);

        var error = Assert.Throws<ArgumentException>(() => new LabelProbabilities(pairs));

        Assert.Equal($"{message} (Parameter 'probabilities')", error.Message);
    }

    [Fact]
    public void LabelProbabilities_NullLabel_ThrowsSayingWhich()
    {
        var error = Assert.Throws<ArgumentException>(() => new LabelProbabilities([new("none", 0.5), new(null!, 0.5)]));

        Assert.StartsWith("The label of probabilities[1] (0-based) is null; every label needs a name.", error.Message);
    }

    [Theory]
    [InlineData("neutral", 0.25, "Label", "Label 'neutral' is not one of the probabilities' labels (negative, positive).")]
    [InlineData("positive", 0.7, "Confidence", "Confidence is 0.7, but the probability of 'positive' is 0.75; a result's confidence is its label's probability.")]
    [InlineData("negative", 0.25, "Label", "Label 'negative' (0.25) is less probable than 'positive' (0.75); a result's label is its most probable one.")]
    [InlineData(" ", 0.75, "Label", "Label is empty or white space; it must be one of the probabilities' labels.")]
    public void SentimentResult_NotOneAModelCouldGive_ThrowsNamingTheParameter(string label, double confidence, string parameter, string message)
    {
        var probabilities = new LabelProbabilities([new("negative", 0.25), new("positive", 0.75)]);

        var error = Assert.Throws<ArgumentException>(() => new SentimentResult(label, confidence, probabilities));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    [Fact]
    public void Constructors_NullTargetOrLabel_ThrowArgumentNullException()
    {
        var sentiment = new LabelProbabilities([new("positive", 1)]);
        var stance = new LabelProbabilities([new("none", 1)]);

        Assert.Equal("Label", Assert.Throws<ArgumentNullException>(() => new SentimentResult(null!, 1, sentiment)).ParamName);
        Assert.Equal("Target", Assert.Throws<ArgumentNullException>(() => new StanceResult(null!, "none", 1, stance)).ParamName);
        Assert.Equal("Label", Assert.Throws<ArgumentNullException>(() => new StanceResult("China", null!, 1, stance)).ParamName);
    }

    [Fact]
    public void StanceResult_ConfidenceNotTheLabelsProbability_ThrowsNamingTheConfidence()
    {
        var probabilities = new LabelProbabilities([new("against", 0.1), new("none", 0.3), new("favor", 0.6)]);

        var error = Assert.Throws<ArgumentException>(() => new StanceResult("China", "favor", 0.5, probabilities));

        Assert.Equal("Confidence", error.ParamName);
        Assert.Equal("Confidence is 0.5, but the probability of 'favor' is 0.6; a result's confidence is its label's probability. (Parameter 'Confidence')", error.Message);
    }

    [Fact]
    public void Scoring_TiedProbabilities_GivesTheFirstTiedLabel()
    {
        var result = ResultFactory.Sentiment(["negative", "neutral", "positive"], [0.2, 0.4, 0.4]);

        Assert.Equal(("neutral", 0.4), (result.Label, result.Confidence));
    }

    [Fact]
    public void StanceResult_BlankOrOverlongTarget_ThrowsNamingTheTarget()
    {
        var probabilities = new LabelProbabilities([new("none", 1)]);

        Assert.Equal("Target", Assert.Throws<ArgumentException>(() => new StanceResult(" ", "none", 1, probabilities)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => new StanceResult(new string('x', 301), "none", 1, probabilities));
        Assert.StartsWith("Target is 301 characters long, more than the 300 a target may have (StanceClassifier.MaxTargetLength).", error.Message);
        Assert.Equal("none", new StanceResult(new string('x', 300), "none", 1, probabilities).Label);
        Assert.Throws<ArgumentNullException>(() => new StanceResult("China", "none", 1, null!));
    }

    [Fact]
    public void Deconstruct_Results_GiveTheirParts()
    {
        var (label, confidence, probabilities) = Sentiment.Predict("Talks resumed.");
        var (target, stance, _, _) = Stance.Predict("Beijing condemned the drills.", "China");

        Assert.Equal(probabilities[label], confidence);
        Assert.Equal(("China", "none"), (target, stance));
    }
}
