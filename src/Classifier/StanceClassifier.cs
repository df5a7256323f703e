using Classifier.Model;

namespace Classifier;

/// <summary>
/// Tells the stance of news sentences toward a named target (a country, an organisation, a policy):
/// <c>against</c>, <c>none</c> or <c>favor</c>. One model serves every target, including targets it
/// never saw in training; the model's alias table maps other names ("Washington", "US") to its targets.
/// </summary>
/// <example>
/// <code>
/// var stance = StanceClassifier.LoadDefault();
/// var text = "Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion.";
/// foreach (var r in stance.PredictTargets(text, ["South Korea", "United States"]))
///     Console.WriteLine(r);   // South Korea: favor (…), United States: against (…)
/// </code>
/// </example>
/// <threadsafety>
/// Instances are immutable and thread-safe: load one and share it across any number of threads.
/// </threadsafety>
public sealed partial class StanceClassifier
{
    private static readonly LoadOnce<StanceClassifier> Default = new(() => new StanceClassifier(ModelLoading.Embedded(ClassifierTask.Stance)));

    /// <summary>
    /// The longest target, and the longest alias given to <see cref="WithAliases"/>, in characters: 300. A target is a name
    /// (a country, an organisation, a person, a policy: the default model's longest name has 54 characters), not a text, so
    /// a longer one is refused with an <see cref="ArgumentException"/> naming its length, where a text is cut to the part
    /// the model reads (<see cref="Features.FeaturizerSettings.MaxTextLength"/>): a cut name would be another target. It
    /// bounds the time a call takes, which grows with the target's length.
    /// </summary>
    public const int MaxTargetLength = 300;

    private readonly ModelScorer _scorer;

    /// <summary>Wraps a stance model already loaded; the caller has checked its task (the training CLI, which names the option at fault).</summary>
    internal StanceClassifier(ModelScorer scorer) => _scorer = scorer;

    /// <summary>What the model file says about itself: labels, training data, settings, metrics, aliases.</summary>
    public ModelInfo Info => _scorer.Info;

    /// <summary>The labels this model predicts, in the order of its probabilities.</summary>
    public IReadOnlyList<string> Labels => _scorer.ReadOnlyLabels;

    internal ModelScorer Scorer => _scorer;

    /// <summary>
    /// A classifier of the same model that also knows <paramref name="aliases"/> as names of <paramref name="target"/>: in
    /// its features (a mention by an alias is a mention of the target), <see cref="FindMentions"/>, <see cref="Explain(string, string, int)"/> and,
    /// for a target written as a name, <see cref="FindTargets"/> (which finds a policy only by its own name). Use it for a target the model's table does not know by every name it goes by ("windfall
    /// tax": "windfall levy"; "Tesla": "TSLA"), or to add a name to one it knows. This instance is unchanged, and the new
    /// one shares its weights but builds an alias table of its own, so build it once and keep it rather than per call.
    /// <see cref="Info"/> still describes the model file.
    /// </summary>
    /// <param name="target">The target, as callers will pass it; if it is a name the table knows ("US"), the aliases are
    /// added to that name's target ("United States").</param>
    /// <param name="aliases">Its other names. A name the table already gives to another target, or a person the model reads as
    /// speaking for another target (<see cref="ModelInfo.Representatives"/>), is refused, unless the target is that person
    /// ("Vladimir Putin": "Putin"), who is found by such names with or without them; a person who speaks for this target
    /// is accepted ("China": "Xi Jinping"), and then, passed as a target, resolves to it rather than standing as a target of
    /// its own.</param>
    /// <returns>The classifier with the larger alias table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/>, <paramref name="aliases"/> or an alias is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> or an alias is empty or white space, longer than
    /// <see cref="MaxTargetLength"/>, holds a control character other than white space or has no letter or digit, an alias already names another target in the model's table or is a person the model
    /// reads as speaking for another target, or an alias of a target
    /// written as a name has 3 letters or fewer and no capital ("us" for "United States"), so it would match the ordinary
    /// word: write it in capitals ("US"); or <paramref name="target"/> is only function words that the model's alias table
    /// does not know, or an alias is only function words (even one the table knows as a target: "us" for a policy), which
    /// the model would find in every text ("the", "their"; see <see cref="Predict"/>).</exception>
    public StanceClassifier WithAliases(string target, params IEnumerable<string> aliases)
    {
        CheckTarget(target, nameof(target));
        Context(target, nameof(target));
        ArgumentNullException.ThrowIfNull(aliases);
        var names = aliases.ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            CheckTarget(names[i], nameof(aliases), ArgumentMessages.Element(nameof(aliases), i), target);
        }

        // The table's own checks first (a name of another target, a short lower-case name of a name), then the words.
        var scorer = _scorer.WithAliases(target, names);
        for (var i = 0; i < names.Length; i++)
        {
            // Even a name the table knows in another case: "us" added to pension reform would match every "us".
            if (Stance.FunctionWords.FoundEverywhere(names[i]))
            {
                throw new ArgumentException(
                    FunctionWordsMessage(names[i], ArgumentMessages.Element(nameof(aliases), i), $"give each alias as a name of '{target}', or leave it out"),
                    nameof(aliases));
            }
        }

        return new StanceClassifier(scorer);
    }

    /// <summary>Tells the stance of one sentence toward one target.</summary>
    /// <param name="text">The sentence. Empty or white-space text gets the model's prior toward the target. Invisible format
    /// characters inside words (a soft hyphen, a zero-width space: "Chi&#x200B;na") are read as absent, so the text scores as
    /// it does without them (docs/library.md says which).</param>
    /// <param name="target">The target: a name the model knows, one of its aliases, or any other name.</param>
    /// <returns>The label, its confidence and the probability of every label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is empty or white space, longer than <see cref="MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit, or is only function words that the model's alias table does not know and would find in every text ("the", "will", and capitalised: "May", "The"; not a name of 2 or 3 capitals, "WE", nor one the table knows as a target, "us").</exception>
    public StanceResult Predict(string text, string target)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckTarget(target, nameof(target));
        Span<double> probabilities = stackalloc double[_scorer.Classes];
        _scorer.Probabilities(text, Context(target, nameof(target)), probabilities);
        return ResultFactory.Stance(target, _scorer.Labels, probabilities);
    }

    /// <summary>
    /// How many of the model's training rows were toward <paramref name="target"/>, named by any of its names in the alias
    /// table (<see cref="TrainingDataInfo.Targets"/>), in any case ("Pension reform" counts the rows toward "pension
    /// reform": the model's features read the two alike). Zero means the model never trained on the target: it reads the
    /// stance from how the target is mentioned and what is said around it, not from anything learned about the target
    /// itself, and is less accurate, most of all toward policies and issues ("tourist taxes", "jury trials"); the
    /// repository's models/README.md gives the default model's figures on held-out files of such targets. Zero also for a
    /// model saved before <see cref="TrainingDataInfo.Targets"/> existed.
    /// </summary>
    /// <param name="target">The target, by any of its names.</param>
    /// <returns>The number of training rows toward the target; 0 if none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is empty or white space, longer than <see cref="MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit.</exception>
    public int TrainingRows(string target)
    {
        CheckTarget(target, nameof(target));
        return _scorer.TrainingRows(target);
    }

    /// <summary>Tells the stance of many (sentence, target) pairs, using every core for large batches.</summary>
    /// <param name="items">The pairs; no text or target may be null, nor a target blank, longer than <see cref="MaxTargetLength"/>, holding a control character or without a letter or digit.</param>
    /// <returns>One result per pair, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/>, or a text or target in it, is null.</exception>
    /// <exception cref="ArgumentException">A target is empty or white space, longer than <see cref="MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit, or is only function words that the model's alias table does not know and would find in every text ("the", "will", and capitalised: "May", "The"; not a name of 2 or 3 capitals, "WE", nor one the table knows as a target, "us").</exception>
    public IReadOnlyList<StanceResult> PredictBatch(IEnumerable<(string Text, string Target)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items as IReadOnlyList<(string Text, string Target)> ?? items.ToArray();
        return BatchRunner.Run(list, item => Predict(item.Text, item.Target), nameof(items), CheckItem);
    }

    /// <summary>
    /// Explains a prediction: the features that pushed the text toward its predicted stance most, with where they occur in
    /// <paramref name="text"/> as given (a word's span holds any invisible format characters inside it, which are read as absent).
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="target">The target.</param>
    /// <param name="top">How many contributions to return at most.</param>
    /// <returns>The predicted label, its probability and the top contributions, largest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is empty or white space, longer than <see cref="MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit, or is only function words that the model's alias table does not know and would find in every text ("the", "will", and capitalised: "May", "The"; not a name of 2 or 3 capitals, "WE", nor one the table knows as a target, "us"); or is one of the model's labels in any case ("favor", "Favor": a label meant for <see cref="Explain(string, string, string, int)"/>, given without its target).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public Explanation Explain(string text, string target, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckTarget(target, nameof(target));
        if (Labels.FirstOrDefault(l => l.Equals(target.Trim(), StringComparison.OrdinalIgnoreCase)) is { } label)
        {
            // Explain(text, "favor") reads as the sentiment classifier's Explain(text, label) but explained "favor" as a target.
            throw new ArgumentException($"The target '{target.Trim()}' is one of the model's stance labels, not a target: to explain the stance " +
                $"'{label}' toward a target, call Explain(text, target, \"{label}\").", nameof(target));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return Explainer.Explain(_scorer, text, Context(target, nameof(target)), top);
    }

    /// <summary>
    /// Explains how the text bears on one stance toward the target, predicted or not: the features that pushed it toward
    /// <paramref name="label"/> most, against the other labels, with where they occur in <paramref name="text"/> as given.
    /// For the predicted label it is <see cref="Explain(string, string, int)"/>; for another, it shows what spoke for that
    /// label, such as the words that made a sentence read against its target almost read favor.
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="target">The target.</param>
    /// <param name="label">The stance to explain: one of the model's labels (<see cref="Labels"/>), as written.</param>
    /// <param name="top">How many contributions to return at most.</param>
    /// <returns><paramref name="label"/>, its probability and the top contributions toward it, largest first (none when no feature pushed toward it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="target"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is empty or white space, longer than <see cref="MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit, or is only function words that the model's alias table does not know and would find in every text ("the", "will", and capitalised: "May", "The"; not a name of 2 or 3 capitals, "WE", nor one the table knows as a target, "us"); or <paramref name="label"/> is not one of the model's labels.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    public Explanation Explain(string text, string target, string label, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckTarget(target, nameof(target));
        var index = Explainer.LabelIndex(_scorer, label, nameof(label));
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return Explainer.Explain(_scorer, text, Context(target, nameof(target)), top, index);
    }

    /// <summary>
    /// Where <paramref name="text"/> mentions <paramref name="target"/> by any name in the model's alias table (or, for a
    /// target the table does not know, the name as given, without a leading "the", and in the singular or, for a policy or
    /// issue, the plural: "tourist tax" is also found as "tourist taxes", and "fuel subsidies" as "fuel subsidy"), or
    /// through a person who speaks for it (<see cref="ModelInfo.Representatives"/>), as the model's features see it: when
    /// the model was trained with
    /// <see cref="Features.FeaturizerSettings.NamesAsWritten"/>, as the default model was, a name written in lower case in a
    /// text with capitals ("in the north of the country") is no mention; when it skips datelines
    /// (<see cref="Features.FeaturizerSettings.SkipDatelines"/>), neither is the place of an opening dateline ("SEOUL (Reuters) - ");
    /// and when it reads digits as 0 without <see cref="Features.FeaturizerSettings.NameDigitsAsWritten"/>, as the default
    /// model does, a name with a digit 1-9 ("G20", "Group of 20", "Article 50") is not found, as the model does not find it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="target">The target.</param>
    /// <returns>The mentions, in order, as spans of <paramref name="text"/> as given; empty if the text does not name the
    /// target. Invisible format characters inside a name are read as absent, and the span covers them ("Chi&#x200B;na" is
    /// China). Only the part of the text the model reads is searched: its first
    /// <see cref="Features.FeaturizerSettings.MaxTextLength"/> characters (20,000 in the default model), those read as absent
    /// not counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is empty or white space, longer than <see cref="MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit, or is only function words that the model's alias table does not know and would find in every text ("the", "will", and capitalised: "May", "The"; not a name of 2 or 3 capitals, "WE", nor one the table knows as a target, "us").</exception>
    public IReadOnlyList<TextSpan> FindMentions(string text, string target)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckTarget(target, nameof(target));
        Context(target, nameof(target));
        // Found in the text without its invisible characters ("Chi\u200Bna" is China), given as spans of the caller's text.
        var read = _scorer.Readable(text, out var map);
        var mentions = new List<Stance.Mention>();
        AddMentions(read, NameText(read), _scorer.Unread(read), target, mentions);
        return mentions.Where(m => m.IsTarget).Select(m => Features.ReadingForm.Original(map, m.Start, m.End))
            .Select(span => new TextSpan(span.Start, span.End - span.Start)).ToArray();
    }

    /// <summary>For each of <paramref name="targets"/>, whether <see cref="FindMentions"/> finds it in <paramref name="text"/>; the text is normalised, and its dateline found, once.</summary>
    internal bool[] Mentioned(string text, IReadOnlyList<string> targets)
    {
        text = _scorer.Readable(text, out _);
        var lowered = NameText(text);
        var skip = _scorer.Unread(text);
        var mentions = new List<Stance.Mention>();
        var found = new bool[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            mentions.Clear();
            AddMentions(text, lowered, skip, targets[t], mentions);
            found[t] = mentions.Exists(m => m.IsTarget);
        }

        return found;
    }

    /// <summary>
    /// The text names are found in, as the model's features find them: normalised, and with digits written as 0 in a model
    /// that writes them so and finds names in that text (<see cref="Features.FeaturizerSettings.NameDigitsAsWritten"/> off,
    /// as in the default model), where "G20" is no mention.
    /// </summary>
    private char[] NameText(string text)
    {
        var lowered = new char[text.Length];
        Features.TextNormalizer.Normalize(text, lowered, digitsToZero: _scorer.NamesDigitsFolded);
        return lowered;
    }

    /// <summary>The mentions of every known name and of <paramref name="target"/> after the first <paramref name="skip"/> characters, as the model's features find them.</summary>
    private void AddMentions(string text, char[] lowered, int skip, string target, List<Stance.Mention> mentions)
    {
        var context = _scorer.Target(target);
        _scorer.Aliases.FindMentions(text, lowered, context.ExtraPatterns, context.Canonical, mentions, _scorer.Info.Featurizer.NamesAsWritten, skip);
    }

    /// <summary>
    /// The targets of the model's alias table that <paramref name="text"/> names, as canonical names in order of first
    /// mention, each once: "Seoul welcomed the offer while Washington dismissed it" gives "South Korea" and "United
    /// States". The default model's table holds countries (with capitals and demonyms), regions, international
    /// organisations and a few policies. A country or organisation is found by any of its names, or of the people who speak
    /// for it in a model trained with them (<see cref="ModelInfo.Representatives"/>: "Xi Jinping" gives "China"), written as a name: with a
    /// capital, a leading "the" aside ("Turkey", "the North"), unless the table writes that name in lower case ("the bloc"),
    /// or anyhow in a text without capitals; "turkey", "the north" and "The north" are not found in ordinary text, though a
    /// capitalised name is whatever it means there ("Georgia" the US state too). A policy or issue is found only by its own
    /// name, with or without "the", singular or plural ("sanctions", "tariff"), because its other names are loose ("talks"
    /// for peace talks, "duties" for tariffs). When the model skips datelines
    /// (<see cref="Features.FeaturizerSettings.SkipDatelines"/>), as the default model does, a place named only by an opening
    /// dateline is not found: "SEOUL (Reuters) - North Korea fired two missiles" gives "North Korea" alone, as
    /// <see cref="FindMentions"/> finds no mention of South Korea there. Nor is a name with a digit 1-9 ("G20") found in a model
    /// that reads digits as 0 without <see cref="Features.FeaturizerSettings.NameDigitsAsWritten"/>, as the default model does.
    /// Pass the result to <see cref="PredictTargets"/> to score them all.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The canonical names of the targets named; empty if none. Invisible format characters inside a name are read
    /// as absent ("Ger&#xAD;many" is Germany). Only the part of the text the model reads is searched: its first
    /// <see cref="Features.FeaturizerSettings.MaxTextLength"/> characters (20,000 in the default model), those read as absent
    /// not counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> FindTargets(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _scorer.FindTargets(text);
    }

    /// <summary>Tells the stance of one sentence toward each of several targets.</summary>
    /// <remarks>
    /// Pass the targets the sentence names or is about (<see cref="FindTargets"/> gives the named ones). A country or
    /// organisation it does not name gets none reliably. Toward a policy or issue the model trained on that the sentence
    /// does not touch, the default model raises none when the sentence comes nearer another trained issue
    /// (<see cref="Features.FeaturizerSettings.UntouchedIssueMargin"/>): none on 76-80% of such rows in the
    /// repository's held-out files, from 33-41% without it. Toward an issue the model never trained on, it raises none when
    /// no word of the sentence comes near the words (<see cref="Features.FeaturizerSettings.UnseenIssueFloor"/>): none
    /// on 71% of such rows, from 53%. A sentence not clearly nearer another trained issue, or with a word near an unseen
    /// issue's, can still get the sentence's tone as a stance (models/README.md, "Issues a sentence does not touch" and
    /// "Unseen issues a sentence does not touch").
    /// </remarks>
    /// <param name="text">The sentence.</param>
    /// <param name="targets">The targets.</param>
    /// <returns>One result per target, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="targets"/> or a target is null.</exception>
    /// <exception cref="ArgumentException">A target is empty or white space, longer than <see cref="MaxTargetLength"/>, holds a control character other than white space (such as U+0000) or has no letter or digit, or is only function words that the model's alias table does not know and would find in every text ("the", "will", and capitalised: "May", "The"; not a name of 2 or 3 capitals, "WE", nor one the table knows as a target, "us").</exception>
    public IReadOnlyList<StanceResult> PredictTargets(string text, IEnumerable<string> targets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(targets);
        var names = targets.ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            CheckTarget(names[i], nameof(targets), i);
        }

        // The text's own features are extracted once; only the target's are extracted per target.
        var contexts = names.Select((name, i) => Context(name, nameof(targets), i)).ToArray();
        var probabilities = new double[names.Length * _scorer.Classes];
        _scorer.ProbabilitiesForTargets(text, contexts, probabilities);
        return names.Select((target, t) => ResultFactory.Stance(target, _scorer.Labels, probabilities.AsSpan(t * _scorer.Classes, _scorer.Classes))).ToArray();
    }
}
