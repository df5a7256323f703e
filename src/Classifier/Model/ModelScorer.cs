using System.Collections.Concurrent;
using System.Collections.Frozen;
using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Model;

/// <summary>
/// Scores texts with a loaded model. Immutable after construction; the mutable buffers live in
/// one <see cref="Scratch"/> per thread, so any number of threads may score at once.
/// </summary>
internal sealed partial class ModelScorer
{
    /// <summary>Most distinct targets whose contexts are cached; beyond this they are built per call.</summary>
    private const int MaxCachedTargets = 10_000;

    private readonly ThreadLocal<Scratch> _scratch;
    private readonly ConcurrentDictionary<string, TargetContext> _targets = new(StringComparer.Ordinal);

    public ModelScorer(LoadedModel loaded)
    {
        Info = loaded.Info.AsReadOnly();
        Vocabulary = loaded.Vocabulary;
        Model = loaded.Model;
        Labels = loaded.Info.Labels.ToArray();
        ReadOnlyLabels = Array.AsReadOnly(Labels);
        Aliases = new AliasTable(loaded.Info.Aliases, loaded.Info.Representatives, loaded.Info.Featurizer.IgnoreFormerPeople);
        Featurizer = new TextFeaturizer(loaded.Info.Featurizer, loaded.Lexicon, Aliases);
        Topics = loaded.Topics;
        _none = Array.IndexOf(Labels, "none");
        _trained = TrainedByCrossHash(Info.TrainingData.Targets);
        _scratch = new ThreadLocal<Scratch>(NewScratch);
    }

    /// <summary>A scorer of the same model whose alias table is <paramref name="aliases"/> (<see cref="WithAliases"/>).</summary>
    private ModelScorer(ModelScorer source, AliasTable aliases)
    {
        Info = source.Info;
        Vocabulary = source.Vocabulary;
        Model = source.Model;
        Labels = source.Labels;
        ReadOnlyLabels = source.ReadOnlyLabels;
        Aliases = aliases;
        Featurizer = new TextFeaturizer(source.Info.Featurizer, source.Featurizer.Lexicon, aliases);
        Topics = source.Topics;
        _none = source._none;
        _trained = source._trained;
        _scratch = new ThreadLocal<Scratch>(NewScratch);
    }

    public ModelInfo Info { get; }

    /// <summary>
    /// Whether the model finds target names in its text with digits written as 0 (<see cref="FeaturizerSettings.NormalizeDigits"/>
    /// without <see cref="FeaturizerSettings.NameDigitsAsWritten"/>, as the default stance model), where "G20" is no mention;
    /// <c>FindMentions</c>, <c>Mentioned</c> and <c>FindTargets</c> read names as the model does.
    /// </summary>
    public bool NamesDigitsFolded => Info.Featurizer.NamesDigitsFolded;

    /// <summary>The trained issues' centroids (<see cref="FeaturizerSettings.UntouchedIssueMargin"/>); null when the model has none.</summary>
    public IssueTopics? Topics { get; }

    /// <summary>The index of <c>none</c> among the labels; -1 if the model has no such label.</summary>
    private readonly int _none;

    /// <summary>
    /// The training targets by the hash their crossed features use (<see cref="TargetContext.CrossHash"/>, of the name in
    /// lower case), so that a target the weights know, in whatever case it is written ("Pension reform"), is read as trained.
    /// </summary>
    private readonly FrozenDictionary<ulong, string> _trained;

    public FeatureVocabulary Vocabulary { get; }

    public ModelWeights Model { get; }

    public string[] Labels { get; }

    /// <summary><see cref="Labels"/> as callers see them: a wrapper that cannot be cast back to the array.</summary>
    public IReadOnlyList<string> ReadOnlyLabels { get; }

    public int Classes => Model.Classes;

    public AliasTable Aliases { get; }

    /// <summary>How many leading characters of <paramref name="text"/> the model's features leave unread: its opening dateline when the model skips datelines, else none.</summary>
    public int Unread(string text) => Info.Featurizer.SkipDatelines ? Articles.Dateline.Length(text) : 0;

    public TextFeaturizer Featurizer { get; }

    public bool IsStance => Info.Task == ClassifierTask.Stance;

    /// <summary>Whether the model records the targets it trained on (<see cref="TrainingDataInfo.Targets"/>; not models saved before it existed, nor sentiment models).</summary>
    public bool RecordsTrainingTargets => Info.TrainingData.Targets.Count > 0;

    /// <summary>
    /// The training rows toward <paramref name="target"/>, named by any of its names in <see cref="Aliases"/>, in any case
    /// (<see cref="TrainedName(string, ulong)"/>); 0 if none.
    /// </summary>
    public int TrainingRows(string target)
    {
        var canonical = Aliases.Resolve(target);
        return TrainedName(canonical, FeatureHash.Token(canonical.ToLowerInvariant())) is { } trained ? Info.TrainingData.Targets[trained] : 0;
    }

    /// <summary>
    /// A scorer of the same model (weights, vocabulary and lexicon shared) whose alias table also knows
    /// <paramref name="aliases"/> as names of <paramref name="target"/> (<see cref="AliasTable.With"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A name already names another target of the table.</exception>
    public ModelScorer WithAliases(string target, IReadOnlyList<string> aliases) => new(this, Aliases.With(target, aliases));

    /// <summary>The (cached) featurisation context of a stance target.</summary>
    public TargetContext Target(string target)
    {
        if (_targets.TryGetValue(target, out var context))
        {
            return context;
        }

        context = TargetContext.Create(target, Aliases);
        if (_targets.Count < MaxCachedTargets)
        {
            _targets.TryAdd(target, context);
        }

        return context;
    }

    /// <summary>
    /// Whether <paramref name="target"/> is one the alias table does not know that is only function words and would be
    /// found wherever they are used ("the", "will", "May": <see cref="TargetContext.FoundEverywhere"/>); the words are
    /// looked at first, without allocating, and only a target of function words is resolved (its reading is cached).
    /// </summary>
    public bool FoundEverywhere(string target) => Stance.FunctionWords.All(target) && Target(target).FoundEverywhere;

    /// <summary>
    /// For a stance model, why <paramref name="name"/> (a target, or with <paramref name="aliasOf"/> a name to add to that
    /// target, from a row or an option) names nothing the model can find, in the CLI's terms ("target 'the' is only
    /// function words, ..."); null when it names something. A target is judged as <see cref="FoundEverywhere(string)"/>
    /// judges it; a name to add is refused even when the table knows it in another case ("us" as a name of pension reform
    /// would match every "us"), as <see cref="StanceClassifier.WithAliases"/> refuses it.
    /// </summary>
    public string? FunctionWordsProblem(string name, string? aliasOf = null) =>
        !IsStance || !(aliasOf is null ? FoundEverywhere(name) : Stance.FunctionWords.FoundEverywhere(name)) ? null
        : Stance.FunctionWords.Problem(
            aliasOf is null ? $"target '{name.Trim()}'" : $"name '{name.Trim()}'",
            name,
            aliasOf is null ? Stance.FunctionWords.RowFix : $"give a name of '{aliasOf}' or leave it out");

    /// <summary>Featurises <paramref name="text"/> (as <see cref="Visible(string)"/> gives it; toward <paramref name="target"/> for stance) into this thread's scratch vector.</summary>
    private SparseVector Vectorize(string text, TargetContext? target = null)
    {
        var s = _scratch.Value!;
        if (IsStance && target is null)
        {
            throw new ArgumentNullException(nameof(target), "A stance model needs a target.");
        }

        Featurizer.Extract(text, IsStance ? target : null, s.Sink);
        Vectorizer.Vectorize(Info.Featurizer, Vocabulary, s.Sink, s.Vector, s.Counter);
        return s.Vector;
    }

    /// <summary>Writes the probabilities of each label (in <see cref="Labels"/> order) for <paramref name="text"/>.</summary>
    public void Probabilities(string text, Span<double> probabilities) => Probabilities(text, target: null, probabilities);

    /// <summary>Writes the probabilities of each label for <paramref name="text"/> (read as <see cref="Visible(string)"/> gives it) toward <paramref name="target"/> (stance models).</summary>
    public void Probabilities(string text, TargetContext? target, Span<double> probabilities)
    {
        text = Visible(text);
        var vector = Vectorize(text, target);
        var s = _scratch.Value!;
        Model.Probabilities(vector, s.Scores, s.Member, probabilities);
        s.TextVectorReady = false;
        s.WordVectorsReady = false;
        if (target is not null)
        {
            RaiseNoneIfUntouched(s, s.Sink, text, target, probabilities);
        }

        Release(text.Length);
    }

    /// <summary>
    /// The longest text after which a thread keeps the scratch buffers it grew (about 180 KiB for both default models at
    /// 2,000 characters, against 5 MiB at 20,000): after a longer one they are dropped for fresh ones, so that a thread of a
    /// server's pool that once scored a long text does not hold its buffers while it lives.
    /// </summary>
    internal const int KeepScratchUpTo = 2_000;

    /// <summary>Replaces this thread's scratch with a fresh one after a text longer than <see cref="KeepScratchUpTo"/>.</summary>
    private void Release(int textLength)
    {
        if (textLength > KeepScratchUpTo)
        {
            _scratch.Value = NewScratch();
        }
    }

    /// <summary>A thread's scratch as it starts out, before any text has grown its buffers.</summary>
    private Scratch NewScratch() => new(Model.Classes, Model.ScoreSlots);

    /// <summary>
    /// Featurises <paramref name="text"/> (as <see cref="Visible(string, out ReadingMap)"/> gives it: the spans the sink traces are in that text) into <paramref name="sink"/> (an explanation's, which traces each key's span) and
    /// <paramref name="vector"/> and writes the probabilities of each label as <see cref="Probabilities(string, TargetContext?, Span{double})"/>
    /// does, from that one featurisation; returns the issue gate that raised none, if any, and <paramref name="nearestIssue"/>,
    /// the trained issue the text comes nearest when it is <see cref="IssueGate.TrainedUntouched"/> (explanations name both).
    /// </summary>
    public IssueGate ProbabilitiesExplained(string text, TargetContext? target, FeatureSink sink, SparseVector vector, Span<double> probabilities,
        out string? nearestIssue)
    {
        if (IsStance && target is null)
        {
            throw new ArgumentNullException(nameof(target), "A stance model needs a target.");
        }

        var s = _scratch.Value!;
        Featurizer.Extract(text, IsStance ? target : null, sink);
        Vectorizer.Vectorize(Info.Featurizer, Vocabulary, sink, vector, s.Counter);
        Model.Probabilities(vector, s.Scores, s.Member, probabilities);
        s.TextVectorReady = false;
        s.WordVectorsReady = false;
        var gate = target is null ? IssueGate.None : RaiseNoneIfUntouched(s, sink, text, target, probabilities);
        nearestIssue = gate == IssueGate.TrainedUntouched ? Topics!.Nearest(s.TextVector) : null;
        Release(text.Length);
        return gate;
    }

    /// <summary>
    /// Writes the probabilities of each label for <paramref name="text"/> toward each of <paramref name="targets"/> (stance models), target
    /// <c>t</c>'s at <c>[t * Classes, (t + 1) * Classes)</c> of <paramref name="probabilities"/>. The text blocks are extracted once and the
    /// target blocks per target, so the results equal <see cref="Probabilities(string, TargetContext?, Span{double})"/> per target.
    /// </summary>
    public void ProbabilitiesForTargets(string text, IReadOnlyList<TargetContext> targets, Span<double> probabilities)
    {
        if (!IsStance)
        {
            throw new InvalidOperationException("Only a stance model scores toward targets.");
        }

        var s = _scratch.Value!;
        text = Visible(text);
        Featurizer.ExtractText(text, s.Sink);
        var textKeys = s.Sink.Count;
        s.TextVectorReady = false;
        s.WordVectorsReady = false;
        for (var t = 0; t < targets.Count; t++)
        {
            s.Sink.KeepTextBlocks(textKeys);
            Featurizer.ExtractTarget(text, targets[t], s.Sink);
            Vectorizer.Vectorize(Info.Featurizer, Vocabulary, s.Sink, s.Vector, s.Counter);
            Model.Probabilities(s.Vector, s.Scores, s.Member, probabilities.Slice(t * Classes, Classes));
            RaiseNoneIfUntouched(s, s.Sink, text, targets[t], probabilities.Slice(t * Classes, Classes));
        }

        Release(text.Length);
    }
}
