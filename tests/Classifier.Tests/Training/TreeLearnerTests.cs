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

    [Fact]
    public void AddLeaveOneOut_HandMadeTree_CreditsEachSplitFeatureOnThePath()
    {
        // Class 0: feature 0 at 0.5 (left leaf -1; right: feature 1 at 0.5, left leaf 2, right leaf 5); class 1: one leaf.
        var trees = new TreeEnsemble(2, 3, classStart: [0, 1, 2], nodeStart: [0, 2, 2], leafStart: [0, 3, 4],
            splitFeature: [0, 1], threshold: [0.5f, 0.5f], left: [~0, ~1], right: [1, ~2], leafValue: [-1f, 2f, 5f, 0f]);
        var x = new SparseVector();
        x.Add(2, 1f);
        x.Add(1, 1f);
        x.Add(0, 1f);
        var shares = new Dictionary<int, double>();

        trees.AddLeaveOneOut(x, c: 0, scale: 2, shares);
        trees.AddLeaveOneOut(x, c: 1, scale: 2, shares);

        // Without feature 0 the path ends at -1 (5 - -1 = 6), without feature 1 at 2 (5 - 2 = 3); feature 2 is on no path.
        Assert.Equal(new Dictionary<int, double> { [0] = 12, [1] = 6 }, shares);
    }

    [Fact]
    public void Explain_OvaFastTreeModel_GivesTheTreesFeaturesWithTheirSpans()
    {
        var path = fixture.TempPath($"trees-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["text\tlabel", .. fixture.Train.Examples.Take(900).Select(r => $"{r.Text}\t{r.Label}")]);
        var trainer = new ModelTrainer(new FeaturizerSettings { MaxFeatures = 3000 },
            new TrainerSettings { Trainer = "ova-fasttree", Trees = 15, Leaves = 8, Threads = 1 }, seed: 1);
        var file = fixture.TempPath($"trees-{Guid.NewGuid():N}.zip");
        ModelArchive.Save(file, trainer.Train(LabeledDataReader.Read(path, ClassifierTask.Sentiment)).Parts);
        var classifier = SentimentClassifier.Load(file);
        var explained = 0;
        foreach (var text in fixture.Test.Examples.Where(e => e.Label != "neutral").Take(40).Select(e => e.Text))
        {
            var explanation = classifier.Explain(text, top: 5);

            Assert.Equal(classifier.Predict(text).Label, explanation.Label);
            Assert.All(explanation.Contributions, c => Assert.True(c.Weight > 0));
            Assert.All(explanation.Contributions.SelectMany(c => c.Spans), s => Assert.InRange(s.Start + s.Length, 1, text.Length));
            explained += explanation.Contributions.Count > 0 ? 1 : 0;
        }

        Assert.True(explained >= 30, $"only {explained} of 40 explained");
    }

    [Theory]
    [InlineData(new[] { 0 }, new[] { ~1 }, new[] { 1 }, "an invalid child index")]     // a node pointing back at itself: would loop
    [InlineData(new[] { ~0 }, new[] { ~2 }, new[] { 1 }, "an invalid child index")]    // a leaf beyond the tree's leaves
    [InlineData(new[] { ~0 }, new[] { ~1 }, new[] { 4 }, "an invalid split")]          // a feature beyond the vocabulary
    public void TreeEnsemble_DamagedTree_RejectedBeforeUse(int[] left, int[] right, int[] feature, string what)
    {
        var ex = Assert.Throws<InvalidDataException>(() => new TreeEnsemble(2, 4, [0, 1, 1], [0, 1], [0, 2],
            feature, [0.5f], left, right, [1f, 2f]));

        Assert.Equal($"trees.bin has {what}", ex.Message);
    }

    [Theory]
    [InlineData(new[] { 0, 3, 1 }, new[] { 0, 4, 2 })]   // the first tree's nodes run past the last offset (found by the fuzzer)
    [InlineData(new[] { 0, -2, 1 }, new[] { 0, -1, 2 })] // the second tree starts at a negative node and leaf
    [InlineData(new[] { 0, 2, 1 }, new[] { 0, 3, 2 })]   // nodes going backwards
    public void TreeEnsemble_OffsetsOutOfOrder_RejectedBeforeUse(int[] nodeStart, int[] leafStart)
    {
        var nodes = nodeStart[^1];
        var ex = Assert.Throws<InvalidDataException>(() => new TreeEnsemble(2, 4, [0, 1, 2], nodeStart, leafStart,
            new int[nodes], new float[nodes], Enumerable.Repeat(~0, nodes).ToArray(), Enumerable.Repeat(~1, nodes).ToArray(), new float[Math.Max(0, leafStart[^1])]));

        Assert.Equal("trees.bin has a tree with invalid node and leaf counts", ex.Message);
    }
}
