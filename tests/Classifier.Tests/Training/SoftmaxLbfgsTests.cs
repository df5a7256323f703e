using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>
/// The native L-BFGS must solve the problem ML.NET's LbfgsMaximumEntropy solves: run both to convergence on the same
/// vectors and their models must give the same probabilities.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class SoftmaxLbfgsTests(TrainingFixture fixture)
{
    private static readonly TrainerSettings Converge = new() { Trainer = "maxent", L2 = 0.05f, Tolerance = 1e-9f, MaxIterations = 2000, Threads = 2 };

    [Theory]
    [InlineData(3)]
    [InlineData(2)] // solved as logistic regression on the difference of the two classes' weights
    public void Learn_ToConvergence_MatchesMlNetLbfgsMaximumEntropy(int classes)
    {
        var prepared = Prepare(classes);

        var native = new MaxEntLearner(Converge).Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, default);
        var mlNet = new MaxEntLearner(Converge, mlNetOnly: true).Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, default);

        LearnerAssert.SameProbabilities(mlNet, native, prepared.FeatureRows().Take(400).ToArray(), classes);
    }

    [Fact]
    public void Learn_WeightedRows_EqualsRepeatedRows()
    {
        var prepared = Prepare(3);
        var rows = prepared.FeatureRows().Take(300).ToArray();
        var weighted = rows.Select((r, i) => new FeatureRow { Label = r.Label, Features = r.Features, Weight = i % 3 == 0 ? 2 : 1 }).ToArray();
        var repeated = rows.SelectMany((r, i) => i % 3 == 0 ? [r, r] : new[] { r }).ToArray();

        var a = new MaxEntLearner(Converge).Learn(new MLContext(1), weighted, prepared.Labels, prepared.Vocabulary.Count, default);
        var b = new MaxEntLearner(Converge).Learn(new MLContext(1), repeated, prepared.Labels, prepared.Vocabulary.Count, default);

        var pa = a.MlNetProbabilities(rows);
        var pb = b.MlNetProbabilities(rows);
        Assert.True(pa.Zip(pb).All(p => p.First.Zip(p.Second).All(x => Math.Abs(x.First - x.Second) < 1e-3)));
    }

    [Fact]
    public void Learn_IterationLimit_StopsEarlierWithAWorseFit()
    {
        var prepared = Prepare(3);
        var few = Converge with { MaxIterations = 3 };

        var early = new MaxEntLearner(few).Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, default);
        var full = new MaxEntLearner(Converge).Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, default);

        var (fullLoss, earlyLoss) = (LearnerAssert.LogLoss(full, prepared.FeatureRows(), prepared.Labels), LearnerAssert.LogLoss(early, prepared.FeatureRows(), prepared.Labels));
        Assert.True(fullLoss < earlyLoss - 0.01, $"{fullLoss} vs {earlyLoss}");
    }

    private PreparedData Prepare(int classes)
    {
        var path = fixture.TempPath($"lbfgs-{Guid.NewGuid():N}.tsv");
        var rows = fixture.Train.Examples.Where(e => classes == 3 || e.Label != "neutral").Take(1200);
        File.WriteAllLines(path, ["text\tlabel", .. rows.Select(r => $"{r.Text}\t{r.Label}")]);
        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);
        return new ModelTrainer(new FeaturizerSettings { MaxFeatures = 5000, UseLexicon = false }, Converge, seed: 1).Prepare(data);
    }
}
