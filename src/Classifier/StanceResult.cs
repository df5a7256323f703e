namespace Classifier;

/// <summary>The stance of one sentence toward one target.</summary>
/// <param name="Target">The target as the caller gave it.</param>
/// <param name="Label">The most probable label: <c>against</c>, <c>none</c> or <c>favor</c>.</param>
/// <param name="Confidence">The probability of <paramref name="Label"/>.</param>
/// <param name="Probabilities">The probability of every label of the model, summing to 1.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record StanceResult(string Target, string Label, double Confidence, LabelProbabilities Probabilities)
{
    /// <summary>Formats the result as <c>target: label (confidence)</c>.</summary>
    /// <returns>The formatted result.</returns>
    public override string ToString() => FormattableString.Invariant($"{Target}: {Label} ({Confidence:0.###})");
}
