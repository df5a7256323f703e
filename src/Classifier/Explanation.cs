namespace Classifier;

/// <summary>What kind of feature a contribution comes from.</summary>
public enum FeatureKind
{
    /// <summary>A word or a run of words (n-gram) of the text.</summary>
    Words,

    /// <summary>Character n-grams inside one word (summed per word).</summary>
    Characters,

    /// <summary>A polarity word or phrase of the model's lexicon.</summary>
    Lexicon,

    /// <summary>Stance: words or word n-grams weighed specifically for this target.</summary>
    TargetWords,

    /// <summary>Stance: character n-grams weighed specifically for this target (summed per word).</summary>
    TargetCharacters,

    /// <summary>
    /// Stance: words around a mention of the target, or how the target is mentioned; with
    /// <see cref="Features.FeaturizerSettings.TargetPolarity"/>, also a polarity word read through a target phrased as a
    /// motion (praise of the subject agrees with "support X" and clashes with "ban X"); with
    /// <see cref="Features.FeaturizerSettings.JudgedActs"/>, also a third party's judgement of an act (its span), read
    /// through whether the target did the act or judged it.
    /// </summary>
    Mention,

    /// <summary>
    /// A quantity and the word saying it rose or fell, read as good or bad news ("unemployment fell", "a drop in
    /// sales"); only from models trained with <c>markChanges</c>. Its span covers the quantity, the direction word
    /// and the words between them.
    /// </summary>
    Change,

    /// <summary>
    /// A word's share of the text's word vector (the built-in vectors of its words, averaged; for stance also weighed
    /// for this target); only from models trained with <c>wordVectors</c>. Its span is the word.
    /// </summary>
    WordVectors,

    /// <summary>
    /// Stance: the target is a policy or issue the model trained on that the text neither names nor comes near in meaning
    /// (it comes nearer another trained issue), so none was raised (<see cref="Features.FeaturizerSettings.UntouchedIssueMargin"/>);
    /// only when none is the label, and without a span. Its weight is the rise in none's log-odds.
    /// </summary>
    UntouchedIssue,
}

/// <summary>A span of characters <c>[Start, Start + Length)</c> of the explained text.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length);

/// <summary>One feature's push toward the predicted label.</summary>
/// <param name="Feature">The feature as text (the words, or the word its characters come from), or a description for features without a place in the text.</param>
/// <param name="Kind">What kind of feature it is.</param>
/// <param name="Weight">How much it raised the predicted label's score over the other labels' (log-odds units, summed over the feature's occurrences).</param>
/// <param name="Spans">Where in the text the feature occurs (empty for features such as "target not mentioned").</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
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

/// <summary>Why a model predicted a label: the features that pushed toward it most, from the model's linear weights.</summary>
/// <param name="Label">The predicted label.</param>
/// <param name="Probability">Its probability.</param>
/// <param name="Contributions">The features with the largest positive contributions, largest first.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
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
