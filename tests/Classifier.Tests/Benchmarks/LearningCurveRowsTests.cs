using Classifier.Data;
using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Benchmarks;

/// <summary>
/// The learning curves of the shipped models train on what <c>scripts/retrain.sh</c> trains them on, so that the last
/// point is the shipped model: for stance, <c>train.tsv</c> and <c>train_absent.tsv</c> (the curve left out its 1,311 rows).
/// </summary>
public sealed class LearningCurveRowsTests
{
    [Fact]
    public void TrainingRows_Stance_AreTrainAndTrainAbsentAsRetrainReadsThem()
    {
        var expected = LabeledDataReader.Read([TestPaths.Data("stance", "train.tsv"), TestPaths.Data("stance", "train_absent.tsv")], ClassifierTask.Stance);

        var rows = ShippedModels.TrainingRows(ClassifierTask.Stance, TestPaths.Data());

        Assert.Equal(expected.Examples, rows.Examples);
    }

    [Fact]
    public void TrainingRows_Sentiment_AreTrain()
    {
        var expected = LabeledDataReader.Read(TestPaths.Data("sentiment", "train.tsv"), ClassifierTask.Sentiment);

        Assert.Equal(expected.Examples, ShippedModels.TrainingRows(ClassifierTask.Sentiment, TestPaths.Data()).Examples);
    }
}
