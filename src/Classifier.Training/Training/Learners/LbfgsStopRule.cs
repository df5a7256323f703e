namespace Classifier.Training.Training.Learners;

/// <summary>When <see cref="SoftmaxLbfgs"/> stops (besides its iteration limit): the rules of ML.NET's two L-BFGS trainers.</summary>
internal enum LbfgsStopRule
{
    /// <summary>The mean relative improvement of the objective over the last five iterations is below the tolerance (ML.NET's maximum entropy).</summary>
    MeanRelativeImprovement,

    /// <summary>The geometrically weighted (0.25) mean absolute improvement is below the tolerance (ML.NET's logistic regression).</summary>
    MeanImprovement,
}
