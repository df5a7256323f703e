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
