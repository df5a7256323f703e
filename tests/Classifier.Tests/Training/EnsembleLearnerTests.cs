using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>
/// An ensemble of native learners trains its members at the same time; each member must come out exactly as it does
/// trained alone, in the order the trainer names them, and the ensemble's probabilities must be their mean.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class EnsembleLearnerTests(TrainingFixture fixture)
{
    [Theory]
    [InlineData("maxent", "nb-logistic")]
    [InlineData("nb-logistic", "maxent")]
    [InlineData("ova-svc", "ova-logistic")]
    public void Learn_NativeMembers_EachMemberAsTrainedAlone(string first, string second)
    {
        var prepared = fixture.PrepareSmall(rows: 600, maxFeatures: 2000);
        var settings = Settings($"{first}+{second}");
        var ensemble = Learners.Create(settings);
        Assert.True(ensemble.Native);

        var together = ensemble.Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, default);
        var alone = new[] { first, second }
            .Select(t => Learners.Create(settings with { Trainer = t }).Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, default))
            .ToArray();

        Assert.Equal(2, together.Model.Members.Length);
        for (var m = 0; m < 2; m++)
        {
            Assert.Equal(alone[m].Model.Members[0].Weights, together.Model.Members[m].Weights);
            Assert.Equal(alone[m].Model.Members[0].Bias, together.Model.Members[m].Bias);
        }

        var sample = prepared.FeatureRows()[..50];
        var mean = together.MlNetProbabilities(sample);
        var (a, b) = (alone[0].MlNetProbabilities(sample), alone[1].MlNetProbabilities(sample));
        for (var i = 0; i < sample.Length; i++)
        {
            for (var c = 0; c < prepared.Labels.Length; c++)
            {
                Assert.Equal((a[i][c] + b[i][c]) / 2, mean[i][c], 12);
            }
        }
    }

    [Fact]
    public void Learn_NativeMembersCancelled_ThrowsOperationCanceledNotAggregate()
    {
        var prepared = fixture.PrepareSmall(rows: 600, maxFeatures: 2000);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Learners.Create(Settings("maxent+nb-logistic"))
            .Learn(new MLContext(1), prepared.FeatureRows(), prepared.Labels, prepared.Vocabulary.Count, cancelled.Token));
    }

    [Fact]
    public void Learn_NativeMemberFails_ThrowsItsExceptionNotAggregate()
    {
        // Rows whose weights sum to zero: both members reject them as they start, as either would alone.
        var prepared = fixture.PrepareSmall(rows: 600, maxFeatures: 2000);
        var rows = prepared.FeatureRows().Select(r => new FeatureRow { Label = r.Label, Features = r.Features, Weight = 0 }).ToArray();

        var alone = Record.Exception(() => Learners.Create(Settings("maxent")).Learn(new MLContext(1), rows, prepared.Labels, prepared.Vocabulary.Count, default));
        var together = Record.Exception(() => Learners.Create(Settings("maxent+nb-logistic")).Learn(new MLContext(1), rows, prepared.Labels, prepared.Vocabulary.Count, default));

        Assert.NotNull(alone);
        Assert.IsNotType<AggregateException>(together);
        Assert.Equal(alone.GetType(), together!.GetType());
    }

    [Theory]
    [InlineData("maxent+nb-logistic", 0f, false, true)]
    [InlineData("maxent+ova-svc+ova-logistic", 0f, false, true)]
    [InlineData("maxent+ova-fasttree", 0f, false, false)]
    [InlineData("maxent+sdca", 0f, false, false)]
    [InlineData("maxent+nb-logistic", 0.01f, false, false)]
    [InlineData("maxent+nb-logistic", 0f, true, false)]
    public void Native_ByMembers_TrueOnlyWhenNoMemberUsesMlNet(string trainer, float l1, bool mlNetOnly, bool expected)
    {
        var learner = Learners.Create(Settings(trainer) with { L1 = l1 }, mlNetOnly);

        Assert.Equal(expected, learner.Native);
    }

    private static TrainerSettings Settings(string trainer) =>
        new() { Trainer = trainer, L2 = 0.01f, Tolerance = 1e-4f, MaxIterations = 200, Threads = 2 };
}
