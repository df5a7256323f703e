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
/// <param name="Target">The target as the caller named it.</param>
/// <param name="Mentioned">Whether the sentence names the target (by any alias the model knows).</param>
/// <param name="Result">The model's prediction, or <see langword="null"/> when the sentence does not mention the target and was not scored.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record TargetStance(string Target, bool Mentioned, StanceResult? Result)
{
    /// <summary>The stance: the model's label, or <c>none</c> when the sentence was not scored.</summary>
    public string Label => Result?.Label ?? "none";
}

/// <summary>One sentence of an article with its sentiment and its stance toward each requested target.</summary>
/// <param name="Index">0-based position of the sentence in the article.</param>
/// <param name="Span">Where the sentence is in the article.</param>
/// <param name="Sentiment">Its sentiment.</param>
/// <param name="Stance">Its stance toward each requested target, in the order they were given.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record SentenceAnalysis(int Index, SentenceSpan Span, SentimentResult Sentiment, IReadOnlyList<TargetStance> Stance)
{
    /// <summary>The sentence.</summary>
    public string Text => Span.Text;

    /// <summary>
    /// Whether the sentence looks like web-page furniture (a cookie notice, a sign-up prompt, a share button) and was
    /// left out of the summary because <see cref="AnalysisOptions.SkipBoilerplate"/> was on. It is scored all the same.
    /// </summary>
    public bool IsBoilerplate { get; init; }

    /// <summary>
    /// How many leading characters of <see cref="Text"/> are a wire dateline left out when the sentence was scored
    /// (see <see cref="AnalysisOptions.SkipDatelines"/>); 0 if none was.
    /// </summary>
    public int DatelineLength { get; init; }
}

/// <summary>How one target is treated across an article.</summary>
/// <param name="Target">The target as the caller named it.</param>
/// <param name="MentionedIn">How many of the counted sentences name it.</param>
/// <param name="Counts">Counted sentences per stance label (sentences that were not scored count as <c>none</c>).</param>
/// <param name="MeanProbabilities">Mean probability of each label over the scored sentences; empty if none was scored.</param>
/// <param name="OverallStance">The label with the highest mean probability over the scored sentences, or <c>none</c>.</param>
/// <param name="MostFavorable">The scored sentence labeled <c>favor</c> with the highest probability of favor, if any.</param>
/// <param name="MostHostile">The scored sentence labeled <c>against</c> with the highest probability of against, if any.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record TargetSummary(string Target, int MentionedIn, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyDictionary<string, double> MeanProbabilities, string OverallStance, SentenceAnalysis? MostFavorable, SentenceAnalysis? MostHostile);

/// <summary>The article as a whole.</summary>
/// <param name="Sentences">How many sentences the summary counts: all of them, less those left out as boilerplate.</param>
/// <param name="SentimentCounts">Counted sentences per sentiment label.</param>
/// <param name="MeanSentiment">Mean probability of each sentiment label over the counted sentences.</param>
/// <param name="OverallSentiment">The sentiment label with the highest mean probability (<c>neutral</c> for an empty article).</param>
/// <param name="Targets">One summary per requested target, in the order given.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record ArticleSummary(int Sentences, IReadOnlyDictionary<string, int> SentimentCounts, IReadOnlyDictionary<string, double> MeanSentiment,
    string OverallSentiment, IReadOnlyList<TargetSummary> Targets)
{
    /// <summary>How many sentences were left out of the summary as web-page furniture (see <see cref="AnalysisOptions.SkipBoilerplate"/>).</summary>
    public int BoilerplateSentences { get; init; }
}

/// <summary>The analysis of an article: each sentence, and the summary.</summary>
/// <param name="Sentences">The sentences, in order.</param>
/// <param name="Summary">The aggregates.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record ArticleAnalysis(IReadOnlyList<SentenceAnalysis> Sentences, ArticleSummary Summary);
