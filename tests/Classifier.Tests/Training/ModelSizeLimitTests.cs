using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// A vocabulary too large for a model file (<c>vocabulary.bin</c> or <c>weights.bin</c> over what loading accepts) stops
/// training before any trainer runs, giving the <c>maxFeatures</c> that fits; before, the model was refused only when written.
/// </summary>
public sealed class ModelSizeLimitTests
{
    [Fact]
    public void Train_WeightsOverTheEntryLimit_RefusedBeforeAnyTrainerRunsWithTheMaxFeaturesThatFits()
    {
        var steps = new List<string>();
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Trainer = "maxent+nb-logistic", Threads = 1 }, seed: 1)
        {
            EntryBytesLimit = 100_000,
            WritesModel = true,
            Progress = steps.Add,
        };

        var error = Assert.Throws<ArgumentException>(() => trainer.Train(Small()));

        Assert.DoesNotContain(steps, s => s.StartsWith("Training", StringComparison.Ordinal));
        Assert.Matches(@"^The training data gives [\d,]+ features, so the model's weights.bin would take [\d,]+ bytes \(3 labels, 2 trainer members\), ", error.Message);
        Assert.EndsWith("over the 100,000 a model's entry may hold to load: nothing is trained. Set maxFeatures in the --config file to at most 4,162 " +
            "(or raise wordMinCount and charMinCount, which keep rarer n-grams out).", error.Message);
    }

    [Fact]
    public void Train_NotWritingTheModel_NotHeldToTheEntryLimit()
    {
        // Cross-validation, tuning and audits write no model: a vocabulary too large for a file is still measured.
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Trainer = "maxent", MaxIterations = 5, Threads = 1 }, seed: 1) { EntryBytesLimit = 100_000 };

        var trained = trainer.Train(Small());

        Assert.True(trained.Vocabulary.Count > 8_328);
    }

    [Theory]
    [InlineData("maxent+nb-logistic", 4_162)] // 16 + 2 x (12 + 3 x (12 + 4 x 4,162)) = 100,000
    [InlineData("maxent", 8_328)]             // 16 + 12 + 3 x (12 + 4 x 8,328) = 100,000
    public void CheckModelSize_MostFeaturesThatFit_PassesAndOneMoreDoesNot(string name, int features)
    {
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings(), seed: 1) { EntryBytesLimit = 100_000, WritesModel = true };
        var settings = new TrainerSettings { Trainer = name };

        trainer.CheckModelSize(features, 3, settings);
        Assert.Throws<ArgumentException>(() => trainer.CheckModelSize(features + 1, 3, settings));
    }

    private static LabeledDataSet Small()
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("sentiment", "train.tsv"), ClassifierTask.Sentiment);
        return new LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(300).ToArray(), [], rows.Sha256);
    }
}
