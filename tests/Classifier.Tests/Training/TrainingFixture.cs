using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// One sentiment model trained once per test run on the project's own corpus (data/sentiment), with a
/// fixed seed and a single training thread so the result is reproducible; shared by the tests that need a model.
/// </summary>
public sealed class TrainingFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public TrainingFixture()
    {
        Train = LabeledDataReader.Read(TestPaths.Data("sentiment", "train.tsv"), ClassifierTask.Sentiment);
        Test = LabeledDataReader.Read(TestPaths.Data("sentiment", "test.tsv"), ClassifierTask.Sentiment);
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Threads = 1 }, seed: 1);
        Model = trainer.Train(Train);
        ModelPath = Path.Combine(_dir.Path, "sentiment.zip");
        ModelArchive.Save(ModelPath, Model.Parts);
    }

    public LabeledDataSet Train { get; }

    public LabeledDataSet Test { get; }

    internal TrainedModel Model { get; }

    public string ModelPath { get; }

    public string TempPath(string name) => Path.Combine(_dir.Path, name);

    /// <summary>The first <paramref name="rows"/> training sentences, featurised without the lexicon and capped at <paramref name="maxFeatures"/>: small problems for learner tests.</summary>
    internal PreparedData PrepareSmall(int rows, int maxFeatures)
    {
        var path = TempPath($"small-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["text\tlabel", .. Train.Examples.Take(rows).Select(r => $"{r.Text}\t{r.Label}")]);
        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);
        return new ModelTrainer(new FeaturizerSettings { MaxFeatures = maxFeatures, UseLexicon = false }, new TrainerSettings(), seed: 1).Prepare(data);
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>The tests that need trained models share them: each is trained once per run.</summary>
[CollectionDefinition(Name)]
public sealed class TrainingCollection : ICollectionFixture<TrainingFixture>, ICollectionFixture<Stance.StanceFixture>
{
    public const string Name = "trained models";
}
