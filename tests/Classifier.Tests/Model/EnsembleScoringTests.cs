using Classifier.Features;
using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// An ensemble scores all its members in one pass over the features (their weights side by side); the probabilities
/// must be bit-identical to scoring the members one at a time, which a scratch of only one member's length forces.
/// </summary>
public sealed class EnsembleScoringTests
{
    [Theory]
    [InlineData(2, 3, true, false)]
    [InlineData(2, 2, true, false)]
    [InlineData(3, 3, false, true)]
    [InlineData(3, 2, true, true)]
    public void Probabilities_FusedMembers_SameBitsAsOneMemberAtATime(int members, int classes, bool firstSoftmax, bool restSoftmax)
    {
        var random = new Random(11);
        const int features = 500;
        var model = new ModelWeights(Enumerable.Range(0, members).Select(m => Member(random, classes, features, m == 0 ? firstSoftmax : restSoftmax)).ToArray(), temperature: 1.3f);
        Assert.Equal(members * classes, model.ScoreSlots);

        for (var trial = 0; trial < 50; trial++)
        {
            var x = new SparseVector();
            foreach (var index in Enumerable.Range(0, features).Where(_ => random.NextDouble() < 0.1))
            {
                x.Add(index, (float)(random.NextDouble() * 2) - 0.5f);
            }

            var (fused, oneByOne) = (new double[classes], new double[classes]);
            model.Probabilities(x, new float[model.ScoreSlots], new double[classes], fused);
            model.Probabilities(x, new float[classes], new double[classes], oneByOne);

            Assert.Equal(oneByOne, fused);
            Assert.Equal(1.0, fused.Sum(), 9);
        }
    }

    private static LinearModel Member(Random random, int classes, int features, bool softmax)
    {
        var weights = Enumerable.Range(0, features * classes).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var bias = Enumerable.Range(0, classes).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var sigmoid = softmax ? null : Enumerable.Range(0, 2 * classes).Select(i => i % 2 == 0 ? -1f : 0.1f).ToArray();
        return new LinearModel(classes, features, weights, bias, softmax ? OutputKind.Softmax : OutputKind.NormalizedSigmoid, sigmoid);
    }
}
