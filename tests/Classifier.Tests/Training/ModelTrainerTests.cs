using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Train_WordVectorsOn_LearnsWeightsForThemAndScoresTheSameAfterLoading(bool zipfWeighting)
    {
        var data = LabeledDataReader.Read(WriteSubset(fixture.Train.Examples.Take(600)), ClassifierTask.Sentiment);
        var trainer = new ModelTrainer(new FeaturizerSettings { WordVectors = true, ZipfWeighting = zipfWeighting, CharNgramMax = 0 }, new TrainerSettings { Threads = 1 }, seed: 7);

        // Training checks the compiled model against ML.NET's probabilities on the training rows: it throws if they differ.
        var model = trainer.Train(data);
        var file = fixture.TempPath($"vectors-{Guid.NewGuid():N}.zip");
        ModelArchive.Save(file, model.Parts);
        var loaded = SentimentClassifier.Load(file);

        Assert.True(loaded.Info.Featurizer.WordVectors);
        Assert.Equal(zipfWeighting, loaded.Info.Featurizer.ZipfWeighting);
        var sink = new FeatureSink();
        FeatureExtractor.Extract(model.Info.Featurizer, "Exports fell sharply in May.", sink);
        var vectorKeys = sink.Keys[sink.BlockRange(FeatureBlock.Vector)].ToArray();
        Assert.Equal(WordVectors.Default.Dimensions, vectorKeys.Count(k => model.Vocabulary.IndexOf(k) >= 0));
        Assert.Contains(vectorKeys, k => model.Model.Members[0].Weights[model.Vocabulary.IndexOf(k) * 3] != 0);
        foreach (var e in fixture.Test.Examples.Take(100))
        {
            var expected = new double[3];
            model.ToScorer().Probabilities(e.Text, null, expected);
            Assert.Equal(expected, loaded.Predict(e.Text).Probabilities.Values);
        }

        // The words' shares add up to the blocks' contribution: with every direction 1, the sum of the text vector's values.
        var scorer = model.ToScorer();
        var textSink = new FeatureSink();
        scorer.Featurizer.Extract("Exports fell sharply in May", null, textSink);
        var groups = new Dictionary<(FeatureKind Kind, int Start, int End), double>();
        Explainer.AddWordVectorShares(scorer, textSink, _ => 1.0, groups);
        Assert.Equal(5, groups.Count);
        Assert.Equal(textSink.Dense.AsSpan(0, textSink.DenseCount).ToArray().Sum(v => (double)v), groups.Values.Sum(), 5);

        // Explanations share the word-vector blocks among the words: each share is one word, with its spans (a word at
        // several places, in any case, is one contribution with each of them, shown as first written).
        var shares = fixture.Test.Examples.Take(100)
            .SelectMany(e => loaded.Explain(e.Text, 1000).Contributions.Where(c => c.Kind == FeatureKind.WordVectors).Select(c => (e.Text, c)))
            .ToArray();
        Assert.NotEmpty(shares);
        Assert.All(shares, s =>
        {
            Assert.NotEmpty(s.c.Spans);
            Assert.All(s.c.Spans, span => Assert.Equal(s.Text.Substring(span.Start, span.Length), s.c.Feature, ignoreCase: true));
            Assert.Equal(s.Text.Substring(s.c.Spans[0].Start, s.c.Spans[0].Length), s.c.Feature);
            Assert.DoesNotContain(' ', s.c.Feature);
        });
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
        Assert.Equal("1", info.Trainer["threads"]);
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
