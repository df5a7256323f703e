using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>
/// One-versus-all logistic regression (plain and naive-Bayes scaled) solves two classes once: the second class's
/// problem is the first's with labels flipped (and NB ratios negated), so its model is the first's negated. Without an
/// L1 penalty it runs on the native L-BFGS, which must reach ML.NET's optimum; with <c>mlNetOnly</c> it runs on ML.NET's.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class OvaLogisticTests(TrainingFixture fixture)
{
    [Theory]
    [InlineData("nb-logistic", false)]
    [InlineData("ova-logistic", false)]
    [InlineData("nb-logistic", true)]
    [InlineData("ova-logistic", true)]
    public void Learn_TwoClasses_SecondIsTheFirstNegated(string trainer, bool mlNetOnly)
    {
        var (rows, dimension) = TwoClassRows();

        var model = Learn(trainer, rows, ["negative", "positive"], dimension, mlNetOnly).Model.Members[0];

        Assert.Equal(-model.Bias[0], model.Bias[1]);
        Assert.Equal(model.Sigmoid![0], model.Sigmoid[2]);
        Assert.Equal(-model.Sigmoid[1], model.Sigmoid[3]);
        for (var f = 0; f < dimension; f++)
        {
            Assert.Equal(-model.Weights[2 * f], model.Weights[(2 * f) + 1]);
        }

        Assert.Contains(model.Weights, w => w != 0);
    }

    [Theory]
    [InlineData("nb-logistic", false)]
    [InlineData("ova-logistic", false)]
    [InlineData("nb-logistic", true)]
    [InlineData("ova-logistic", true)]
    public void Learn_TwoClasses_MirroredClassMatchesSolvingItDirectly(string trainer, bool mlNetOnly)
    {
        // Listing the labels the other way round solves "positive against the rest" itself.
        var (rows, dimension) = TwoClassRows();

        // Solved to convergence: two separate solves agree only as far as each reaches the optimum.
        var mirrored = Learn(trainer, rows, ["negative", "positive"], dimension, mlNetOnly, tolerance: 1e-9f);
        var direct = Learn(trainer, rows, ["positive", "negative"], dimension, mlNetOnly, tolerance: 1e-9f);

        var m = mirrored.Model.Members[0];
        var d = direct.Model.Members[0];
        var scale = Enumerable.Range(0, dimension).Max(f => Math.Abs(d.Weights[2 * f]));
        var largest = Enumerable.Range(0, dimension).Max(f => Math.Abs(m.Weights[(2 * f) + 1] - d.Weights[2 * f]));
        Assert.True(largest < 1e-3 * scale, $"mirrored weights differ from the directly solved ones by up to {largest} (largest weight {scale})");
        Assert.InRange(Math.Abs(d.Bias[0] - m.Bias[1]), 0, 1e-3 * Math.Max(1, Math.Abs(d.Bias[0])));

        var p = mirrored.MlNetProbabilities(rows);
        var q = direct.MlNetProbabilities(rows);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(1.0, p[i].Sum(), 6);
            Assert.InRange(Math.Abs(q[i][0] - p[i][1]), 0, 1e-3);

            // The compiled model (mirrored weights, bias and Platt offset) scores as the trainer does (for ML.NET's, its transformer).
            var compiled = Learners.VectorProbabilities(m, rows[i]);
            Assert.InRange(Math.Abs(compiled[1] - p[i][1]), 0, 1e-4);
        }
    }

    [Fact]
    public void Learn_ThreeClasses_SolvesEachClass()
    {
        var prepared = PrepareData();

        var model = Learn("nb-logistic", prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count).Model.Members[0];

        // No two classes mirror each other when there are three.
        var k = prepared.Labels.Length;
        Assert.Equal(3, k);
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                var largest = Enumerable.Range(0, prepared.Vocabulary.Count).Max(f => Math.Abs(model.Weights[(f * k) + a] + model.Weights[(f * k) + b]));
                Assert.True(largest > 1e-2, $"classes {a} and {b} look mirrored");
            }
        }
    }

    [Theory]
    [InlineData("nb-logistic", 3)]
    [InlineData("ova-logistic", 3)]
    [InlineData("nb-logistic", 2)]
    [InlineData("ova-logistic", 2)]
    public void Learn_NativeToConvergence_MatchesMlNetLogisticRegression(string trainer, int classes)
    {
        var prepared = PrepareData();
        var rows = prepared.FeatureRows().Where(r => classes == 3 || r.Label != "neutral").ToArray();
        var labels = prepared.Labels.Where(l => classes == 3 || l != "neutral").ToArray();

        var native = Learn(trainer, rows, labels, prepared.Vocabulary.Count, mlNetOnly: false, tolerance: 1e-9f);
        var mlNet = Learn(trainer, rows, labels, prepared.Vocabulary.Count, mlNetOnly: true, tolerance: 1e-9f);

        LearnerAssert.SameProbabilities(mlNet, native, rows, classes);
    }

    [Fact]
    public void Learn_NativeLooseTolerance_StopsEarlierWithAWorseFit()
    {
        // ML.NET's logistic-regression rule stops on the absolute improvement of the objective: a loose tolerance must stop
        // it well short of the optimum, and a tight one must not.
        var prepared = PrepareData();

        var loose = Learn("ova-logistic", prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, mlNetOnly: false, tolerance: 1e-2f);
        var tight = Learn("ova-logistic", prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, mlNetOnly: false, tolerance: 1e-9f);

        var (tightLoss, looseLoss) = (LearnerAssert.LogLoss(tight, prepared.FeatureRows(), prepared.Labels), LearnerAssert.LogLoss(loose, prepared.FeatureRows(), prepared.Labels));
        Assert.True(tightLoss < looseLoss - 0.01, $"{tightLoss} vs {looseLoss}");
    }

    private static LearnedModel Learn(string trainer, FeatureRow[] rows, string[] labels, int dimension, bool mlNetOnly = false, float tolerance = 1e-7f)
    {
        var settings = new TrainerSettings { Trainer = trainer, L2 = 0.01f, Tolerance = tolerance, MaxIterations = 1000, Threads = 1 };
        return Learners.Create(settings, mlNetOnly).Learn(new MLContext(1), rows, labels, dimension, default);
    }

    private (FeatureRow[] Rows, int Dimension) TwoClassRows()
    {
        var prepared = PrepareData();
        return (prepared.FeatureRows().Where(r => r.Label != "neutral").ToArray(), prepared.Vocabulary.Count);
    }

    private PreparedData PrepareData() => fixture.PrepareSmall(rows: 600, maxFeatures: 2000);
}
