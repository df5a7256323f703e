using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Stance;

/// <summary>A stance model trained in a second on the first 300 rows of the stance training data, for tests of a featurizer setting.</summary>
internal static class SmallStanceModel
{
    public static StanceClassifier Train(FeaturizerSettings settings, string path)
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance);
        var small = new LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(300).ToArray(), [], rows.Sha256);
        var trainer = new ModelTrainer(settings, new TrainerSettings { Threads = 1 }, seed: 1) { Aliases = AliasFile.Read(TestPaths.Data("stance", "aliases.tsv")) };
        ModelArchive.Save(path, trainer.Train(small).Parts);
        return StanceClassifier.Load(path);
    }
}
