using Classifier.Data;
using Classifier.Features;
using Classifier.Model;

namespace Classifier.Training.Training;

/// <summary>Chooses how a task's rows become features, and scores a labeled row with a scorer.</summary>
internal static class FeatureSources
{
    public static IFeatureSource For(ClassifierTask task, FeaturizerSettings settings) => task switch
    {
        ClassifierTask.Sentiment => new TextFeatureSource(settings),
        _ => throw new NotSupportedException($"Training for {task} is not available yet."),
    };

    public static void Probabilities(ModelScorer scorer, LabeledExample row, Span<double> probabilities) =>
        scorer.Probabilities(row.Text, probabilities);
}
