using Classifier.Training.Training;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Tests.Training;

/// <summary>The tests' ML.NET rows: prepared data as ML.NET rows, and learners trained from such rows.</summary>
internal static class LearnerRows
{
    /// <summary>The prepared rows as ML.NET rows (weight 1), a vector of their own each.</summary>
    public static FeatureRow[] FeatureRows(this PreparedData prepared) => prepared.Rows.ToFeatureRows(prepared.Labels);

    /// <summary>Trains <paramref name="learner"/> on <paramref name="rows"/>, read as the trainer reads ML.NET rows (<see cref="SparseRows.From"/>).</summary>
    public static LearnedModel Learn(this ILearner learner, MLContext ml, FeatureRow[] rows, string[] labels, int dimension, CancellationToken cancellation) =>
        learner.Learn(ml, SparseRows.From(rows, labels, dimension), labels, cancellation);
}
