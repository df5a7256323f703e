namespace Classifier.Training.Tuning;

/// <summary>
/// The score of one candidate; <see cref="Rejected"/> says why it may not be chosen (too slow, too large, failed, or
/// <see cref="Skipped"/>: not run for lack of time; its score, seconds and megabytes are then 0, not measured).
/// <see cref="ModelMegabytes"/> is the size of its model file: trained on all of the data when scored on a dev set, else on the last fold (0 when it did not train).
/// </summary>
internal sealed record CandidateResult(Candidate Candidate, double Score, double Accuracy, double MacroF1, double? Favg, double TrainSeconds, string? Rejected)
{
    public double ModelMegabytes { get; init; }

    /// <summary>
    /// True when the candidate was not run: its expected duration exceeded what was left of the budget or the limit it would
    /// have got, or a run of its trainer was stopped at a limit at least as long.
    /// </summary>
    public bool Skipped { get; init; }
}
