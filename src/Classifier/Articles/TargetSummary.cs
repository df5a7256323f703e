using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier.Articles;

/// <summary>How one target is treated across an article.</summary>
/// <param name="Target">The target as the caller named it: not null, empty or white space, nor longer than <see cref="StanceClassifier.MaxTargetLength"/>.</param>
/// <param name="MentionedIn">How many of the counted sentences name it: 0 or more.</param>
/// <param name="Counts">Counted sentences per stance label (sentences that were not scored count as <c>none</c>): keyed by
/// stance labels (<see cref="TaskLabels.Stance"/>), none below 0.</param>
/// <param name="MeanProbabilities">Mean probability of each label over the scored sentences, each from 0 to 1, keyed by
/// stance labels; empty if none was scored.</param>
/// <param name="OverallStance">The label with the highest mean probability over the scored sentences (ties allowed), or
/// <c>none</c> when <paramref name="MeanProbabilities"/> is empty.</param>
/// <param name="MostFavorable">The scored sentence labeled <c>favor</c> with the highest probability of favor, if any.</param>
/// <param name="MostHostile">The scored sentence labeled <c>against</c> with the highest probability of against, if any.</param>
/// <remarks>
/// The collections are copied into read-only ones. The constructor checks every rule; the <c>init</c> accessors (so a
/// <see langword="with"/> expression) check the value they set, but not that <see cref="OverallStance"/> has the highest
/// mean (C# runs no code after a <see langword="with"/> expression's last assignment).
/// </remarks>
/// <exception cref="ArgumentNullException"><paramref name="Target"/>, <paramref name="Counts"/>, <paramref name="MeanProbabilities"/> or <paramref name="OverallStance"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="MentionedIn"/> is negative.</exception>
/// <exception cref="ArgumentException">Another rule is broken; the message names the parameter and the value.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record TargetSummary(string Target, int MentionedIn, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<string, double> MeanProbabilities, string OverallStance, SentenceAnalysis? MostFavorable, SentenceAnalysis? MostHostile)
{
    /// <summary>The target as the caller named it.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty, white space or longer than <see cref="StanceClassifier.MaxTargetLength"/>.</exception>
    public string Target { get; init => field = RecordRules.Target(value, nameof(Target)); } = RecordRules.Target(Target, nameof(Target));

    /// <summary>How many of the counted sentences name it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MentionedIn { get; init => field = RecordRules.NotNegative(value, nameof(MentionedIn)); } = RecordRules.NotNegative(MentionedIn, nameof(MentionedIn));

    /// <summary>Counted sentences per stance label (a read-only copy of the dictionary given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A key is not a stance label, or a count is negative.</exception>
    public IReadOnlyDictionary<string, int> Counts { get; init => field = RecordRules.Counts(value, TaskLabels.Stance, nameof(Counts)); } =
        RecordRules.Counts(Counts, TaskLabels.Stance, nameof(Counts));

    /// <summary>Mean probability of each label over the scored sentences (a read-only copy of the dictionary given); empty if none was scored.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A key is not a stance label, or a mean is not a number from 0 to 1.</exception>
    public IReadOnlyDictionary<string, double> MeanProbabilities { get; init => field = RecordRules.Means(value, TaskLabels.Stance, nameof(MeanProbabilities)); } =
        RecordRules.Means(MeanProbabilities, TaskLabels.Stance, nameof(MeanProbabilities));

    /// <summary>The label with the highest mean probability over the scored sentences, or <c>none</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is not a stance label.</exception>
    public string OverallStance { get; init => field = RecordRules.Label(value, TaskLabels.Stance, nameof(OverallStance)); } =
        Overall(OverallStance, MeanProbabilities);

    private static string Overall(string overall, IReadOnlyDictionary<string, double> means)
    {
        RecordRules.Label(overall, TaskLabels.Stance, nameof(OverallStance));
        if (means.Count == 0 && overall != "none")
        {
            throw new ArgumentException($"OverallStance is '{overall}', but MeanProbabilities is empty (no sentence was scored); it must be 'none'.", nameof(OverallStance));
        }

        RecordRules.Highest(overall, means, nameof(OverallStance));
        return overall;
    }

    /// <summary>Whether <paramref name="other"/> is the same summary: equal values, counts and means.</summary>
    /// <param name="other">Another target summary.</param>
    /// <returns><see langword="true"/> if they are equal, so that one read back from JSON equals the original.</returns>
    public bool Equals(TargetSummary? other) =>
        other is not null && Target == other.Target && MentionedIn == other.MentionedIn && OverallStance == other.OverallStance
        && RecordEquality.Dictionaries(Counts, other.Counts) && RecordEquality.Dictionaries(MeanProbabilities, other.MeanProbabilities)
        && Equals(MostFavorable, other.MostFavorable) && Equals(MostHostile, other.MostHostile);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Target, MentionedIn, OverallStance, Counts.Count, MeanProbabilities.Count);
}
