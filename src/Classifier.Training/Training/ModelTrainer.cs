using System.Diagnostics;
using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Classifier.Training.Training;

/// <summary>A trained model before it is written: its parts, and how long each step took.</summary>
internal sealed record TrainedModel(ModelInfo Info, FeatureVocabulary Vocabulary, LinearModel Model, TimeSpan Elapsed)
{
    /// <summary>A scorer over the in-memory model, exactly as the library would load it.</summary>
    public ModelScorer ToScorer() => new(new LoadedModel(Info, Vocabulary, Model));
}

/// <summary>
/// Trains a model with ML.NET on features from the library's own extractor, then compiles the
/// ML.NET predictor into the library's flat <see cref="LinearModel"/> and checks that both give
/// the same probabilities.
/// </summary>
internal sealed class ModelTrainer(FeaturizerSettings featurizer, TrainerSettings trainer, int seed)
{
    /// <summary>Stance: the alias table stored in the model; ignored for sentiment.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Largest difference allowed between ML.NET's and the compiled model's probabilities.</summary>
    public const double EquivalenceTolerance = 1e-5;

    public Action<string>? Progress { get; init; }

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
        var source = FeatureSources.For(data.Task, featurizer, aliases);
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

        var ml = new MLContext(seed);
        var view = FeatureRow.ToDataView(ml, rows, vocabulary.Count);
        Progress?.Invoke($"Training {trainer.Trainer} on {rows.Length:N0} rows");
        var (predictor, keyed) = Fit(ml, view, labels, cancellation);
        var model = Compile(predictor, labels.Length, vocabulary.Count);
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
        };
        var trained = new TrainedModel(info, vocabulary, model, stopwatch.Elapsed);
        VerifyEquivalence(ml, predictor, keyed, rows, data.Examples, trained);
        return trained with { Elapsed = stopwatch.Elapsed };
    }

    private static FeatureRow[] Featurize(IReadOnlyList<LabeledExample> examples, FeatureVocabulary vocabulary, IFeatureSource source)
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

    private (MulticlassPredictionTransformer<MaximumEntropyModelParameters> Predictor, IDataView Keyed) Fit(
        MLContext ml, IDataView view, string[] labels, CancellationToken cancellation)
    {
        var keyed = FeatureRow.LabelToKey(ml, labels).Fit(view).Transform(view);
        var options = new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = FeatureRow.LabelKey,
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            L2Regularization = trainer.L2,
            L1Regularization = trainer.L1,
            OptimizationTolerance = trainer.Tolerance,
            MaximumNumberOfIterations = trainer.MaxIterations,
            NumberOfThreads = trainer.Threads > 0 ? trainer.Threads : Environment.ProcessorCount,
            HistorySize = 20,
            EnforceNonNegativity = false,
        };
        using var registration = cancellation.Register(() => MlNetCancellation.Cancel(ml));
        try
        {
            return (ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(options).Fit(keyed), keyed);
        }
        catch (Exception) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellation);
        }
    }

    private static LinearModel Compile(MulticlassPredictionTransformer<MaximumEntropyModelParameters> predictor, int classes, int features)
    {
        VBuffer<float>[] perClass = [];
        predictor.Model.GetWeights(ref perClass, out var k);
        if (k != classes)
        {
            throw new InvalidOperationException($"ML.NET returned {k} classes; expected {classes}.");
        }

        var weights = new float[features * classes];
        for (var c = 0; c < classes; c++)
        {
            foreach (var (index, value) in perClass[c].Items())
            {
                weights[(index * classes) + c] = value;
            }
        }

        return new LinearModel(classes, features, weights, predictor.Model.GetBiases().ToArray(), OutputKind.Softmax, sigmoid: null);
    }

    /// <summary>Scores up to 500 training rows with ML.NET and with the compiled model (from raw text); they must agree.</summary>
    private static void VerifyEquivalence(MLContext ml, ITransformer predictor, IDataView view, FeatureRow[] rows,
        IReadOnlyList<LabeledExample> examples, TrainedModel trained)
    {
        var count = Math.Min(500, rows.Length);
        var scored = predictor.Transform(ml.Data.TakeRows(view, count));
        // GetColumn reuses one buffer for every row (dotnet/machinelearning#2341): copy each row as it streams by.
        var mlScores = scored.GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().ToArray()).ToArray();
        var scorer = trained.ToScorer();
        var ours = new double[trained.Model.Classes];
        for (var i = 0; i < count; i++)
        {
            FeatureSources.Probabilities(scorer, examples[i], ours);
            var theirs = mlScores[i];
            for (var c = 0; c < ours.Length; c++)
            {
                if (Math.Abs(ours[c] - theirs[c]) > EquivalenceTolerance)
                {
                    throw new InvalidOperationException($"The compiled model disagrees with ML.NET on {examples[i].Location}: " +
                        $"class {c} probability {ours[c]:R} vs {theirs[c]:R}. This is a bug in the compiler; please report it.");
                }
            }
        }
    }
}
