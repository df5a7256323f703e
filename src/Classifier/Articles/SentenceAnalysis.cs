using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier.Articles;

/// <summary>One sentence of an article with its sentiment and its stance toward each requested target.</summary>
/// <param name="Index">0-based position of the sentence in the article: 0 or more.</param>
/// <param name="Span">Where the sentence is in the article; not null.</param>
/// <param name="Sentiment">Its sentiment; not null.</param>
/// <param name="Stance">Its stance toward each requested target, in the order they were given, names of one target given
/// twice ("US", "Washington") counted once, under the first, as in <see cref="ArticleSummary.Targets"/>; not null and without null
/// elements. It is copied: a change to the caller's list later does not change the record.</param>
/// <remarks>The constructor and the <c>init</c> accessors (so a <see langword="with"/> expression too) check these rules.</remarks>
/// <exception cref="ArgumentNullException"><paramref name="Span"/>, <paramref name="Sentiment"/> or <paramref name="Stance"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Index"/> is negative.</exception>
/// <exception cref="ArgumentException"><paramref name="Stance"/> holds a null element.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record SentenceAnalysis(int Index, SentenceSpan Span, SentimentResult Sentiment, IReadOnlyList<TargetStance> Stance)
{
    /// <summary>0-based position of the sentence in the article.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Index { get; init => field = RecordRules.NotNegative(value, nameof(Index)); } = RecordRules.NotNegative(Index, nameof(Index));

    /// <summary>Where the sentence is in the article.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public SentenceSpan Span { get; init => field = RecordRules.NotNull(value, nameof(Span)); } = RecordRules.NotNull(Span, nameof(Span));

    /// <summary>Its sentiment.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public SentimentResult Sentiment { get; init => field = RecordRules.NotNull(value, nameof(Sentiment)); } = RecordRules.NotNull(Sentiment, nameof(Sentiment));

    /// <summary>
    /// Its stance toward each requested target, in the order they were given, names of one target given twice ("US",
    /// "Washington") counted once, under the first, as in <see cref="ArticleSummary.Targets"/> (a read-only copy of the list given).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value holds a null element.</exception>
    public IReadOnlyList<TargetStance> Stance { get; init => field = RecordRules.List(value, nameof(Stance)); } = RecordRules.List(Stance, nameof(Stance));

    /// <summary>The sentence.</summary>
    public string Text => Span.Text;

    /// <summary>
    /// Whether the sentence looks like web-page furniture (a cookie notice, a sign-up prompt, a share button) and was
    /// left out of the summary because <see cref="AnalysisOptions.SkipBoilerplate"/> was on. It is scored all the same.
    /// </summary>
    public bool IsBoilerplate { get; init; }

    /// <summary>
    /// How many leading characters of <see cref="Text"/> are a wire dateline left out when the sentence was scored
    /// (see <see cref="AnalysisOptions.SkipDatelines"/>); 0 if none was. From 0 to the length of <see cref="Text"/>, checked
    /// against the <see cref="Span"/> the record has when it is set (set <see cref="Span"/> first in a <see langword="with"/> expression).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than <see cref="Text"/>.</exception>
    public int DatelineLength
    {
        get;
        init => field = value >= 0 && value <= Span.Length ? value
            : throw new ArgumentOutOfRangeException(nameof(DatelineLength), value,
                $"DatelineLength is {value}; it must be from 0 to the sentence's length, {Span.Length}.");
    }

    /// <summary>Whether <paramref name="other"/> is the same sentence analysis: equal values, and equal stances in the same order.</summary>
    /// <param name="other">Another sentence analysis.</param>
    /// <returns><see langword="true"/> if they are equal, so that one read back from JSON equals the original.</returns>
    public bool Equals(SentenceAnalysis? other) =>
        other is not null && Index == other.Index && Span == other.Span && Sentiment == other.Sentiment
        && IsBoilerplate == other.IsBoilerplate && DatelineLength == other.DatelineLength && RecordEquality.Lists(Stance, other.Stance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Index, Span, Sentiment, IsBoilerplate, DatelineLength, Stance.Count);
}
