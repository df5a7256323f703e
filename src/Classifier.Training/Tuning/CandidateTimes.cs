using System.Globalization;
using Classifier.Features;

namespace Classifier.Training.Tuning;

/// <summary>
/// How long candidates take, by trainer, so that <see cref="Tuner"/> does not start one expected to outrun the budget or
/// the per-candidate limit (<see cref="Tuner.CandidateCap"/>). A trainer already run is expected to take as long as its
/// slowest run so far; FastTree, before it has run to the end, as long as a conservative prior (<see cref="FastTreeTimesLinear"/>
/// times the slowest linear trainer, and at least <see cref="FastTreeSecondsPerRow"/> per row trained); an ensemble, its
/// members' sum. A run stopped at its limit counts as a lower bound: it takes at least that long, and a later candidate
/// of that trainer (a linear one: on the same featuriser settings) whose limit is not larger is not started. A linear trainer not yet run has no estimate and is started
/// (the candidate cap still stops it). Not thread-safe.
/// </summary>
internal sealed class CandidateTimes(long rowsPerCandidate)
{
    /// <summary>FastTree against the slowest linear trainer: on 3,000 sentiment rows it trained in 254 s, maxent in about 2 s.</summary>
    internal const double FastTreeTimesLinear = 50;

    /// <summary>FastTree's seconds per row trained (all folds): a quarter of the 0.085 s measured on 3,000 sentiment rows.</summary>
    internal const double FastTreeSecondsPerRow = 0.02;

    private readonly Dictionary<string, double> _slowest = new(StringComparer.Ordinal);

    /// <summary>
    /// By trainer and featuriser settings, the longest limit a run was stopped at (it takes at least that long). A linear
    /// trainer's stop says something of those settings only: heavier features take longer, and the trainer's runs on other
    /// settings may be quick. A tree trainer's time hardly depends on them, so its stops count for any settings.
    /// </summary>
    private readonly Dictionary<(string Trainer, FeaturizerSettings? Features), double> _stoppedAt = [];

    /// <summary>
    /// Records that a candidate of <paramref name="trainer"/> (on <paramref name="features"/>) ran for
    /// <paramref name="seconds"/> (all folds, wall clock), or, when <paramref name="stopped"/>, that it was stopped at its
    /// limit of <paramref name="seconds"/>: only a lower bound of what it takes.
    /// </summary>
    public void Record(string trainer, double seconds, bool stopped = false, FeaturizerSettings? features = null)
    {
        if (stopped)
        {
            _stoppedAt[(trainer, features)] = Math.Max(seconds, _stoppedAt.GetValueOrDefault((trainer, features)));
        }
        else
        {
            _slowest[trainer] = Math.Max(seconds, _slowest.GetValueOrDefault(trainer));
        }
    }

    /// <summary>
    /// The seconds a candidate of <paramref name="trainer"/> on <paramref name="features"/> is expected to take; null when
    /// there is no basis yet.
    /// </summary>
    public double? Estimate(string trainer, FeaturizerSettings? features = null)
    {
        if (trainer.Contains('+'))
        {
            var members = trainer.Split('+').Select(m => Estimate(m, features)).ToArray();
            return members.Any(m => m is null) ? null : members.Sum();
        }

        var stoppedAt = StoppedAt(trainer, features);
        if (_slowest.TryGetValue(trainer, out var seen))
        {
            return Math.Max(seen, stoppedAt ?? 0);
        }

        if (IsTree(trainer))
        {
            // A run stopped at its limit raises the prior but does not replace it: it only says "at least this long". The
            // prior rests on linear runs that finished; a stopped one says more of its features than of the trainer.
            var linear = _slowest.Where(kv => !IsTree(kv.Key) && !kv.Key.Contains('+')).Select(kv => kv.Value).DefaultIfEmpty(0).Max();
            return Math.Max(stoppedAt ?? 0, Math.Max(FastTreeTimesLinear * linear, FastTreeSecondsPerRow * rowsPerCandidate));
        }

        return stoppedAt;
    }

    /// <summary>
    /// Why a candidate of <paramref name="trainer"/> on <paramref name="features"/> is not started with
    /// <paramref name="remaining"/> of the budget left and a limit of <paramref name="cap"/> (<see cref="Tuner.CandidateCap"/>):
    /// a run of it was stopped at a limit at least as long, or its estimate is longer than the shorter of the two; null
    /// when it is started.
    /// </summary>
    public string? SkipReason(string trainer, TimeSpan remaining, TimeSpan cap, FeaturizerSettings? features = null)
    {
        var left = Math.Max(0, remaining.TotalSeconds);
        var limit = cap.TotalSeconds;
        if (StoppedAt(trainer, features) is { } stoppedAt && limit <= stoppedAt)
        {
            var same = IsTree(trainer) ? "the same trainer" : "the same trainer and features";
            return string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: a run of {same} was stopped at {stoppedAt:0} s, and this one could run {limit:0} s at most");
        }

        if (Estimate(trainer, features) is not { } seconds || seconds <= Math.Min(left, limit))
        {
            return null;
        }

        return limit < left
            ? string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: expected to take {seconds:0} s, over the per-candidate limit of {limit:0} s")
            : string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: expected to take {seconds:0} s, {left:0} s of the budget left");
    }

    /// <summary>The longest limit a run of <paramref name="trainer"/> was stopped at: on any settings for a tree trainer, else on these.</summary>
    private double? StoppedAt(string trainer, FeaturizerSettings? features)
    {
        var stops = _stoppedAt.Where(kv => kv.Key.Trainer == trainer && (IsTree(trainer) || Equals(kv.Key.Features, features))).Select(kv => kv.Value).ToArray();
        return stops.Length == 0 ? null : stops.Max();
    }

    private static bool IsTree(string trainer) => trainer.Contains("fasttree", StringComparison.Ordinal);
}
