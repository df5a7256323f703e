using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

[Collection(TrainingCollection.Name)]
public sealed class ModelTrainerTests(TrainingFixture fixture)
{
    [Fact]
    public void Train_ProjectCorpusFixedSeed_ReachesExpectedAccuracyOnTestSplit()
    {
        var (report, _) = Evaluator.Evaluate(fixture.Model.ToScorer(), fixture.Test);

        // Measured with seed 1 and one thread; the corpus is balanced over three labels, so chance is 0.33.
        Assert.InRange(report.Accuracy, 0.70, 0.95);
        Assert.InRange(report.MacroF1, 0.70, 0.95);
    }

    [Fact]
    public void Train_SameSeedTwice_GivesIdenticalWeights()
    {
        var rows = fixture.Train.Examples.Take(400).ToArray();
        var data = LabeledDataReader.Read(WriteSubset(rows), ClassifierTask.Sentiment);
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Threads = 1 }, seed: 7);

        var first = trainer.Train(data);
        var second = trainer.Train(data);

        Assert.Equal(first.Model.Members[0].Weights, second.Model.Members[0].Weights);
        Assert.Equal(first.Vocabulary.Keys, second.Vocabulary.Keys);
    }

    [Fact]
    public void Train_RecordsTrainingDataInManifest()
    {
        var info = fixture.Model.Info;

        Assert.Equal(ClassifierTask.Sentiment, info.Task);
        Assert.Equal(["negative", "neutral", "positive"], info.Labels);
        Assert.Equal(fixture.Train.Examples.Count, info.TrainingData.Rows);
        Assert.Equal(fixture.Train.Sha256, info.TrainingData.Sha256);
        Assert.Equal(["train.tsv"], info.TrainingData.Files);
        Assert.Equal("maxent", info.Trainer["trainer"]);
        Assert.Equal(fixture.Model.Vocabulary.Count, info.Features);
    }

    [Fact]
    public void Train_SingleLabel_ThrowsDataFileException()
    {
        var rows = fixture.Train.Examples.Where(e => e.Label == "positive").Take(20).ToArray();
        var data = LabeledDataReader.Read(WriteSubset(rows), ClassifierTask.Sentiment);

        var ex = Assert.Throws<DataFileException>(() => new ModelTrainer(new FeaturizerSettings(), new TrainerSettings(), 1).Train(data));

        Assert.EndsWith("the data has only the label 'positive'; training needs at least two different labels", ex.Message);
    }

    private string WriteSubset(IEnumerable<LabeledExample> rows)
    {
        var path = fixture.TempPath($"subset-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["text\tlabel", .. rows.Select(r => $"{r.Text}\t{r.Label}")]);
        return path;
    }
}
