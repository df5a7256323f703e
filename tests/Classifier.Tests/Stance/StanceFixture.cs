using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Stance;

/// <summary>A stance model trained once per run on data/stance with the project's alias table (seed 1, one thread).</summary>
public sealed class StanceFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public StanceFixture()
    {
        Train = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance);
        Test = LabeledDataReader.Read(TestPaths.Data("stance", "test.tsv"), ClassifierTask.Stance);
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Threads = 1 }, seed: 1)
        {
            Aliases = AliasFile.Read(TestPaths.Data("stance", "aliases.tsv")),
        };
        Model = trainer.Train(Train);
        ModelPath = Path.Combine(_dir.Path, "stance.zip");
        ModelArchive.Save(ModelPath, Model.Parts);
    }

    public LabeledDataSet Train { get; }

    public LabeledDataSet Test { get; }

    internal TrainedModel Model { get; }

    public string ModelPath { get; }

    public void Dispose() => _dir.Dispose();
}

/// <summary>Stance tests run in the collection that owns both trained models.</summary>
public static class StanceCollection
{
    public const string Name = Training.TrainingCollection.Name;
}
