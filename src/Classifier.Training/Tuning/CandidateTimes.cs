using System.Globalization;

namespace Classifier.Training.Tuning;

/// <summary>
/// How long candidates take, by trainer, so that <see cref="Tuner"/> does not start one expected to outrun the budget. A
/// trainer already run is expected to take as long as its slowest run so far; FastTree, before it has run, as long as a
/// conservative prior (<see cref="FastTreeTimesLinear"/> times the slowest linear trainer, and at least
/// <see cref="FastTreeSecondsPerRow"/> per row trained); an ensemble, its members' sum. A linear trainer not yet run has no
/// estimate and is started (the candidate cap still stops it). Not thread-safe.
/// </summary>
internal sealed class CandidateTimes(long rowsPerCandidate)
{
    /// <summary>FastTree against the slowest linear trainer: on 3,000 sentiment rows it trained in 254 s, maxent in about 2 s.</summary>
    internal const double FastTreeTimesLinear = 50;

    /// <summary>FastTree's seconds per row trained (all folds): a quarter of the 0.085 s measured on 3,000 sentiment rows.</summary>
    internal const double FastTreeSecondsPerRow = 0.02;

    private readonly Dictionary<string, double> _slowest = new(StringComparer.Ordinal);

    /// <summary>Records that a candidate of <paramref name="trainer"/> ran for <paramref name="seconds"/> (all folds, wall clock).</summary>
    public void Record(string trainer, double seconds) =>
        _slowest[trainer] = Math.Max(seconds, _slowest.GetValueOrDefault(trainer));

    /// <summary>The seconds a candidate of <paramref name="trainer"/> is expected to take; null when there is no basis yet.</summary>
    public double? Estimate(string trainer)
    {
        if (trainer.Contains('+'))
        {
            var members = trainer.Split('+').Select(Estimate).ToArray();
            return members.Any(m => m is null) ? null : members.Sum();
        }

        if (_slowest.TryGetValue(trainer, out var seen))
        {
            return seen;
        }

        var linear = _slowest.Where(kv => !IsTree(kv.Key) && !kv.Key.Contains('+')).Select(kv => kv.Value).DefaultIfEmpty(0).Max();
        return IsTree(trainer) ? Math.Max(FastTreeTimesLinear * linear, FastTreeSecondsPerRow * rowsPerCandidate) : null;
    }

    /// <summary>
    /// Why a candidate of <paramref name="trainer"/> is not started with <paramref name="remaining"/> of the budget left
    /// (its estimate is longer), or null when it is started.
    /// </summary>
    public string? SkipReason(string trainer, TimeSpan remaining)
    {
        var left = Math.Max(0, remaining.TotalSeconds);
        return Estimate(trainer) is { } seconds && seconds > left
            ? string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: expected to take {seconds:0} s, {left:0} s of the budget left")
            : null;
    }

    private static bool IsTree(string trainer) => trainer.Contains("fasttree", StringComparison.Ordinal);
}
