using Classifier.Training.Training.Learners;

namespace Classifier.Tests.Training;

public sealed class PlattScalingTests
{
    [Theory]
    [InlineData(-2.0, 0.5)]
    [InlineData(-0.7, -1.0)]
    public void Fit_LabelsDrawnFromASigmoid_RecoversItsSlopeAndOffset(double slope, double offset)
    {
        var random = new Random(7);
        const int n = 40_000;
        var scores = new double[n];
        var positive = new bool[n];
        for (var i = 0; i < n; i++)
        {
            scores[i] = (random.NextDouble() * 6) - 3;
            positive[i] = random.NextDouble() < 1 / (1 + Math.Exp((slope * scores[i]) + offset));
        }

        var (a, b) = PlattScaling.Fit(scores, positive, Enumerable.Repeat(1f, n).ToArray());

        Assert.Equal(slope, a, 0.1);
        Assert.Equal(offset, b, 0.1);
    }

    [Fact]
    public void Fit_WeightTwo_EqualsTheRowTwice()
    {
        double[] scores = [-2, -1, -0.5, 0.2, 0.4, 1, 1.5, 3];
        bool[] positive = [false, false, true, false, true, true, false, true];
        float[] weights = [1, 2, 1, 1, 2, 1, 1, 1];
        var repeatedScores = scores.SelectMany((s, i) => Enumerable.Repeat(s, (int)weights[i])).ToArray();
        var repeatedLabels = positive.SelectMany((p, i) => Enumerable.Repeat(p, (int)weights[i])).ToArray();

        var weighted = PlattScaling.Fit(scores, positive, weights);
        var repeated = PlattScaling.Fit(repeatedScores, repeatedLabels, Enumerable.Repeat(1f, repeatedScores.Length).ToArray());

        Assert.Equal(repeated.Slope, weighted.Slope, 6);
        Assert.Equal(repeated.Offset, weighted.Offset, 6);
        Assert.True(weighted.Slope < 0, "higher scores must mean a higher probability of the positive class");
    }
}
