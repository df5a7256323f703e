using System.Globalization;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Training.Tuning;

/// <summary>
/// How long candidates take, by trainer, so that <see cref="Tuner"/> does not start one expected to outrun the budget or
/// the per-candidate limit (<see cref="Tuner.CandidateCap"/>). A linear trainer already run is expected to take as long as
/// its slowest run so far; FastTree as long as its slowest run of the same trees, leaves and features, else its runs on
/// these features scaled by trees x leaves, else, before any has finished on them, a prior (<see cref="FastTreeTimesLinear"/>
/// times the slowest linear trainer, and at least <see cref="FastTreeSecondsPerRow"/> per row trained, scaled by trees x
/// leaves; without char n-grams, smaller multiples); an ensemble, its members' sum. A run stopped at its limit counts as a
/// lower bound: it takes at least that long, and a later candidate of that trainer on the same featuriser settings (for
/// FastTree, with as many trees and leaves or more) whose limit is not larger is not started. A linear trainer not yet run has no estimate and is started (the
/// candidate cap still stops it). Not thread-safe.
/// </summary>
internal sealed class CandidateTimes(long rowsPerCandidate)
{
    /// <summary>
    /// FastTree (100 trees x 20 leaves) against the slowest linear trainer of tune's grid, on the same featurised rows with
    /// char n-grams: a weak bound, kept because the per-row floor below does not grow with heavier features. On an idle
    /// 2-core machine scripts/fasttree-prior.sh measured 40 times on 1,000 sentiment rows (26 s against sdca's 0.64 s) and
    /// 113 times on 3,000 (79 s against 0.70 s), and a second idle run 52-58 times on 1,000; with other jobs on the machine
    /// FastTree, which uses every core, slowed about threefold (76 s and 262 s, 104-106 times).
    /// </summary>
    internal const double FastTreeTimesLinear = 50;

    /// <summary>
    /// FastTree's seconds (100 trees x 20 leaves) per row trained, all folds, with char n-grams: the steadier measure.
    /// scripts/fasttree-prior.sh measured 0.026 s on 1,000 and on 3,000 sentiment rows on an idle 2-core machine (0.035 s
    /// in a second idle run, 0.076-0.087 s with other jobs running); this is near the idle figures, so a busy machine can
    /// still make FastTree outrun its estimate, and the candidate limit stops it then.
    /// </summary>
    internal const double FastTreeSecondsPerRow = 0.03;

    /// <summary>
    /// <see cref="FastTreeTimesLinear"/> for a featuriser without char n-grams: FastTree then trains 13-49 times faster (2 s
    /// on 1,000 rows, 5.3 s on 3,000: each row has far fewer non-zero features) and the linear trainers about 3 times;
    /// scripts/fasttree-prior.sh with CONFIG=scripts/fasttree-prior-nochars.json measured 8.6 and 9.6 times.
    /// </summary>
    internal const double FastTreeTimesLinearNoChars = 10;

    /// <summary><see cref="FastTreeSecondsPerRow"/> without char n-grams: half of the 0.0018-0.002 s measured.</summary>
    internal const double FastTreeSecondsPerRowNoChars = 0.001;

    /// <summary>Every run recorded: finished ones (how long they took), and ones stopped at their limit (a lower bound).</summary>
    private readonly List<Run> _runs = [];

    /// <summary>
    /// Records that a candidate of <paramref name="trainer"/> (on <paramref name="features"/>; for a tree trainer, of
    /// <paramref name="shape"/>, the defaults when null) ran for <paramref name="seconds"/> (all folds, wall clock), or, when
    /// <paramref name="stopped"/>, that it was stopped at its limit of <paramref name="seconds"/>: only a lower bound of what it takes.
    /// </summary>
    public void Record(string trainer, double seconds, bool stopped = false, FeaturizerSettings? features = null, TreeShape? shape = null) =>
        _runs.Add(new Run(trainer, features, shape ?? TreeShape.Default, seconds, stopped));

    /// <summary>
    /// The seconds a candidate of <paramref name="trainer"/> on <paramref name="features"/> (for a tree trainer, of
    /// <paramref name="shape"/>) is expected to take; null when there is no basis yet.
    /// </summary>
    public double? Estimate(string trainer, FeaturizerSettings? features = null, TreeShape? shape = null)
    {
        if (trainer.Contains('+'))
        {
            var members = trainer.Split('+').Select(m => Estimate(m, features, shape)).ToArray();
            return members.Any(m => m is null) ? null : members.Sum();
        }

        var trees = shape ?? TreeShape.Default;
        var stoppedAt = StoppedAt(trainer, features, trees);
        var mine = _runs.Where(r => !r.Stopped && r.Trainer == trainer).ToArray();
        if (!IsTree(trainer))
        {
            return mine.Length > 0 ? Math.Max(mine.Max(r => r.Seconds), stoppedAt ?? 0) : stoppedAt;
        }

        var same = mine.Where(r => r.Shape == trees && Equals(r.Features, features)).ToArray();
        if (same.Length > 0)
        {
            return Math.Max(same.Max(r => r.Seconds), stoppedAt ?? 0);
        }

        // Runs of other trees and leaves on these features, scaled by trees x leaves; runs on other features say little (on
        // the same 1,000 rows, on a busy machine, FastTree took 2 s without char n-grams, 76 s with 2-5-grams, 104 s with
        // 1-6-grams and words 1-3). Before any, the prior, which rests on linear runs that finished (a stopped one says more of its features
        // than of the trainer). A run stopped at its limit raises the estimate but does not replace it: it only says "at
        // least this long".
        mine = mine.Where(r => Equals(r.Features, features)).ToArray();
        var basis = mine.Length > 0
            ? mine.Max(r => r.Seconds * trees.Work / r.Shape.Work)
            : Prior(features is { CharNgramMax: 0 }) * trees.Work / TreeShape.Default.Work;
        return Math.Max(stoppedAt ?? 0, basis);
    }

    /// <summary>FastTree 100 x 20's prior: a multiple of the slowest linear trainer's finished run, and at least so much per row.</summary>
    private double Prior(bool noChars)
    {
        var linear = _runs.Where(r => !r.Stopped && !IsTree(r.Trainer) && !r.Trainer.Contains('+')).Select(r => r.Seconds).DefaultIfEmpty(0).Max();
        return noChars
            ? Math.Max(FastTreeTimesLinearNoChars * linear, FastTreeSecondsPerRowNoChars * rowsPerCandidate)
            : Math.Max(FastTreeTimesLinear * linear, FastTreeSecondsPerRow * rowsPerCandidate);
    }

    /// <summary>
    /// Why a candidate of <paramref name="trainer"/> on <paramref name="features"/> (of <paramref name="shape"/>) is not started
    /// with <paramref name="remaining"/> of the budget left and a limit of <paramref name="cap"/> (<see cref="Tuner.CandidateCap"/>):
    /// a run of it was stopped at a limit at least as long, or its estimate is longer than the shorter of the two; null
    /// when it is started.
    /// </summary>
    public string? SkipReason(string trainer, TimeSpan remaining, TimeSpan cap, FeaturizerSettings? features = null, TreeShape? shape = null)
    {
        var left = Math.Max(0, remaining.TotalSeconds);
        var limit = cap.TotalSeconds;
        if (StoppedAt(trainer, features, shape ?? TreeShape.Default) is { } stoppedAt && limit <= stoppedAt)
        {
            var same = IsTree(trainer) ? "the same trainer and features with as many trees and leaves or fewer" : "the same trainer and features";
            return string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: a run of {same} was stopped at {stoppedAt:0} s, and this one could run {limit:0} s at most");
        }

        if (Estimate(trainer, features, shape) is not { } seconds || seconds <= Math.Min(left, limit))
        {
            return null;
        }

        return limit < left
            ? string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: expected to take {seconds:0} s, over the per-candidate limit of {limit:0} s")
            : string.Create(CultureInfo.InvariantCulture, $"not run for lack of time: expected to take {seconds:0} s, {left:0} s of the budget left");
    }

    /// <summary>
    /// The longest limit a run was stopped at that this one takes at least as long as: a run of the same trainer on these
    /// features (heavier features take longer, and the trainer's runs on other settings may be quick; FastTree without char
    /// n-grams trains 13-49 times faster), for a tree trainer with as many trees and leaves or fewer.
    /// </summary>
    private double? StoppedAt(string trainer, FeaturizerSettings? features, TreeShape shape)
    {
        var stops = _runs.Where(r => r.Stopped && r.Trainer == trainer && Equals(r.Features, features) && (!IsTree(trainer) || r.Shape.AtMost(shape)))
            .Select(r => r.Seconds).ToArray();
        return stops.Length == 0 ? null : stops.Max();
    }

    private static bool IsTree(string trainer) => trainer.Contains("fasttree", StringComparison.Ordinal);

    private sealed record Run(string Trainer, FeaturizerSettings? Features, TreeShape Shape, double Seconds, bool Stopped);
}

/// <summary>The settings that set a tree trainer's cost: boosting rounds and leaves per tree (linear trainers ignore them).</summary>
internal readonly record struct TreeShape(int Trees, int Leaves)
{
    /// <summary>The trees and leaves of <see cref="TrainerSettings"/>' defaults.</summary>
    public static TreeShape Default { get; } = Of(new TrainerSettings());

    /// <summary>The trees and leaves <paramref name="settings"/> give a FastTree trainer.</summary>
    public static TreeShape Of(TrainerSettings settings) => new(settings.Trees, settings.Leaves);

    /// <summary>
    /// What FastTree's time grows with: trees times leaves (on 1,000 sentiment rows, scripts/fasttree-prior.sh, 50 x 20 took
    /// 0.53-0.58 of 100 x 20's time and 100 x 40 1.7-2.4 times it: the product is right to within about a sixth either way).
    /// </summary>
    public double Work => (double)Trees * Leaves;

    /// <summary>True when a run of this shape does no more work than one of <paramref name="other"/>: no more trees, no more leaves.</summary>
    public bool AtMost(TreeShape other) => Trees <= other.Trees && Leaves <= other.Leaves;
}
