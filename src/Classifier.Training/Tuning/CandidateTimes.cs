using System.Globalization;

namespace Classifier.Training.Tuning;

/// <summary>
/// How long candidates take, by trainer, so that <see cref="Tuner"/> does not start one expected to outrun the budget or
/// the per-candidate limit (<see cref="Tuner.CandidateCap"/>). A trainer already run is expected to take as long as its
/// slowest run so far; FastTree, before it has run to the end, as long as a conservative prior (<see cref="FastTreeTimesLinear"/>
/// times the slowest linear trainer, and at least <see cref="FastTreeSecondsPerRow"/> per row trained); an ensemble, its
/// members' sum. A run stopped at its limit counts as a lower bound: the trainer takes at least that long, and a later
/// candidate of it whose limit is not larger is not started. A linear trainer not yet run has no estimate and is started
/// (the candidate cap still stops it). Not thread-safe.
/// </summary>
internal sealed class CandidateTimes(long rowsPerCandidate)
{
    /// <summary>FastTree against the slowest linear trainer: on 3,000 sentiment rows it trained in 254 s, maxent in about 2 s.</summary>
    internal const double FastTreeTimesLinear = 50;

    /// <summary>FastTree's seconds per row trained (all folds): a quarter of the 0.085 s measured on 3,000 sentiment rows.</summary>
    internal const double FastTreeSecondsPerRow = 0.02;

    private readonly Dictionary<string, double> _slowest = new(StringComparer.Ordinal);

    /// <summary>By trainer, the longest limit a run of it was stopped at (it takes at least that long).</summary>
    private readonly Dictionary<string, double> _stoppedAt = new(StringComparer.Ordinal);

    /// <summary>
    /// Records that a candidate of <paramref name="trainer"/> ran for <paramref name="seconds"/> (all folds, wall clock), or,
    /// when <paramref name="stopped"/>, that it was stopped at its limit of <paramref name="seconds"/>: only a lower bound
    /// of what the trainer takes.
    /// </summary>
    public void Record(string trainer, double seconds, bool stopped = false)
    {
        var times = stopped ? _stoppedAt : _slowest;
        times[trainer] = Math.Max(seconds, times.GetValueOrDefault(trainer));
    }

    /// <summary>The seconds a candidate of <paramref name="trainer"/> is expected to take; null when there is no basis yet.</summary>
    public double? Estimate(string trainer)
    {
        if (trainer.Contains('+'))
        {
            var members = trainer.Split('+').Select(Estimate).ToArray();
            return members.Any(m => m is null) ? null : members.Sum();
        }

        var stoppedAt = _stoppedAt.GetValueOrDefault(trainer);
        if (_slowest.TryGetValue(trainer, out var seen))
        {
            return Math.Max(seen, stoppedAt);
        }

        if (IsTree(trainer))
        {
            // A run stopped at its limit raises the prior but does not replace it: it only says "at least this long".
            var linear = _slowest.Concat(_stoppedAt).Where(kv => !IsTree(kv.Key) && !kv.Key.Contains('+')).Select(kv => kv.Value).DefaultIfEmpty(0).Max();
            return Math.Max(stoppedAt, Math.Max(FastTreeTimesLinear * linear, FastTreeSecondsPerRow * rowsPerCandidate));
        }

        return _stoppedAt.ContainsKey(trainer) ? stoppedAt : null;
    }

    /// <summary>
    /// Why a candidate of <paramref name="trainer"/> is not started with <paramref name="remaining"/> of the budget left and
    /// a limit of <paramref name="cap"/> (<see cref="Tuner.CandidateCap"/>): a run of the same trainer was stopped at a limit
    /// at least as long, or its estimate is longer than the shorter of the two; null when it is started.
    /// </summary>
    public string? SkipReason(string trainer, TimeSpan remaining, TimeSpan cap)
    {
        var left = Math.Max(0, remaining.TotalSeconds);
        var limit = cap.TotalSeconds;
        if (_stoppedAt.TryGetValue(trainer, out var stoppedAt) && limit <= stoppedAt)
        {
            return string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: a run of the same trainer was stopped at {stoppedAt:0} s, and this one could run {limit:0} s at most");
        }

        if (Estimate(trainer) is not { } seconds || seconds <= Math.Min(left, limit))
        {
            return null;
        }

        return limit < left
            ? string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: expected to take {seconds:0} s, over the per-candidate limit of {limit:0} s")
            : string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: expected to take {seconds:0} s, {left:0} s of the budget left");
    }

    private static bool IsTree(string trainer) => trainer.Contains("fasttree", StringComparison.Ordinal);
}
