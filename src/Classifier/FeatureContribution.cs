using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier;

/// <summary>A span of characters <c>[Start, Start + Length)</c> of the explained text.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length);

/// <summary>One feature's push toward the predicted label.</summary>
/// <param name="Feature">The feature as text (the words, or the word its characters come from), or a description for features without a place in the text.</param>
/// <param name="Kind">What kind of feature it is.</param>
/// <param name="Weight">How much it raised the predicted label's score over the other labels' (log-odds units, summed over the feature's occurrences).</param>
/// <param name="Spans">Where in the text the feature occurs (empty for features such as "target not mentioned").</param>
/// <remarks>System.Text.Json writes it as an object of these four (the spans as <c>Start</c> and <c>Length</c>) and reads it
/// back checked (<see cref="FeatureContributionJsonConverter"/>).</remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(FeatureContributionJsonConverter))]
public sealed record FeatureContribution(string Feature, FeatureKind Kind, double Weight, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>Whether <paramref name="other"/> is the same contribution: the same feature, kind, weight and spans, in order.</summary>
    /// <param name="other">Another contribution.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public bool Equals(FeatureContribution? other) =>
        other is not null && Feature == other.Feature && Kind == other.Kind && Weight.Equals(other.Weight) && Spans.SequenceEqual(other.Spans);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Feature, Kind, Weight, Spans.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Feature = {Feature}, Kind = {Kind}, Weight = {Weight:0.####}, Spans = [");
        builder.AppendJoin(", ", Spans.Select(s => FormattableString.Invariant($"{s.Start}..{s.Start + s.Length}")));
        builder.Append(']');
        return true;
    }
}
