using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier.Articles;

/// <summary>The article as a whole.</summary>
/// <param name="Sentences">How many sentences the summary counts: all of them, less those left out as boilerplate; 0 or more.</param>
/// <param name="SentimentCounts">Counted sentences per sentiment label: keyed by sentiment labels (<see cref="TaskLabels.Sentiment"/>), none below 0.</param>
/// <param name="MeanSentiment">Mean probability of each sentiment label over the counted sentences, each from 0 to 1, keyed by sentiment labels
/// (0 for each label when <paramref name="Sentences"/> is 0).</param>
/// <param name="OverallSentiment">The sentiment label with the highest mean probability (ties allowed; <c>neutral</c> for an
/// empty article, a placeholder, since the record holds a label: nothing was read, so check <paramref name="Sentences"/> before
/// reporting it, as the training CLI's <c>analyze</c> does, which then reports no sentiment).</param>
/// <param name="Targets">One summary per requested target, in the order given; not null and without null elements.</param>
/// <remarks>
/// The collections are copied into read-only ones. The constructor checks every rule; the <c>init</c> accessors (so a
/// <see langword="with"/> expression) check the value they set, but not that <see cref="OverallSentiment"/> has the highest
/// mean (C# runs no code after a <see langword="with"/> expression's last assignment).
/// </remarks>
/// <exception cref="ArgumentNullException"><paramref name="SentimentCounts"/>, <paramref name="MeanSentiment"/>, <paramref name="OverallSentiment"/> or <paramref name="Targets"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Sentences"/> is negative.</exception>
/// <exception cref="ArgumentException">Another rule is broken; the message names the parameter and the value.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record ArticleSummary(int Sentences, IReadOnlyDictionary<string, int> SentimentCounts, IReadOnlyDictionary<string, double> MeanSentiment,
    string OverallSentiment, IReadOnlyList<TargetSummary> Targets)
{
    /// <summary>How many sentences the summary counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Sentences { get; init => field = RecordRules.NotNegative(value, nameof(Sentences)); } = RecordRules.NotNegative(Sentences, nameof(Sentences));

    /// <summary>Counted sentences per sentiment label (a read-only copy of the dictionary given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A key is not a sentiment label, or a count is negative.</exception>
    public IReadOnlyDictionary<string, int> SentimentCounts { get; init => field = RecordRules.Counts(value, TaskLabels.Sentiment, nameof(SentimentCounts)); } =
        RecordRules.Counts(SentimentCounts, TaskLabels.Sentiment, nameof(SentimentCounts));

    /// <summary>Mean probability of each sentiment label over the counted sentences (a read-only copy of the dictionary given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A key is not a sentiment label, or a mean is not a number from 0 to 1.</exception>
    public IReadOnlyDictionary<string, double> MeanSentiment { get; init => field = RecordRules.Means(value, TaskLabels.Sentiment, nameof(MeanSentiment)); } =
        RecordRules.Means(MeanSentiment, TaskLabels.Sentiment, nameof(MeanSentiment));

    /// <summary>
    /// The sentiment label with the highest mean probability (<c>neutral</c> for an empty article, a placeholder: with
    /// <see cref="Sentences"/> 0 nothing was read, so there is no sentiment to report).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is not a sentiment label.</exception>
    public string OverallSentiment { get; init => field = RecordRules.Label(value, TaskLabels.Sentiment, nameof(OverallSentiment)); } =
        Overall(OverallSentiment, Sentences, MeanSentiment);

    /// <summary>One summary per requested target, in the order given (a read-only copy of the list given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value holds a null element.</exception>
    public IReadOnlyList<TargetSummary> Targets { get; init => field = RecordRules.List(value, nameof(Targets)); } = RecordRules.List(Targets, nameof(Targets));

    /// <summary>How many sentences were left out of the summary as web-page furniture (see <see cref="AnalysisOptions.SkipBoilerplate"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int BoilerplateSentences { get; init => field = RecordRules.NotNegative(value, nameof(BoilerplateSentences)); }

    private static string Overall(string overall, int sentences, IReadOnlyDictionary<string, double> means)
    {
        RecordRules.Label(overall, TaskLabels.Sentiment, nameof(OverallSentiment));
        if (sentences == 0 && overall != "neutral")
        {
            throw new ArgumentException($"OverallSentiment is '{overall}', but Sentences is 0; an empty article's sentiment is 'neutral'.", nameof(OverallSentiment));
        }

        if (sentences > 0)
        {
            RecordRules.Highest(overall, means, nameof(OverallSentiment));
        }

        return overall;
    }

    /// <summary>Whether <paramref name="other"/> is the same summary: equal values, counts, means and target summaries (in order).</summary>
    /// <param name="other">Another article summary.</param>
    /// <returns><see langword="true"/> if they are equal, so that one read back from JSON equals the original.</returns>
    public bool Equals(ArticleSummary? other) =>
        other is not null && Sentences == other.Sentences && OverallSentiment == other.OverallSentiment
        && BoilerplateSentences == other.BoilerplateSentences && RecordEquality.Dictionaries(SentimentCounts, other.SentimentCounts)
        && RecordEquality.Dictionaries(MeanSentiment, other.MeanSentiment) && RecordEquality.Lists(Targets, other.Targets);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sentences, OverallSentiment, BoilerplateSentences, Targets.Count);
}
