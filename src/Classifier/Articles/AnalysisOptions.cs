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
    /// scored, with <see cref="SentenceAnalysis.IsBoilerplate"/> set. Turn it off to count every sentence; none is then marked
    /// (<see cref="SentenceAnalysis.IsBoilerplate"/> is false for all).
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

    /// <summary>
    /// The longest article, in characters (UTF-16 code units, as <see cref="string.Length"/> counts them), that
    /// <see cref="ArticleAnalyzer.Analyze"/> and <see cref="ArticleAnalyzer.FindTargets"/> take: a longer one is refused
    /// with an <see cref="ArgumentException"/> naming its length and this limit. An analysis takes time in proportion to
    /// the text's length (a few seconds for a million characters of news prose) and memory in proportion to
    /// its number of sentences times its number of targets, which text of short "sentences" ("A. A. A. ...") makes large:
    /// a million characters of it held 160 MB with one target and 460 MB with 20 (measured once, on 5 December). The default, about 35,000 words, is
    /// several times the longest news article; raise it (up to <see cref="int.MaxValue"/>, no limit) for longer texts you
    /// trust, such as reports read from your own files, or lower it in a service that takes articles from its callers.
    /// </summary>
    /// <value>Default 200,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxArticleLength { get; init => field = RecordRules.AtLeastOne(value, nameof(MaxArticleLength)); } = 200_000;

    /// <summary>Refuses <paramref name="articleText"/> when it is longer than <see cref="MaxArticleLength"/>.</summary>
    internal void CheckLength(string articleText)
    {
        if (articleText.Length > MaxArticleLength)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"articleText is {articleText.Length:N0} characters long, more than AnalysisOptions.MaxArticleLength ({MaxArticleLength:N0}) allows; split it into articles, or raise MaxArticleLength."),
                nameof(articleText));
        }
    }
}
