using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>
/// The dual coordinate descent SVM must reach the optimum of the primal problem it claims to solve,
/// <c>½‖w‖² + ½b² + Σᵢ Cᵢ·max(0, 1 − yᵢ(w·xᵢ + b))²</c>: there the primal gradient vanishes.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class DualCoordinateSvmTests(TrainingFixture fixture)
{
    [Theory]
    [InlineData(0.5)]
    [InlineData(4.0)]
    public void Fit_ToConvergence_PrimalGradientVanishes(double c)
    {
        var rows = Prepare();

        var (w, b, passes) = DualCoordinateSvm.Fit(rows, positive: 0, c, tolerance: 1e-6, maxPasses: 5000, seed: 1, default);

        var (gw, gb) = PrimalGradient(rows, 0, c, w, b);
        var scale = Math.Sqrt(w.Sum(x => (double)x * x) + (b * b));
        Assert.True(scale > 0.1, $"the weights are all but zero ({scale})");
        var norm = Math.Sqrt(gw.Sum(x => x * x) + (gb * gb));
        Assert.True(norm < 1e-3 * scale, $"primal gradient norm {norm} against weight norm {scale} after {passes} passes");
    }

    [Fact]
    public void Fit_FewPasses_LeavesALargerGradient()
    {
        var rows = Prepare();

        var (w, b, passes) = DualCoordinateSvm.Fit(rows, 0, 4.0, 1e-6, maxPasses: 2, seed: 1, default);
        var (gw, gb) = PrimalGradient(rows, 0, 4.0, w, b);

        Assert.Equal(2, passes);
        Assert.True(Math.Sqrt(gw.Sum(x => x * x) + (gb * gb)) > 1e-2);
    }

    [Fact]
    public void Fit_WeightedRows_EqualRepeatedRows()
    {
        var prepared = PrepareData();
        var rows = prepared.FeatureRows().Take(300).ToArray();
        var weighted = rows.Select((r, i) => new FeatureRow { Label = r.Label, Features = r.Features, Weight = i % 3 == 0 ? 2 : 1 }).ToArray();
        var repeated = rows.SelectMany((r, i) => i % 3 == 0 ? [r, r] : new[] { r }).ToArray();
        var dimension = prepared.Vocabulary.Count;

        var a = DualCoordinateSvm.Fit(SparseRows.From(weighted, prepared.Labels, dimension), 1, 1.0, 1e-7, 5000, 1, default);
        var b = DualCoordinateSvm.Fit(SparseRows.From(repeated, prepared.Labels, dimension), 1, 1.0, 1e-7, 5000, 1, default);

        var largest = a.Weights.Zip(b.Weights, (x, y) => Math.Abs(x - y)).Max();
        Assert.True(largest < 1e-3, $"weights differ by up to {largest}");
        Assert.Equal(a.Bias, b.Bias, 3);
    }

    [Fact]
    public void Learn_OvaSvc_CalibratedProbabilitiesFitTheTrainingRows()
    {
        var prepared = PrepareData();
        var settings = new TrainerSettings { Trainer = "ova-svc", L2 = 1, Tolerance = 1e-4f, MaxIterations = 1000, Threads = 2 };

        var learned = Learners.Create(settings).Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, default);

        var probabilities = learned.MlNetProbabilities(prepared.FeatureRows());
        Assert.All(probabilities, p => Assert.Equal(1.0, p.Sum(), 6));
        var correct = prepared.FeatureRows().Zip(probabilities).Count(x => prepared.Labels[Array.IndexOf(x.Second, x.Second.Max())] == x.First.Label);
        Assert.True(correct > 0.9 * prepared.FeatureRows().Length, $"{correct} of {prepared.FeatureRows().Length} training rows right");
    }

    [Fact]
    public void Fit_SecondClassOfTwo_MirrorsTheFirst()
    {
        // Why ova-svc solves two classes once: "1 against the rest" is "0 against the rest" with every sign turned.
        var rows = Prepare();

        var first = DualCoordinateSvm.Fit(rows, positive: 0, 1.0, 1e-7, 5000, seed: 1, default);
        var second = DualCoordinateSvm.Fit(rows, positive: 1, 1.0, 1e-7, 5000, seed: 2, default);

        var twoClass = TwoClassRows(rows);
        var a = DualCoordinateSvm.Fit(twoClass, positive: 0, 1.0, 1e-7, 5000, seed: 1, default);
        var b = DualCoordinateSvm.Fit(twoClass, positive: 1, 1.0, 1e-7, 5000, seed: 2, default);
        var largest = a.Weights.Zip(b.Weights, (x, y) => Math.Abs(x + y)).Max();
        Assert.True(largest < 1e-3, $"weights differ from the mirror by up to {largest}");
        Assert.Equal(a.Bias, -b.Bias, 3);

        // With three classes the problems are different: no mirror.
        Assert.True(first.Weights.Zip(second.Weights, (x, y) => Math.Abs(x + y)).Max() > 1e-2);
    }

    [Fact]
    public void Learn_OvaSvcTwoClasses_WeightsOfTheSecondAreTheFirstNegated()
    {
        var prepared = PrepareData();
        var rows = prepared.FeatureRows().Where(r => r.Label != "neutral").ToArray();
        string[] labels = ["negative", "positive"];
        var settings = new TrainerSettings { Trainer = "ova-svc", L2 = 1, Tolerance = 1e-4f, MaxIterations = 1000, Threads = 2 };

        var model = Learners.Create(settings).Learn(new MLContext(1), rows, labels, prepared.Vocabulary.Count, default).Model.Members[0];

        Assert.Equal(-model.Bias[0], model.Bias[1]);
        for (var f = 0; f < prepared.Vocabulary.Count; f++)
        {
            Assert.Equal(-model.Weights[2 * f], model.Weights[(2 * f) + 1]);
        }

        Assert.Contains(model.Weights, w => w != 0);
    }

    [Fact]
    public void ByFrequency_Rows_RenumbersCommonFeaturesFirstAndKeepsEveryValue()
    {
        var rows = Prepare();

        var renumbered = rows.ByFrequency(out var original);

        Assert.Equal(Enumerable.Range(0, rows.Dimension), original.Order());
        Assert.Equal(rows.Values, renumbered.Values);
        Assert.Equal(rows.Indices, renumbered.Indices.Select(j => original[j]));
        var counts = renumbered.Indices.CountBy(j => j).ToDictionary();
        var byNewIndex = Enumerable.Range(0, rows.Dimension).Select(j => counts.GetValueOrDefault(j)).ToArray();
        Assert.Equal(byNewIndex.OrderDescending(), byNewIndex);
        Assert.True(byNewIndex[0] > byNewIndex[^1]);
    }

    [Fact]
    public void Fit_RenumberedRows_LearnsExactlyTheSameWeightsMappedBack()
    {
        var rows = Prepare();
        var renumbered = rows.ByFrequency(out var original);

        var plain = DualCoordinateSvm.Fit(rows, 0, 1.0, 1e-4, 1000, seed: 1, default);
        var fast = DualCoordinateSvm.Fit(renumbered, 0, 1.0, 1e-4, 1000, seed: 1, default);

        var mapped = new float[rows.Dimension];
        for (var j = 0; j < mapped.Length; j++)
        {
            mapped[original[j]] = fast.Weights[j];
        }

        Assert.Equal(plain.Weights, mapped);
        Assert.Equal(plain.Bias, fast.Bias);
        Assert.Equal(plain.Passes, fast.Passes);
    }

    [Fact]
    public void Validate_OvaSvcWithoutPenalty_SaysCIsOneOverL2()
    {
        var settings = new TrainerSettings { Trainer = "maxent+ova-svc", L2 = 0 };

        var error = Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);

        Assert.Contains("1 / l2", error.Message, StringComparison.Ordinal);
        (settings with { L2 = 2 }).Validate();
    }

    /// <summary>∇ of ½‖w‖² + ½b² + Σ Cᵢ·max(0, 1 − yᵢ(w·xᵢ + b))², written out independently of the solver.</summary>
    private static (double[] W, double B) PrimalGradient(SparseRows rows, int positive, double c, float[] w, double b)
    {
        var gw = Array.ConvertAll(w, x => (double)x);
        var gb = b;
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Classes[i] == positive ? 1.0 : -1.0;
            var f = b;
            for (var p = rows.Start[i]; p < rows.Start[i + 1]; p++)
            {
                f += w[rows.Indices[p]] * rows.Values[p];
            }

            var slack = 1 - (y * f);
            if (slack <= 0)
            {
                continue;
            }

            var factor = -2 * c * rows.Weights[i] * slack * y;
            for (var p = rows.Start[i]; p < rows.Start[i + 1]; p++)
            {
                gw[rows.Indices[p]] += factor * rows.Values[p];
            }

            gb += factor;
        }

        return (gw, gb);
    }

    /// <summary>The rows of classes 0 and 1 only.</summary>
    private static SparseRows TwoClassRows(SparseRows rows)
    {
        var keep = Enumerable.Range(0, rows.Count).Where(i => rows.Classes[i] < 2).ToArray();
        var feature = keep.Select(i => new FeatureRow
        {
            Label = rows.Classes[i] == 0 ? "a" : "b",
            Weight = rows.Weights[i],
            Features = new Microsoft.ML.Data.VBuffer<float>(rows.Dimension, rows.Start[i + 1] - rows.Start[i],
                rows.Values[rows.Start[i]..rows.Start[i + 1]], rows.Indices[rows.Start[i]..rows.Start[i + 1]]),
        }).ToArray();
        return SparseRows.From(feature, ["a", "b"], rows.Dimension);
    }

    private SparseRows Prepare()
    {
        var prepared = PrepareData();
        return SparseRows.From(prepared.FeatureRows().Take(500).ToArray(), prepared.Labels, prepared.Vocabulary.Count);
    }

    private PreparedData PrepareData() => fixture.PrepareSmall(rows: 800, maxFeatures: 3000);
}
