using Classifier.Model;

namespace Classifier;

/// <summary>
/// Tells the sentiment of news sentences: <c>negative</c>, <c>neutral</c> or <c>positive</c>.
/// </summary>
/// <example>
/// <code>
/// var classifier = SentimentClassifier.LoadDefault();
/// SentimentResult r = classifier.Predict("Talks resumed after a two-year freeze.");
/// Console.WriteLine($"{r.Label} {r.Probabilities["positive"]:P0}");
/// </code>
/// </example>
/// <threadsafety>
/// Instances are immutable and thread-safe: load one and share it across any number of threads
/// (register it as a singleton). Each thread reuses its own scratch buffers.
/// </threadsafety>
public sealed class SentimentClassifier
{
    private static readonly LoadOnce<SentimentClassifier> Default = new(() => new SentimentClassifier(ModelLoading.Embedded(ClassifierTask.Sentiment)));

    private readonly ModelScorer _scorer;

    /// <summary>Wraps a sentiment model already loaded; the caller has checked its task (the training CLI, which names the option at fault).</summary>
    internal SentimentClassifier(ModelScorer scorer) => _scorer = scorer;

    /// <summary>What the model file says about itself: labels, training data, settings, metrics.</summary>
    public ModelInfo Info => _scorer.Info;

    /// <summary>The labels this model predicts, in the order of its probabilities.</summary>
    public IReadOnlyList<string> Labels => _scorer.ReadOnlyLabels;

    internal ModelScorer Scorer => _scorer;

    /// <summary>The default model embedded in this library, trained on the project's news corpus. Every call returns the same instance; if the first load fails, the next call tries again.</summary>
    /// <returns>The shared default classifier.</returns>
    /// <exception cref="ModelFileException">The library was built without a default sentiment model.</exception>
    public static SentimentClassifier LoadDefault() => Default.Value;

    /// <summary>Loads a sentiment model file written by the training CLI.</summary>
    /// <param name="path">The model file (<c>.zip</c>).</param>
    /// <param name="options">Load options, such as an expected SHA-256; <see langword="null"/> for none.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space, or holds the null character U+0000, which no file path may hold (the message names the parameter and the character's index).</exception>
    /// <exception cref="ModelFileException">The file is missing, larger than a model file may hold, damaged, modified, of an unknown format version, written by a later version with a featurizer setting this one does not know, or a stance model.</exception>
    public static SentimentClassifier Load(string path, ModelLoadOptions? options = null) =>
        new(ModelLoading.FromFile(path, ClassifierTask.Sentiment, options));

    /// <summary>Loads a sentiment model from a stream holding a model file.</summary>
    /// <param name="stream">The stream, read synchronously from its current position to its end; the caller keeps ownership.</param>
    /// <param name="options">Load options, such as an expected SHA-256; <see langword="null"/> for none.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ModelFileException">The stream cannot be read (its <c>Read</c> throws an <see cref="IOException"/>, an <see cref="InvalidDataException"/>, an <see cref="OperationCanceledException"/> (an ASP.NET Core request body whose client disconnected) or an <see cref="InvalidOperationException"/>: a stream that allows only asynchronous reads, such as an ASP.NET Core request body, loads with <see cref="LoadAsync"/> instead), is closed or write-only; or the content is larger than a model file may hold, damaged, modified, of an unknown format version, written by a later version with a featurizer setting this one does not know, or a stance model.</exception>
    public static SentimentClassifier Load(Stream stream, ModelLoadOptions? options = null) =>
        new(ModelLoading.FromStream(stream, ClassifierTask.Sentiment, options));

    /// <summary>
    /// Loads a sentiment model from a stream holding a model file, reading it asynchronously: for a stream that allows only
    /// asynchronous reads, such as an ASP.NET Core request body. Only the reading is asynchronous: the model is then built
    /// from the bytes read, as <see cref="Load(Stream, ModelLoadOptions?)"/> builds it.
    /// </summary>
    /// <param name="stream">The stream, read from its current position to its end; the caller keeps ownership.</param>
    /// <param name="options">Load options, such as an expected SHA-256; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null (thrown by the call itself, not through the task).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while the stream was read.</exception>
    /// <exception cref="ModelFileException">As for <see cref="Load(Stream, ModelLoadOptions?)"/>, with <c>ReadAsync</c> in place of <c>Read</c>; an <see cref="OperationCanceledException"/> that <c>ReadAsync</c> throws while <paramref name="cancellationToken"/> is not cancelled (an ASP.NET Core request body whose client disconnected: "The request was aborted") is a stream that cannot be read.</exception>
    public static Task<SentimentClassifier> LoadAsync(Stream stream, ModelLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Thrown at the call, not through the task, as .NET's own asynchronous methods do with a bad argument.
        ArgumentNullException.ThrowIfNull(stream);
        return Read(stream, options, cancellationToken);

        static async Task<SentimentClassifier> Read(Stream stream, ModelLoadOptions? options, CancellationToken cancellationToken) =>
            new(await ModelLoading.FromStreamAsync(stream, ClassifierTask.Sentiment, options, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Tells the sentiment of one sentence.</summary>
    /// <param name="text">The sentence. Empty or white-space text gets the model's prior (its bias alone). Texts longer than
    /// <see cref="Features.FeaturizerSettings.MaxTextLength"/> characters are cut to that length. Invisible format characters
    /// inside words (a soft hyphen, a zero-width space, a word joiner, a byte-order mark, a direction mark: "Ger&#xAD;many")
    /// are read as absent, so the text scores as it does without them (docs/library.md says which).</param>
    /// <returns>The label, its confidence and the probability of every label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public SentimentResult Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<double> probabilities = stackalloc double[_scorer.Classes];
        _scorer.Probabilities(text, probabilities);
        return ResultFactory.Sentiment(_scorer.Labels, probabilities);
    }

    /// <summary>
    /// Explains a prediction: the features that pushed the text toward its predicted label most, with where they occur in
    /// <paramref name="text"/> as given (a word's span holds any invisible format characters inside it, which are read as absent).
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="top">How many contributions to return at most.</param>
    /// <returns>The predicted label, its probability and the top contributions, largest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public Explanation Explain(string text, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return Explainer.Explain(_scorer, text, target: null, top);
    }

    /// <summary>
    /// Explains how the text bears on one label, predicted or not: the features that pushed it toward
    /// <paramref name="label"/> most, against the other labels, with where they occur in <paramref name="text"/> as given.
    /// For the predicted label it is <see cref="Explain(string, int)"/>; for another, it shows what spoke for that label,
    /// such as the words that made a sentence read negative almost read positive.
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="label">The label to explain: one of the model's labels (<see cref="Labels"/>), as written.</param>
    /// <param name="top">How many contributions to return at most.</param>
    /// <returns><paramref name="label"/>, its probability and the top contributions toward it, largest first (none when no feature pushed toward it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is not one of the model's labels.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public Explanation Explain(string text, string label, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = Explainer.LabelIndex(_scorer, label, nameof(label));
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return Explainer.Explain(_scorer, text, target: null, top, index);
    }

    /// <summary>Tells the sentiment of many sentences, using every core for large batches.</summary>
    /// <param name="texts">The sentences; none may be null.</param>
    /// <returns>One result per sentence, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    public IReadOnlyList<SentimentResult> PredictBatch(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var items = texts as IReadOnlyList<string> ?? texts.ToArray();
        return BatchRunner.Run(items, Predict, nameof(texts));
    }
}
