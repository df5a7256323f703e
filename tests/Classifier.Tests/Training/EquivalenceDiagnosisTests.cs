using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

public sealed class EquivalenceDiagnosisTests
{
    [Fact]
    public void Diagnosis_SteepOneVersusAllSigmoid_BlamesTheL2PenaltyNotTheCompiler()
    {
        var model = Model(OutputKind.NormalizedSigmoid, [-8, 0.1f, -5000, 0.2f]);

        var diagnosis = ModelTrainer.Diagnosis(model);

        Assert.Contains("slope 5000", diagnosis, StringComparison.Ordinal);
        Assert.Contains("L2 penalty", diagnosis, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", diagnosis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Diagnosis_OrdinaryModel_ReportsACompilerBug(bool softmax)
    {
        var model = softmax ? Model(OutputKind.Softmax, null) : Model(OutputKind.NormalizedSigmoid, [-8, 0.1f, -9, 0.2f]);

        Assert.Contains("bug in the compiler", ModelTrainer.Diagnosis(model), StringComparison.Ordinal);
    }

    private static ModelWeights Model(OutputKind output, float[]? sigmoid) =>
        new([new LinearModel(2, 1, [0.5f, -0.5f], [0f, 0f], output, sigmoid)]);
}
