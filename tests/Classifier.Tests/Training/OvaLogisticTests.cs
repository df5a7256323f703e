using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>
/// One-versus-all logistic regression (plain and naive-Bayes scaled) solves two classes once: the second class's
/// problem is the first's with labels flipped (and NB ratios negated), so its model is the first's negated.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class OvaLogisticTests(TrainingFixture fixture)
{
    [Theory]
    [InlineData("nb-logistic")]
    [InlineData("ova-logistic")]
    public void Learn_TwoClasses_SecondIsTheFirstNegated(string trainer)
    {
        var (rows, dimension) = TwoClassRows();

        var model = Learn(trainer, rows, ["negative", "positive"], dimension).Model.Members[0];

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
    [InlineData("nb-logistic")]
    [InlineData("ova-logistic")]
    public void Learn_TwoClasses_MirroredClassMatchesSolvingItDirectly(string trainer)
    {
        // Listing the labels the other way round solves "positive against the rest" itself.
        var (rows, dimension) = TwoClassRows();

        var mirrored = Learn(trainer, rows, ["negative", "positive"], dimension);
        var direct = Learn(trainer, rows, ["positive", "negative"], dimension);

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

            // The compiled model (mirrored weights, bias and Platt offset) scores as ML.NET does.
            var compiled = Learners.VectorProbabilities(m, rows[i]);
            Assert.InRange(Math.Abs(compiled[1] - p[i][1]), 0, 1e-4);
        }
    }

    [Fact]
    public void Learn_ThreeClasses_SolvesEachClass()
    {
        var prepared = PrepareData();

        var model = Learn("nb-logistic", prepared.Rows, prepared.Labels, prepared.Vocabulary.Count).Model.Members[0];

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

    private static LearnedModel Learn(string trainer, FeatureRow[] rows, string[] labels, int dimension)
    {
        var settings = new TrainerSettings { Trainer = trainer, L2 = 0.01f, Tolerance = 1e-7f, MaxIterations = 1000, Threads = 1 };
        return Learners.Create(settings).Learn(new MLContext(1), rows, labels, dimension, default);
    }

    private (FeatureRow[] Rows, int Dimension) TwoClassRows()
    {
        var prepared = PrepareData();
        return (prepared.Rows.Where(r => r.Label != "neutral").ToArray(), prepared.Vocabulary.Count);
    }

    private PreparedData PrepareData() => fixture.PrepareSmall(rows: 600, maxFeatures: 2000);
}
