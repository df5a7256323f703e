namespace Classifier;

/// <summary>The sentiment of one sentence.</summary>
/// <param name="Label">The most probable label: <c>negative</c>, <c>neutral</c> or <c>positive</c>.</param>
/// <param name="Confidence">The probability of <paramref name="Label"/>.</param>
/// <param name="Probabilities">The probability of every label of the model, summing to 1.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record SentimentResult(string Label, double Confidence, LabelProbabilities Probabilities)
{
    /// <summary>Formats the result as <c>label (confidence)</c>.</summary>
    /// <returns>The formatted result.</returns>
    public override string ToString() => FormattableString.Invariant($"{Label} ({Confidence:0.###})");
}
