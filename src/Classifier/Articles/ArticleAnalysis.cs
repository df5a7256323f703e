using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier.Articles;

/// <summary>Options of <see cref="ArticleAnalyzer.Analyze"/>.</summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record AnalysisOptions
{
    /// <summary>
    /// Whether stance is also scored toward targets a sentence does not mention. By default such a
    /// sentence counts as <c>none</c> for the target without being scored.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool ScoreUnmentionedTargets { get; init; }

    /// <summary>
    /// Whether sentences that look like web-page furniture rather than article prose are left out of the summary:
    /// cookie and consent notices, subscription and sign-up prompts, share and follow buttons, copyright lines, bylines,
    /// wire credits ("(Reporting by ...; Editing by ...)"), photo labels, links to other stories ("READ MORE: ..."), time
    /// stamps, and controls on a line of their own ("Accept", "Advertisement"). They stay in <see cref="ArticleAnalysis.Sentences"/>,
    /// scored, with <see cref="SentenceAnalysis.IsBoilerplate"/> set. Turn it off to count every sentence.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SkipBoilerplate { get; init; } = true;

    /// <summary>
    /// Whether a wire dateline that opens a sentence ("SEOUL (Reuters) - ", "KYIV — ", "WASHINGTON, Dec. 2 (AP) -- ") is
    /// left out when the sentence is scored and its targets found: it says where the story was filed, so "SEOUL" there
    /// is no mention of South Korea. The sentence's text and offsets keep it; <see cref="SentenceAnalysis.DatelineLength"/>
    /// says how much was left out. Turning it off does not make a model read the dateline that was trained to skip it
    /// (<see cref="Features.FeaturizerSettings.SkipDatelines"/>, as both default models were): such a model leaves it
    /// out of its scores and mentions either way, and only <see cref="SentenceAnalysis.DatelineLength"/> (0) and
    /// <see cref="ArticleAnalyzer.FindTargets"/> for a model without that setting change.
    /// </summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SkipDatelines { get; init; } = true;
}

/// <summary>The stance of one sentence toward one target.</summary>
/// <param name="Target">The target as the caller named it: not null, empty or white space, nor longer than <see cref="StanceClassifier.MaxTargetLength"/>.</param>
/// <param name="Mentioned">Whether the sentence names the target (by any alias the model knows).</param>
/// <param name="Result">The model's prediction toward <paramref name="Target"/>, or <see langword="null"/> when the sentence does not mention the target and was not scored.</param>
/// <remarks>
/// The constructor checks every rule; the <c>init</c> accessors (so a <see langword="with"/> expression) check the value
/// they set, but not that the values agree (a mentioned target has a result; the result is toward the target): C# runs
/// no code after a <see langword="with"/> expression's last assignment.
/// </remarks>
/// <exception cref="ArgumentNullException"><paramref name="Target"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Target"/> is empty, white space or too long; or
/// <paramref name="Result"/> is null when <paramref name="Mentioned"/> is true, or is toward another target.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record TargetStance(string Target, bool Mentioned, StanceResult? Result)
{
    /// <summary>The target as the caller named it.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty, white space or longer than <see cref="StanceClassifier.MaxTargetLength"/>.</exception>
    public string Target { get; init => field = RecordRules.Target(value, nameof(Target)); } = RecordRules.Target(Target, nameof(Target));

    /// <summary>The model's prediction, or <see langword="null"/> when the sentence does not mention the target and was not scored.</summary>
    public StanceResult? Result { get; init; } = Checked(Target, Mentioned, Result);

    /// <summary>The stance: the model's label, or <c>none</c> when the sentence was not scored.</summary>
    public string Label => Result?.Label ?? "none";

    private static StanceResult? Checked(string target, bool mentioned, StanceResult? result)
    {
        if (result is null && mentioned)
        {
            throw new ArgumentException("Result is null, but Mentioned is true; a sentence that names the target is always scored.", nameof(Result));
        }

        if (result is not null && result.Target != target)
        {
            throw new ArgumentException($"Result is the stance toward '{result.Target}', not toward Target '{target}'.", nameof(Result));
        }

        return result;
    }
}

/// <summary>One sentence of an article with its sentiment and its stance toward each requested target.</summary>
/// <param name="Index">0-based position of the sentence in the article: 0 or more.</param>
/// <param name="Span">Where the sentence is in the article; not null.</param>
/// <param name="Sentiment">Its sentiment; not null.</param>
/// <param name="Stance">Its stance toward each requested target, in the order they were given; not null and without null
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

    /// <summary>Its stance toward each requested target, in the order they were given (a read-only copy of the list given).</summary>
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

/// <summary>The article as a whole.</summary>
/// <param name="Sentences">How many sentences the summary counts: all of them, less those left out as boilerplate; 0 or more.</param>
/// <param name="SentimentCounts">Counted sentences per sentiment label: keyed by sentiment labels (<see cref="TaskLabels.Sentiment"/>), none below 0.</param>
/// <param name="MeanSentiment">Mean probability of each sentiment label over the counted sentences, each from 0 to 1, keyed by sentiment labels.</param>
/// <param name="OverallSentiment">The sentiment label with the highest mean probability (ties allowed; <c>neutral</c> for an
/// empty article).</param>
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

    /// <summary>The sentiment label with the highest mean probability (<c>neutral</c> for an empty article).</summary>
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

/// <summary>The analysis of an article: each sentence, and the summary.</summary>
/// <param name="Sentences">The sentences, in order: not null, without null elements, each <see cref="SentenceAnalysis.Index"/>
/// greater than the one before. It is copied: a change to the caller's list later does not change the record.</param>
/// <param name="Summary">The aggregates; not null.</param>
/// <remarks>The constructor and the <c>init</c> accessors (so a <see langword="with"/> expression too) check these rules.</remarks>
/// <exception cref="ArgumentNullException"><paramref name="Sentences"/> or <paramref name="Summary"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Sentences"/> holds a null element, or a sentence whose index is not greater than the one before.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ArticleRecordJsonConverter))]
public sealed record ArticleAnalysis(IReadOnlyList<SentenceAnalysis> Sentences, ArticleSummary Summary)
{
    /// <summary>The sentences, in order (a read-only copy of the list given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value holds a null element, or a sentence whose index is not greater than the one before.</exception>
    public IReadOnlyList<SentenceAnalysis> Sentences { get; init => field = InOrder(value); } = InOrder(Sentences);

    /// <summary>The aggregates.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ArticleSummary Summary { get; init => field = RecordRules.NotNull(value, nameof(Summary)); } = RecordRules.NotNull(Summary, nameof(Summary));

    private static IReadOnlyList<SentenceAnalysis> InOrder(IReadOnlyList<SentenceAnalysis> sentences)
    {
        var copy = RecordRules.List(sentences, nameof(Sentences));
        for (var i = 1; i < copy.Count; i++)
        {
            if (copy[i].Index <= copy[i - 1].Index)
            {
                throw new ArgumentException(
                    $"{ArgumentMessages.Element(nameof(Sentences), i)} has Index {copy[i].Index}, not greater than Sentences[{i - 1}]'s {copy[i - 1].Index}; give the sentences in order, each once.",
                    nameof(Sentences));
            }
        }

        return copy;
    }

    /// <summary>Whether <paramref name="other"/> is the same analysis: equal sentences, in order, and an equal summary.</summary>
    /// <param name="other">Another analysis.</param>
    /// <returns><see langword="true"/> if they are equal, so that one read back from JSON, or made again from the same
    /// article by the same models, equals the original.</returns>
    public bool Equals(ArticleAnalysis? other) =>
        other is not null && Summary.Equals(other.Summary) && RecordEquality.Lists(Sentences, other.Sentences);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Summary, Sentences.Count);
}
