using System.Diagnostics;
using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Training.Training;

/// <summary>
/// Training data turned into features: reusable across trainers with the same featurisation. <paramref name="Table"/> is
/// the alias table the featurizer read it with (empty for sentiment); <paramref name="Rows"/> are the vectors, each row's
/// class its label's position in <paramref name="Labels"/>, and weight 1 (training weighs them by its settings).
/// </summary>
internal sealed record PreparedData(LabeledDataSet Data, string[] Labels, IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Representatives, Stance.AliasTable Table, Lexicon? Lexicon, FeatureVocabulary Vocabulary,
    SparseRows Rows, TimeSpan Elapsed)
{
    /// <summary>Stance with <see cref="FeaturizerSettings.UntouchedIssueMargin"/>: the trained issues' centroids, built with the rows; else null.</summary>
    public Stance.IssueTopics? Topics { get; init; }
}

/// <summary>A trained model before it is written: its parts, and how long training took.</summary>
internal sealed record TrainedModel(ModelInfo Info, FeatureVocabulary Vocabulary, ModelWeights Model, Lexicon? Lexicon, TimeSpan Elapsed)
{
    /// <summary>Stance with <see cref="FeaturizerSettings.UntouchedIssueMargin"/>: the trained issues' centroids; else null.</summary>
    public Stance.IssueTopics? Topics { get; init; }

    /// <summary>ML.NET's own probabilities for featurised rows (before calibration), for equivalence checks; null after loading from a file.</summary>
    public Func<IReadOnlyList<FeatureRow>, double[][]>? MlNetProbabilities { get; init; }

    /// <summary>The parts as the library loads them from a file.</summary>
    public LoadedModel Parts => new(Info, Vocabulary, Model, Lexicon, Topics);

    /// <summary>A scorer over the in-memory model, exactly as the library would load it.</summary>
    public ModelScorer ToScorer() => new(Parts);
}

/// <summary>
/// Trains a model with ML.NET (or, for L1-free maximum entropy and logistic regression, the native
/// <see cref="Learners.SoftmaxLbfgs"/>, and for ova-svc the native dual solver) on features from the library's own extractor, compiles the predictor into the library's flat <see cref="LinearModel"/>, and checks
/// that the compiled model scoring raw text gives the trainer's probabilities for the training vectors.
/// </summary>
internal sealed partial class ModelTrainer(FeaturizerSettings featurizer, TrainerSettings trainer, int seed)
{
    /// <summary>Largest difference allowed between ML.NET's and the compiled model's probabilities.</summary>
    public const double EquivalenceTolerance = 1e-5;

    /// <summary>The polarity lexicon stored in the model and featurised, or null for none.</summary>
    public IReadOnlyList<LexiconEntry>? Lexicon { get; init; }

    /// <summary>Stance: the alias table stored in the model; ignored for sentiment.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Stance: the people who speak or act for each target, stored in the model; ignored for sentiment.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Representatives { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public Action<string>? Progress { get; init; }

    /// <summary>Train with ML.NET's trainers even where a native one exists (the speed benchmark's equivalence check uses this, so it compares with ML.NET itself).</summary>
    public bool MlNetOnly { get; init; }

    /// <summary>How many training rows the equivalence check scores with both ML.NET and the compiled model.</summary>
    public int VerifyRows { get; init; } = 300;

    /// <summary>The least time between two lines of a trainer's progress on <see cref="Progress"/> (its iterations, passes or trees; every trainer).</summary>
    internal TimeSpan IterationProgressInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The most bytes the issues' centroids may take (what loading accepts for <c>topics.bin</c>; lower in tests).</summary>
    internal long TopicsLimit { get; init; } = ModelArchive.EntryLimit(ModelArchive.TopicsEntry);

    public TrainedModel Train(LabeledDataSet data, CancellationToken cancellation = default) =>
        Learn(Prepare(data, cancellation), trainer, cancellation);

    /// <summary>Builds the vocabulary and the feature vectors of <paramref name="data"/> (the part of training that does not depend on the trainer).</summary>
    public PreparedData Prepare(LabeledDataSet data, CancellationToken cancellation = default)
    {
        featurizer.Validate();
        var stopwatch = Stopwatch.StartNew();
        var labels = RequireTwoLabels(data);

        var none = new Dictionary<string, IReadOnlyList<string>>();
        var (aliases, people) = data.Task == ClassifierTask.Stance ? (Aliases, Representatives) : (none, none);
        var lexicon = featurizer.UseLexicon && Lexicon is { Count: > 0 } entries ? new Lexicon(entries) : null;
        var table = new Stance.AliasTable(aliases, people, featurizer.IgnoreFormerPeople);
        FunctionWordRows.Refuse(data, table);
        var source = new FeatureSource(new TextFeaturizer(featurizer, lexicon, table));
        Progress?.Invoke($"Featurising {data.Examples.Count:N0} rows");
        // Rows whose keys fit in a share of the memory the process may use keep them, so each is extracted once; more are
        // extracted again to be vectorised (TrainingVectors.KeepKeysShare). The vectors, and so the model, are the same.
        var vocabulary = VocabularyBuilder.Build(featurizer, data.Examples, source, TrainingVectors.KeepKeysBytes(), out var keys, cancellation);
        Progress?.Invoke($"Vectorising ({vocabulary.Count:N0} features)");
        var rows = TrainingVectors.Vectorize(data.Examples, keys, source, vocabulary, featurizer, labels);
        Stance.IssueTopics? topics = null;
        if (data.Task == ClassifierTask.Stance && featurizer.UntouchedIssueMargin > 0)
        {
            // Before any trainer runs: centroids too large for a model file stop the run now, not after training.
            Progress?.Invoke("Placing the trained issues in word-vector space");
            topics = TopicBuilder.BuildWithin(data.Examples, new TextFeaturizer(featurizer, lexicon, table), table, featurizer.UntouchedIssueMargin,
                WritesModel ? TopicsLimit : long.MaxValue);
        }

        return new PreparedData(data, labels, aliases, people, table, lexicon, vocabulary, rows, stopwatch.Elapsed) { Topics = topics };
    }

    /// <summary>The task's labels that <paramref name="data"/> has, in the task's order; training needs two or more.</summary>
    /// <exception cref="DataFileException">The data has one label only.</exception>
    internal static string[] RequireTwoLabels(LabeledDataSet data)
    {
        var labels = TaskLabels.For(data.Task).Where(l => data.Examples.Any(e => e.Label == l)).ToArray();
        if (labels.Length < 2)
        {
            throw new DataFileException([new DataFileError(data.Paths[0], 0,
                $"the data has only the label '{labels.FirstOrDefault()}'; training needs at least two different labels")], 1);
        }

        return labels;
    }

    /// <summary>Trains <paramref name="settings"/>' learner on prepared data, compiles and verifies the model.</summary>
    /// <param name="prepared">The featurised training data.</param>
    /// <param name="settings">The trainer and its settings.</param>
    /// <param name="cancellation">Stops the training.</param>
    /// <param name="report">
    /// Where this fit's trainer reports its iterations, passes or trees (at most once per <see cref="IterationProgressInterval"/>),
    /// instead of on <see cref="Progress"/>: <c>cross-validate</c> and <c>tune</c> name the fold or candidate in them and
    /// print none of the steps' lines. Null: on <see cref="Progress"/>, if set.
    /// </param>
    public TrainedModel Learn(PreparedData prepared, TrainerSettings settings, CancellationToken cancellation = default, Action<string>? report = null)
    {
        settings.Validate();
        CheckModelSize(prepared.Vocabulary.Count, prepared.Labels.Length, settings);
        var stopwatch = Stopwatch.StartNew();
        var data = prepared.Data;
        var weights = settings.WeightsFor(data.LabelCounts());
        var rows = prepared.Rows.WithWeights(Array.ConvertAll(prepared.Rows.Classes, c => weights[prepared.Labels[c]]));
        cancellation.ThrowIfCancellationRequested();
        Progress?.Invoke($"Training {settings.Trainer} on {rows.Count:N0} rows");
        var learned = Learners.Learners.Create(settings, MlNetOnly, (report ?? Progress) is { } sink ? new LearnerProgress(sink, IterationProgressInterval) : null).Learn(new MLContext(seed), rows, prepared.Labels, cancellation);
        var info = new ModelInfo
        {
            Task = data.Task,
            Labels = prepared.Labels,
            CreatedUtc = DateTimeOffset.UtcNow,
            LibraryVersion = LibraryInfo.Version,
            Featurizer = featurizer,
            Trainer = settings.Describe(),
            TrainingData = new TrainingDataInfo
            {
                Files = data.Paths.Select(Path.GetFileName).ToArray()!,
                Sha256 = data.Sha256,
                Rows = data.Examples.Count,
                Targets = TargetCounts(prepared),
            },
            Features = prepared.Vocabulary.Count,
            Aliases = prepared.Aliases,
            Representatives = prepared.Representatives,
            LexiconTerms = prepared.Lexicon?.Entries.Count ?? 0,
        };
        var trained = new TrainedModel(info, prepared.Vocabulary, learned.Model, prepared.Lexicon, prepared.Elapsed + stopwatch.Elapsed)
        {
            MlNetProbabilities = learned.MlNetProbabilities,
        };
        VerifyEquivalence(learned, rows.ToFeatureRows(prepared.Labels, VerifyRows), data.Examples, trained);
        if (data.Task == ClassifierTask.Stance && featurizer.UntouchedIssueMargin > 0)
        {
            // After the check: the gate changes the probabilities of some rows, the trainer's do not know it.
            trained = trained with { Topics = prepared.Topics ?? TopicBuilder.Build(data.Examples, new TextFeaturizer(featurizer, prepared.Lexicon, prepared.Table), prepared.Table) };
        }

        return trained;
    }

    /// <summary>Stance: how many training rows are toward each target, by its canonical name; empty for sentiment.</summary>
    private static Dictionary<string, int> TargetCounts(PreparedData prepared)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (prepared.Data.Task != ClassifierTask.Stance)
        {
            return counts;
        }

        foreach (var target in prepared.Data.Examples.Select(e => e.Target).OfType<string>())
        {
            var canonical = prepared.Table.Resolve(target);
            counts[canonical] = counts.GetValueOrDefault(canonical) + 1;
        }

        return counts;
    }

    /// <summary>Featurises <paramref name="data"/> with a trained model's vocabulary, as ML.NET rows (for equivalence checks on any data).</summary>
    public static FeatureRow[] Featurize(TrainedModel model, LabeledDataSet data)
    {
        var source = new FeatureSource(new TextFeaturizer(model.Info.Featurizer, model.Lexicon, new Stance.AliasTable(model.Info.Aliases, model.Info.Representatives, model.Info.Featurizer.IgnoreFormerPeople)));
        return TrainingVectors.VectorizeRows(data.Examples, TrainingVectors.Extract(data.Examples, source), model.Vocabulary, model.Info.Featurizer);
    }

    /// <summary>
    /// Why the check may have failed. A one-versus-all member whose Platt sigmoid is very steep (its scores are all near zero,
    /// typically from an L2 penalty far too large for that trainer) turns float rounding in the scores into probability
    /// differences above the tolerance; otherwise the compiler is at fault.
    /// </summary>
    internal static string Diagnosis(ModelWeights model)
    {
        var steepest = model.Members.Where(m => m.Sigmoid is not null).SelectMany(m => m.Sigmoid!.Where((_, i) => i % 2 == 0)).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return steepest > SteepSigmoid
            ? FormattableString.Invariant($" A one-versus-all member's calibration is very steep (slope {steepest:0}), so rounding in its near-zero scores is magnified: the L2 penalty is probably far too large for that trainer; try a smaller one.")
            : " This is a bug in the compiler; please report it.";
    }

    /// <summary>A Platt slope above this (in absolute value) magnifies float rounding in the scores beyond the equivalence tolerance.</summary>
    internal const float SteepSigmoid = 1000;

    /// <summary>Scores training rows with the trainer (ML.NET's transformer, or the native weights on the vectors) and with the compiled model (from raw text); they must agree.</summary>
    private void VerifyEquivalence(LearnedModel learned, FeatureRow[] rows, IReadOnlyList<LabeledExample> examples, TrainedModel trained)
    {
        var count = Math.Min(VerifyRows, rows.Length);
        var theirs = learned.MlNetProbabilities(rows[..count]);
        var scorer = trained.ToScorer();
        var ours = new double[trained.Model.Classes];
        for (var i = 0; i < count; i++)
        {
            FeatureSources.Probabilities(scorer, examples[i], ours);
            for (var c = 0; c < ours.Length; c++)
            {
                if (Math.Abs(ours[c] - theirs[i][c]) > EquivalenceTolerance)
                {
                    throw new InvalidOperationException($"The compiled model disagrees with the trainer on {examples[i].Location}: " +
                        $"class {c} probability {ours[c]:R} vs {theirs[i][c]:R}.{Diagnosis(trained.Model)}");
                }
            }
        }
    }
}
