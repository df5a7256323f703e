using System.Text.Json.Serialization;
using Classifier.Model;
using Classifier.Serialization;

namespace Classifier;

/// <summary>One feature's push toward the label explained (the predicted one, unless another was asked for).</summary>
/// <remarks>System.Text.Json writes it as an object of these four (the spans as <c>Start</c> and <c>Length</c>) and reads it
/// back checked as the constructor checks it (<see cref="FeatureContributionJsonConverter"/>).</remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(FeatureContributionJsonConverter))]
public sealed record FeatureContribution
{
    /// <summary>
    /// A contribution of the caller's making, for instance to fake an explanation in a test; the classifiers make their own.
    /// It is checked to be one a model could give. A <see langword="with"/> expression or an object initializer checks each value it
    /// sets, as the constructor does, and copies <see cref="Spans"/> too.
    /// </summary>
    /// <param name="Feature">The feature as text (the words, or the word its characters come from), or a description for features without a place in the text.</param>
    /// <param name="Kind">What kind of feature it is: a defined <see cref="FeatureKind"/>.</param>
    /// <param name="Weight">How much it raised the explained label's score over the other labels' (summed over the feature's
    /// occurrences that read alike; a feature that reads differently at its places is shared equally among them, one
    /// contribution each; in the log-odds of the probabilities the model reports: a model calibrated by temperature divides its
    /// scores, and so its contributions, by the temperature): a positive finite number.</param>
    /// <param name="Spans">Where in the text the feature occurs (empty for features such as "target not mentioned"); each
    /// <see cref="TextSpan"/> checks its own values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="Feature"/> or <paramref name="Spans"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="Kind"/> is not a defined kind, or <paramref name="Weight"/> is not a positive finite number.</exception>
    public FeatureContribution(string Feature, FeatureKind Kind, double Weight, IReadOnlyList<TextSpan> Spans)
    {
        ArgumentNullException.ThrowIfNull(Feature);
        ArgumentNullException.ThrowIfNull(Spans);
        if (ExplanationRules.Contribution(Kind, Weight) is { } problem)
        {
            throw problem.ToException();
        }

        // A read-only copy: the caller's list may change later, and the record is immutable.
        (_feature, _kind, _weight, _spans) = (Feature, Kind, Weight, Array.AsReadOnly(Spans.ToArray()));
    }

    /// <summary>A contribution as a model or a checked reader gave it: not checked again, only made read-only.</summary>
    private FeatureContribution(IReadOnlyList<TextSpan> spans, string feature, FeatureKind kind, double weight) =>
        (_feature, _kind, _weight, _spans) = (feature, kind, weight, ReadOnlyLists.Of(spans));

    private readonly string _feature;
    private readonly FeatureKind _kind;
    private readonly double _weight;
    private readonly IReadOnlyList<TextSpan> _spans;

    /// <summary>
    /// The feature as text (the words, or the word its characters come from, as written at its first place), or a description
    /// for features without a place in the text. A word n-gram whose first word stands in a negation's scope, which the
    /// model reads as another feature than the same words out of one, ends with " (negated)": "good (negated)" for the
    /// "good" of "not good", a contribution apart from the "good" of "the food is good" (and so for a word beside a
    /// stance target's mention, <see cref="FeatureKind.Mention"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Feature { get => _feature; init => _feature = value ?? throw new ArgumentNullException(nameof(Feature)); }

    /// <summary>
    /// The feature as a reader should see it, as the training CLI's <c>explain</c> table shows it. For character n-grams
    /// (<see cref="FeatureKind.Characters"/>, <see cref="FeatureKind.TargetCharacters"/>), the word they come from in double
    /// quotes, with the space each side that the n-grams take at the word's edges (scikit-learn's <c>char_wb</c> padding):
    /// <c>" war "</c>, so they cannot be taken for the word <c>war</c> (a <see cref="FeatureKind.Words"/> contribution,
    /// shown as it is). For every other kind, <see cref="Feature"/> itself. It is computed, not serialised: JSON keeps
    /// <see cref="Feature"/> as it is (the text at the first span, " (negated)" after it for a negated word).
    /// </summary>
    public string DisplayText => Kind is FeatureKind.Characters or FeatureKind.TargetCharacters ? $"\" {Feature} \"" : Feature;

    /// <summary>What kind of feature it is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined kind.</exception>
    public FeatureKind Kind
    {
        get => _kind;
        init => _kind = ExplanationRules.Contribution(value, 1) is { } problem ? throw problem.ToException() : value;
    }

    /// <summary>
    /// How much it raised the explained label's score over the other labels' (summed over the feature's occurrences that
    /// read alike; a feature that reads differently at its places, a lexicon feature over "praised" and "success", is
    /// shared equally among them, one contribution each), in
    /// the log-odds of the probabilities the model reports: a model calibrated by temperature (both default models;
    /// <c>Info.Trainer["temperature"]</c>) divides its scores by the temperature, and its contributions with them. For a
    /// one-versus-all member the label's score is its own log-odds against the rest, and an ensemble averages its
    /// members' (docs/library.md, Explain).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a positive finite number.</exception>
    public double Weight
    {
        get => _weight;
        init => _weight = ExplanationRules.Contribution(FeatureKind.Words, value) is { } problem ? throw problem.ToException() : value;
    }

    /// <summary>Where in the text the feature occurs (empty for features such as "target not mentioned"; set by a caller: a read-only copy of the list given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyList<TextSpan> Spans
    {
        get => _spans;
        init => _spans = Array.AsReadOnly((value ?? throw new ArgumentNullException(nameof(Spans))).ToArray());
    }

    /// <summary>Gives the contribution's parts.</summary>
    /// <param name="Feature">The feature.</param>
    /// <param name="Kind">Its kind.</param>
    /// <param name="Weight">Its weight.</param>
    /// <param name="Spans">Where it occurs.</param>
    public void Deconstruct(out string Feature, out FeatureKind Kind, out double Weight, out IReadOnlyList<TextSpan> Spans) =>
        (Feature, Kind, Weight, Spans) = (this.Feature, this.Kind, this.Weight, this.Spans);

    /// <summary>A contribution as a model or a checked reader gave it, built without checking it again.</summary>
    internal static FeatureContribution Scored(string feature, FeatureKind kind, double weight, IReadOnlyList<TextSpan> spans) =>
        new(spans, feature, kind, weight);

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
