using Classifier.Data;
using Classifier.Features;
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
        var rows = prepared.Rows.Take(300).ToArray();
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

        var learned = Learners.Create(settings).Learn(new MLContext(1), prepared.Rows, prepared.Labels, prepared.Vocabulary.Count, default);

        var probabilities = learned.MlNetProbabilities(prepared.Rows);
        Assert.All(probabilities, p => Assert.Equal(1.0, p.Sum(), 6));
        var correct = prepared.Rows.Zip(probabilities).Count(x => prepared.Labels[Array.IndexOf(x.Second, x.Second.Max())] == x.First.Label);
        Assert.True(correct > 0.9 * prepared.Rows.Length, $"{correct} of {prepared.Rows.Length} training rows right");
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

    private SparseRows Prepare()
    {
        var prepared = PrepareData();
        return SparseRows.From(prepared.Rows.Take(500).ToArray(), prepared.Labels, prepared.Vocabulary.Count);
    }

    private PreparedData PrepareData()
    {
        var path = fixture.TempPath($"svc-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path, ["text\tlabel", .. fixture.Train.Examples.Take(800).Select(r => $"{r.Text}\t{r.Label}")]);
        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);
        return new ModelTrainer(new FeaturizerSettings { MaxFeatures = 3000, UseLexicon = false }, new TrainerSettings(), seed: 1).Prepare(data);
    }
}
