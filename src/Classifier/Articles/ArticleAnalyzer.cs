namespace Classifier.Articles;

/// <summary>
/// Analyses whole articles: splits them into sentences, tells each sentence's sentiment and its stance
/// toward the requested targets, and aggregates both over the article (leaving out web-page furniture such as
/// cookie notices unless <see cref="AnalysisOptions.SkipBoilerplate"/> is turned off, and scoring a sentence without
/// its wire dateline unless <see cref="AnalysisOptions.SkipDatelines"/> is).
/// </summary>
/// <example>
/// <code>
/// var analyzer = ArticleAnalyzer.LoadDefault();
/// var analysis = analyzer.Analyze(File.ReadAllText("article.txt"), ["South Korea", "United States"]);
/// foreach (var t in analysis.Summary.Targets) Console.WriteLine($"{t.Target}: {t.OverallStance}");
///
/// // Or toward every country, organisation or policy the article names, the most named first:
/// var text = File.ReadAllText("article.txt");
/// var named = analyzer.Analyze(text, analyzer.FindTargets(text).Take(5));
/// </code>
/// </example>
/// <threadsafety>Instances are immutable and thread-safe, like the classifiers they use.</threadsafety>
public sealed class ArticleAnalyzer
{
    private static readonly AnalysisOptions DefaultOptions = new();

    /// <summary>Creates an analyzer over the given classifiers.</summary>
    /// <param name="sentiment">The sentiment classifier.</param>
    /// <param name="stance">The stance classifier.</param>
    /// <exception cref="ArgumentNullException">A classifier is null.</exception>
    public ArticleAnalyzer(SentimentClassifier sentiment, StanceClassifier stance)
    {
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(stance);
        Sentiment = sentiment;
        Stance = stance;
    }

    /// <summary>The sentiment classifier.</summary>
    public SentimentClassifier Sentiment { get; }

    /// <summary>The stance classifier.</summary>
    public StanceClassifier Stance { get; }

    /// <summary>An analyzer over the library's default models.</summary>
    /// <returns>The analyzer.</returns>
    /// <exception cref="ModelFileException">The library was built without its default models.</exception>
    public static ArticleAnalyzer LoadDefault() => new(SentimentClassifier.LoadDefault(), StanceClassifier.LoadDefault());

    /// <summary>Analyses an article.</summary>
    /// <param name="articleText">The article: plain text, paragraphs separated by blank lines.</param>
    /// <param name="targets">The targets whose stance to report (may be empty). Names of one target (repeated, or two of
    /// its names in the alias table, "US" and "Washington") are reported once, under the first name given.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>Each sentence with its offsets, sentiment and stances, and the aggregates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articleText"/>, <paramref name="targets"/> or a target is null.</exception>
    /// <exception cref="ArgumentException">A target is empty or white space, longer than <see cref="StanceClassifier.MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit,
    /// or is only function words that the stance model's alias table does not know and would find in every text ("the", "will": see <see cref="StanceClassifier.Predict"/>);
    /// or <paramref name="articleText"/> is longer than <see cref="AnalysisOptions.MaxArticleLength"/> (200,000 characters by default).</exception>
    public ArticleAnalysis Analyze(string articleText, IEnumerable<string> targets, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        ArgumentNullException.ThrowIfNull(targets);
        var targetList = targets.ToArray();
        for (var i = 0; i < targetList.Length; i++)
        {
            StanceClassifier.CheckTarget(targetList[i], nameof(targets), i);
            Stance.Context(targetList[i], nameof(targets), i);
        }

        targetList = targetList.DistinctBy(Stance.Scorer.Aliases.SameTargetKey, StringComparer.OrdinalIgnoreCase).ToArray();

        options ??= DefaultOptions;
        options.CheckLength(articleText);
        var spans = SentenceSplitter.Split(articleText);
        var datelines = spans.Select(s => DatelineLength(s.Text, options)).ToArray();
        var scored = spans.Select((s, i) => s.Text[datelines[i]..]).ToArray();
        var sentiments = Sentiment.PredictBatch(scored);
        var sentences = spans.Select((span, i) => new SentenceAnalysis(i, span, sentiments[i], StancesOf(scored[i], targetList, options))
        {
            IsBoilerplate = options.SkipBoilerplate && Boilerplate.IsBoilerplate(span.Text),
            DatelineLength = datelines[i],
        }).ToArray();
        var counted = sentences.Where(s => !s.IsBoilerplate).ToArray();
        return new ArticleAnalysis(sentences.AsReadOnly(), Summarize(counted, targetList) with { BoilerplateSentences = sentences.Length - counted.Length });
    }

    /// <summary>
    /// The known targets (see <see cref="StanceClassifier.FindTargets"/>) that an article names, as canonical names, the
    /// ones named in the most sentences first (ties: the first named first). Sentences of web-page furniture are not
    /// read unless <see cref="AnalysisOptions.SkipBoilerplate"/> is off, and wire datelines ("SEOUL (Reuters) - ") are not
    /// read unless <see cref="AnalysisOptions.SkipDatelines"/> is off; nor is a sentence past its first
    /// <see cref="Features.FeaturizerSettings.MaxTextLength"/> characters (20,000 in the default model), the part the model
    /// reads, as in <see cref="StanceClassifier.FindTargets"/>. Pass the result (or its first few) to
    /// <see cref="Analyze"/> to report the stance toward each.
    /// </summary>
    /// <param name="articleText">The article: plain text, paragraphs separated by blank lines.</param>
    /// <param name="options">Options; <see langword="null"/> for the defaults.</param>
    /// <returns>The targets named; empty if none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articleText"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="articleText"/> is longer than <see cref="AnalysisOptions.MaxArticleLength"/> (200,000 characters by default).</exception>
    public IReadOnlyList<string> FindTargets(string articleText, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        options ??= DefaultOptions;
        options.CheckLength(articleText);
        var found = new Dictionary<string, (int Sentences, int First)>(StringComparer.Ordinal);
        foreach (var span in SentenceSplitter.Split(articleText))
        {
            if (options.SkipBoilerplate && Boilerplate.IsBoilerplate(span.Text))
            {
                continue;
            }

            foreach (var target in Stance.FindTargets(span.Text[DatelineLength(span.Text, options)..]))
            {
                found[target] = found.TryGetValue(target, out var seen) ? (seen.Sentences + 1, seen.First) : (1, found.Count);
            }
        }

        return found.OrderByDescending(kv => kv.Value.Sentences).ThenBy(kv => kv.Value.First).Select(kv => kv.Key).ToArray();
    }

    /// <summary>
    /// The length of the sentence's dateline when datelines are skipped, found in the sentence without its invisible format
    /// characters ("BER&#xAD;LIN (Reuters) - ") as the models read it, and counted in the sentence as given.
    /// </summary>
    private static int DatelineLength(string sentence, AnalysisOptions options)
    {
        if (!options.SkipDatelines)
        {
            return 0;
        }

        var visible = Features.ReadingForm.Of(sentence, int.MaxValue, out var map);
        var length = Dateline.Length(visible);
        return length == 0 ? 0 : Features.ReadingForm.Original(map, 0, length).End;
    }

    /// <summary>The sentence's stance toward each target it names (each target, with <see cref="AnalysisOptions.ScoreUnmentionedTargets"/>), scored in one pass.</summary>
    private IReadOnlyList<TargetStance> StancesOf(string sentence, string[] targets, AnalysisOptions options)
    {
        var mentioned = Stance.Mentioned(sentence, targets);
        var scored = targets.Where((_, i) => mentioned[i] || options.ScoreUnmentionedTargets).ToArray();
        var results = scored.Length == 0 ? [] : Stance.PredictTargets(sentence, scored);
        var next = 0;
        return targets.Select((t, i) => new TargetStance(t, mentioned[i], mentioned[i] || options.ScoreUnmentionedTargets ? results[next++] : null)).ToArray().AsReadOnly();
    }

    private ArticleSummary Summarize(SentenceAnalysis[] sentences, string[] targets)
    {
        var labels = Sentiment.Labels;
        var counts = labels.ToDictionary(l => l, l => sentences.Count(s => s.Sentiment.Label == l));
        var mean = labels.ToDictionary(l => l, l => sentences.Length == 0 ? 0 : sentences.Average(s => s.Sentiment.Probabilities[l]));
        var overall = sentences.Length == 0 ? "neutral" : mean.MaxBy(kv => kv.Value).Key;
        var summaries = targets.Select((t, i) => SummarizeTarget(t, sentences.Select(s => (Sentence: s, Stance: s.Stance[i])).ToArray())).ToArray();
        return new ArticleSummary(sentences.Length, counts.AsReadOnly(), mean.AsReadOnly(), overall, summaries.AsReadOnly());
    }

    private TargetSummary SummarizeTarget(string target, (SentenceAnalysis Sentence, TargetStance Stance)[] rows)
    {
        var labels = Stance.Labels;
        var scored = rows.Where(r => r.Stance.Result is not null).ToArray();

        // A sentence not scored counts as none, so none is counted even for a model trained without it (against and favor only).
        var counted = labels.Contains("none") ? labels : TaskLabels.Stance.Where(l => l == "none" || labels.Contains(l)).ToArray();
        var counts = counted.ToDictionary(l => l, l => rows.Count(r => r.Stance.Label == l));
        var mean = scored.Length == 0 ? new Dictionary<string, double>() : labels.ToDictionary(l => l, l => scored.Average(r => r.Stance.Result!.Probabilities[l]));
        var overall = mean.Count == 0 ? "none" : mean.MaxBy(kv => kv.Value).Key;
        SentenceAnalysis? Most(string label) => scored.Where(r => r.Stance.Label == label)
            .OrderByDescending(r => r.Stance.Result!.Probabilities[label]).Select(r => r.Sentence).FirstOrDefault();
        return new TargetSummary(target, rows.Count(r => r.Stance.Mentioned), counts.AsReadOnly(), mean.AsReadOnly(), overall, Most("favor"), Most("against"));
    }
}
