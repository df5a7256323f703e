using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier;

/// <summary>Why a model predicted a label: the features that pushed toward it most, from the model's linear weights.</summary>
/// <param name="Label">The predicted label.</param>
/// <param name="Probability">Its probability.</param>
/// <param name="Contributions">The features with the largest positive contributions, largest first.</param>
/// <remarks>System.Text.Json writes it as an object of these three and reads it back checked
/// (<see cref="ExplanationJsonConverter"/>), so a logged explanation can be read again and compares equal.</remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ExplanationJsonConverter))]
public sealed record Explanation(string Label, double Probability, IReadOnlyList<FeatureContribution> Contributions)
{
    /// <summary>Whether <paramref name="other"/> is the same explanation: the same label, probability and contributions, in order.</summary>
    /// <param name="other">Another explanation.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public bool Equals(Explanation? other) =>
        other is not null && Label == other.Label && Probability.Equals(other.Probability) && Contributions.SequenceEqual(other.Contributions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Probability, Contributions.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Label = {Label}, Probability = {Probability:0.###}, Contributions = [");
        builder.AppendJoin(", ", Contributions.Select(c => FormattableString.Invariant($"{c.Feature} ({c.Kind}, {c.Weight:0.###})")));
        builder.Append(']');
        return true;
    }
}
