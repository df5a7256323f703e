namespace Classifier.Training.Tuning;

/// <summary>What <see cref="Tuner"/> is asked to optimise, and within which limits.</summary>
internal sealed record TuneOptions(ClassifierTask Task, string Metric, int Folds, int Seed, TimeSpan Budget, double? MaxTrainSeconds)
{
    /// <summary>Reject candidates whose model file would be larger than this many megabytes (10^6 bytes).</summary>
    public double? MaxModelMegabytes { get; init; }

    /// <summary>Stance: folds hold whole targets, so candidates are scored on targets they never trained on.</summary>
    public bool UnseenTargets { get; init; }
}
