using System.Diagnostics;
using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training.Learners;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Training.Training;

/// <summary>A trained model before it is written: its parts, and how long training took.</summary>
internal sealed record TrainedModel(ModelInfo Info, FeatureVocabulary Vocabulary, ModelWeights Model, Lexicon? Lexicon, TimeSpan Elapsed)
{
    /// <summary>The parts as the library loads them from a file.</summary>
    public LoadedModel Parts => new(Info, Vocabulary, Model, Lexicon);

    /// <summary>A scorer over the in-memory model, exactly as the library would load it.</summary>
    public ModelScorer ToScorer() => new(Parts);
}

/// <summary>
/// Trains a model with ML.NET on features from the library's own extractor, compiles the ML.NET
/// predictor into the library's flat <see cref="LinearModel"/>, and checks that both give the same
/// probabilities.
/// </summary>
internal sealed class ModelTrainer(FeaturizerSettings featurizer, TrainerSettings trainer, int seed)
{
    /// <summary>Largest difference allowed between ML.NET's and the compiled model's probabilities.</summary>
    public const double EquivalenceTolerance = 1e-5;

    /// <summary>The polarity lexicon stored in the model and featurised, or null for none.</summary>
    public IReadOnlyList<LexiconEntry>? Lexicon { get; init; }

    /// <summary>Stance: the alias table stored in the model; ignored for sentiment.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public Action<string>? Progress { get; init; }

    /// <summary>How many training rows the equivalence check scores with both ML.NET and the compiled model.</summary>
    public int VerifyRows { get; init; } = 300;

    public TrainedModel Train(LabeledDataSet data, CancellationToken cancellation = default)
    {
        featurizer.Validate();
        trainer.Validate();
        var stopwatch = Stopwatch.StartNew();
        var labels = TaskLabels.For(data.Task).Where(l => data.Examples.Any(e => e.Label == l)).ToArray();
        if (labels.Length < 2)
        {
            throw new DataFileException([new DataFileError(data.Paths[0], 0,
                $"the data has only the label '{labels.FirstOrDefault()}'; training needs at least two different labels")], 1);
        }

        var aliases = data.Task == ClassifierTask.Stance ? Aliases : new Dictionary<string, IReadOnlyList<string>>();
        var lexicon = Lexicon is { Count: > 0 } entries ? new Lexicon(entries) : null;
        var source = new FeatureSource(new TextFeaturizer(featurizer, lexicon, new Stance.AliasTable(aliases)));
        Progress?.Invoke($"Building the vocabulary from {data.Examples.Count:N0} rows");
        var vocabulary = VocabularyBuilder.Build(featurizer, data.Examples, source);
        cancellation.ThrowIfCancellationRequested();
        Progress?.Invoke($"Featurising ({vocabulary.Count:N0} features)");
        var rows = Featurize(data.Examples, vocabulary, source);
        var weights = trainer.WeightsFor(data.LabelCounts());
        foreach (var row in rows)
        {
            row.Weight = weights[row.Label];
        }

        cancellation.ThrowIfCancellationRequested();
        Progress?.Invoke($"Training {trainer.Trainer} on {rows.Length:N0} rows");
        var learned = Learners.Learners.Create(trainer).Learn(new MLContext(seed), rows, labels, vocabulary.Count, cancellation);
        var info = new ModelInfo
        {
            Task = data.Task,
            Labels = labels,
            CreatedUtc = DateTimeOffset.UtcNow,
            LibraryVersion = LibraryInfo.Version,
            Featurizer = featurizer,
            Trainer = trainer.Describe(),
            TrainingData = new TrainingDataInfo
            {
                Files = data.Paths.Select(Path.GetFileName).ToArray()!,
                Sha256 = data.Sha256,
                Rows = data.Examples.Count,
            },
            Features = vocabulary.Count,
            Aliases = aliases,
            LexiconTerms = lexicon?.Entries.Count ?? 0,
        };
        var trained = new TrainedModel(info, vocabulary, learned.Model, lexicon, stopwatch.Elapsed);
        VerifyEquivalence(learned, rows, data.Examples, trained);
        return trained with { Elapsed = stopwatch.Elapsed };
    }

    private static FeatureRow[] Featurize(IReadOnlyList<LabeledExample> examples, FeatureVocabulary vocabulary, FeatureSource source)
    {
        var rows = new FeatureRow[examples.Count];
        Parallel.For(0, examples.Count, () => (new FeatureSink(), new SparseVector(), new IndexCounter()), (i, _, s) =>
        {
            source.Extract(examples[i], s.Item1);
            Vectorizer.Vectorize(source.Settings, vocabulary, s.Item1, s.Item2, s.Item3);
            s.Item2.Sort();
            rows[i] = new FeatureRow
            {
                Label = examples[i].Label,
                Features = new VBuffer<float>(vocabulary.Count, s.Item2.Count, s.Item2.Values.ToArray(), s.Item2.Indices.ToArray()),
            };
            return s;
        }, _ => { });
        return rows;
    }

    /// <summary>Scores training rows with ML.NET and with the compiled model (from raw text); they must agree.</summary>
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
                    throw new InvalidOperationException($"The compiled model disagrees with ML.NET on {examples[i].Location}: " +
                        $"class {c} probability {ours[c]:R} vs {theirs[i][c]:R}. This is a bug in the compiler; please report it.");
                }
            }
        }
    }
}
