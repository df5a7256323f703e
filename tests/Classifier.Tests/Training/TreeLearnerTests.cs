using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

[Collection(TrainingCollection.Name)]
public sealed class TreeLearnerTests(TrainingFixture fixture)
{
    [Fact]
    public void Train_OvaFastTree_CompilesTreesThatRoundTripAndBeatChance()
    {
        var path = fixture.TempPath($"trees-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["text\tlabel", .. fixture.Train.Examples.Take(900).Select(r => $"{r.Text}\t{r.Label}")]);
        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);
        var trainer = new ModelTrainer(new FeaturizerSettings { MaxFeatures = 3000, UseLexicon = false },
            new TrainerSettings { Trainer = "ova-fasttree", Trees = 15, Leaves = 8, Threads = 1 }, seed: 1);

        // Training compiles the trees and checks the compiled model against ML.NET's probabilities (1e-5): it throws if they differ.
        var model = trainer.Train(data);
        var file = fixture.TempPath($"trees-{Guid.NewGuid():N}.zip");
        ModelArchive.Save(file, model.Parts);
        var loaded = SentimentClassifier.Load(file);

        var trees = model.Model.Members[0].Trees;
        Assert.NotNull(trees);
        Assert.Equal(3 * 15, trees.NodeStart.Length - 1);
        Assert.All(model.Model.Members[0].Weights, w => Assert.Equal(0f, w));
        foreach (var e in fixture.Test.Examples.Take(200))
        {
            var expected = new double[3];
            model.ToScorer().Probabilities(e.Text, null, expected);
            Assert.Equal(expected, loaded.Predict(e.Text).Probabilities.Values);
        }

        Assert.InRange(Evaluator.Evaluate(model.ToScorer(), fixture.Test).Report.Accuracy, 0.45, 1.0);
    }

    [Fact]
    public void AddScores_HandMadeTree_FollowsSplitsWithAbsentFeaturesAsZero()
    {
        // Class 0: one split on feature 1 at 0.5 (left leaf -1, right leaf 2); class 1: a single leaf of 0.25.
        var trees = new TreeEnsemble(2, 4, classStart: [0, 1, 2], nodeStart: [0, 1, 1], leafStart: [0, 2, 3],
            splitFeature: [1], threshold: [0.5f], left: [~0], right: [~1], leafValue: [-1f, 2f, 0.25f]);
        float[] Scores(params (int Index, float Value)[] features)
        {
            var x = new SparseVector();
            foreach (var (i, v) in features)
            {
                x.Add(i, v);
            }

            var scores = new float[2];
            trees.AddScores(x, scores);
            return scores;
        }

        Assert.Equal([-1f, 0.25f], Scores());
        Assert.Equal([-1f, 0.25f], Scores((3, 9f), (1, 0.5f)));
        Assert.Equal([2f, 0.25f], Scores((3, 9f), (1, 0.7f), (0, 1f)));
    }

    [Theory]
    [InlineData(new[] { 0 }, new[] { ~1 }, new[] { 1 }, "a child index")]     // a node pointing back at itself: would loop
    [InlineData(new[] { ~0 }, new[] { ~2 }, new[] { 1 }, "a child index")]    // a leaf beyond the tree's leaves
    [InlineData(new[] { ~0 }, new[] { ~1 }, new[] { 4 }, "a split")]          // a feature beyond the vocabulary
    public void TreeEnsemble_DamagedTree_RejectedBeforeUse(int[] left, int[] right, int[] feature, string what)
    {
        var ex = Assert.Throws<InvalidDataException>(() => new TreeEnsemble(2, 4, [0, 1, 1], [0, 1], [0, 2],
            feature, [0.5f], left, right, [1f, 2f]));

        Assert.Equal($"trees.bin has an invalid {what}", ex.Message);
    }
}
