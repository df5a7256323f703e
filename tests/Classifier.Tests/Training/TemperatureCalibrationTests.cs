using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

[Collection(TrainingCollection.Name)]
public sealed class TemperatureCalibrationTests(TrainingFixture fixture)
{
    [Fact]
    public void Fit_HeldOutRows_DoesNotIncreaseLogLoss()
    {
        var (temperature, before, after) = TemperatureCalibration.Fit(fixture.Model.ToScorer(), fixture.Test.Examples);

        Assert.InRange(temperature, 0.1, 20);
        Assert.True(after <= before + 1e-9, $"log-loss {before} -> {after}");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(7.0)]
    public void Calibrate_AnyTemperature_KeepsTheMostProbableLabelAndSumsToOne(double temperature)
    {
        var random = new Random(11);
        for (var i = 0; i < 500; i++)
        {
            var p = new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() };
            var sum = p.Sum();
            var original = p.Select(x => x / sum).ToArray();
            var calibrated = original.ToArray();

            ModelWeights.Calibrate(calibrated, temperature);

            Assert.Equal(ResultFactory.ArgMax(original), ResultFactory.ArgMax(calibrated));
            Assert.Equal(1.0, calibrated.Sum(), 1e-12);
            Assert.Equal(original[0] > original[1], calibrated[0] > calibrated[1]);
        }
    }

    [Fact]
    public void Calibrate_TemperatureAboveOne_MakesTheTopProbabilitySmaller()
    {
        double[] p = [0.9, 0.08, 0.02];

        ModelWeights.Calibrate(p, 3);

        Assert.True(p[0] < 0.9 && p[0] > 1.0 / 3);
    }
}
