using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Cli;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Training.Tuning;

/// <summary>
/// Searches featurisation and trainer settings: the trainer grid, greedy coordinate moves over the featuriser,
/// the trainer grid again on the best featuriser, then averaged ensembles of the best distinct trainers. Candidates are scored
/// on a dev set, or by k-fold cross-validation when there is none; featurised data is reused between
/// candidates that share a featuriser.
/// </summary>
internal sealed partial class Tuner(TuneOptions options, LabeledDataSet train, LabeledDataSet? dev, FeatureInputs inputs)
{
    private long? _started;
    private readonly List<CandidateResult> _results = [];
    private readonly Dictionary<string, CandidateResult> _seen = new(StringComparer.Ordinal);
    private (FeaturizerSettings Settings, PreparedData[] Folds, LabeledDataSet[] Tests)? _cache;

    public Action<CandidateResult, int>? Evaluated { get; init; }

    /// <summary>
    /// Hears each fit of a candidate as it starts, named by the candidate, its stage and the fold (<c>#8 trainers, fold 3/5:
    /// ova-fasttree</c>), so that a live display stops showing the previous fit's last report, and, before them, each fold
    /// being featurised for a candidate with a new featuriser (<c>#8 features, fold 2/5: featurising</c>); null for none.
    /// </summary>
    public Action<string>? FitStarted { get; init; }

    /// <summary>
    /// Where the trainer of the candidate under way reports its iterations, passes or trees, named as for <see cref="FitStarted"/>
    /// (<c>#8 trainers, fold 3/5: ova-fasttree (negative against the rest, class 1 of 3): tree 60 of 100</c>), at most once per
    /// <see cref="TrainerProgressInterval"/> within a fit; null for none. Reports change nothing trained.
    /// </summary>
    public Action<string>? TrainerProgress { get; init; }

    /// <summary>The least time between two of a fit's <see cref="TrainerProgress"/> reports.</summary>
    /// <value>10 s, as <c>train</c> prints them; a live display may ask for more.</value>
    public TimeSpan TrainerProgressInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The clock the budget is spent on, from the first time it is read (<see cref="Run"/> reads it first), and each
    /// candidate's time limit; tests give one that moves only when they move it, so that what fits in the budget, and what
    /// outruns a limit, does not depend on the machine's load.
    /// </summary>
    internal TimeProvider Clock { get; init; } = TimeProvider.System;

    private TimeSpan Elapsed => Clock.GetElapsedTime(_started ??= Clock.GetTimestamp());

    /// <summary>The durations that decide whether a candidate fits in what is left of the budget; tests give their own.</summary>
    internal CandidateTimes Times { get; init; } = new((long)train.Examples.Count * (dev is null ? options.Folds - 1 : 1));

    public IReadOnlyList<CandidateResult> Results => _results;

    /// <summary>
    /// Trainers first (so that, under a time limit, the feature search runs with a trainer fast enough), then
    /// greedy moves over the featuriser with that trainer, then the trainers again on the best featuriser, then
    /// averaged ensembles. Each stage stops when its share of the budget is spent.
    /// </summary>
    /// <remarks>
    /// Cancelled once the start settings have a score (Ctrl+C), it returns the best candidate so far and sets
    /// <see cref="Interrupted"/>; cancelled before that, it throws <see cref="OperationCanceledException"/>.
    /// </remarks>
    public CandidateResult Run(TrainingConfig start, CancellationToken cancellation)
    {
        _started ??= Clock.GetTimestamp();
        WarmUp(start, cancellation);
        var first = Evaluate(new Candidate("start", start.Featurizer, start.Trainer), cancellation);
        try
        {
            return Search(first, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Interrupted = true;
            return BestSoFar(first);
        }
    }

    /// <summary>True when <see cref="Run"/> was cancelled after the start settings were scored and returned the best so far.</summary>
    public bool Interrupted { get; private set; }

    /// <summary>
    /// The best of the candidates scored so far, by the comparison the search makes as each one is scored, in the order they
    /// were: what the search holds as its best at that point.
    /// </summary>
    internal CandidateResult BestSoFar(CandidateResult first) => _results.Aggregate(first, (best, r) => Better(r, best) ? r : best);

    private CandidateResult Search(CandidateResult best, CancellationToken cancellation)
    {
        best = TrainerStage(best, "trainers", 0.2, cancellation);
        for (var improved = true; improved && !OutOfTime(0.7);)
        {
            improved = false;
            foreach (var f in SearchSpace.FeaturizerNeighbours(options.Task, best.Candidate.Featurizer).ToArray())
            {
                if (OutOfTime(0.7))
                {
                    break;
                }

                var result = Evaluate(new Candidate("features", f, best.Candidate.Trainer), cancellation);
                if (Better(result, best))
                {
                    (best, improved) = (result, true);
                }
            }
        }

        best = TrainerStage(best, "trainers", 0.9, cancellation);
        foreach (var members in SearchSpace.Ensembles(_results, best).ToArray())
        {
            if (OutOfTime(1.0))
            {
                break;
            }

            var result = Evaluate(new Candidate("ensembles", best.Candidate.Featurizer, best.Candidate.Trainer with { Trainer = members }), cancellation);
            best = Better(result, best) ? result : best;
        }

        return best;
    }

    private CandidateResult TrainerStage(CandidateResult best, string stage, double until, CancellationToken cancellation)
    {
        foreach (var t in SearchSpace.Trainers(options.Task, best.Candidate.Trainer).ToArray())
        {
            if (OutOfTime(until))
            {
                break;
            }

            var result = Evaluate(new Candidate(stage, best.Candidate.Featurizer, t), cancellation);
            best = Better(result, best) ? result : best;
        }

        return best;
    }

    /// <summary>
    /// Trains the start settings once, untimed, on a few hundred rows spread over the data, so that the JIT compiling
    /// the featuriser and trainer is not charged to the first candidate (which would then fail a tight time limit).
    /// </summary>
    private void WarmUp(TrainingConfig start, CancellationToken cancellation)
    {
        var step = Math.Max(1, train.Examples.Count / 300);
        var rows = train.Examples.Where((_, i) => i % step == 0).Take(300).ToArray();
        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return;
        }

        try
        {
            Trainer(start.Featurizer, start.Trainer).Train(new LabeledDataSet(train.Task, train.Paths, rows, [], train.Sha256), cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only a warm-up: settings that cannot train on a small sample are judged on the full folds.
        }
    }

    /// <summary>
    /// A fold's training seconds (Model.Elapsed covers featurising the fold and training on it) scaled to all of the
    /// data: a fold trains on (k-1)/k of it.
    /// </summary>
    private double Scale(double foldSeconds) => foldSeconds * (dev is null ? options.Folds / (double)(options.Folds - 1) : 1);

    /// <summary>True once the given fraction of the budget is spent (each stage gets its share).</summary>
    private bool OutOfTime(double fraction) => Elapsed > options.Budget * fraction;

    /// <summary>
    /// How long one candidate may run: not past the budget (plus a grace period), not more than a quarter of the budget
    /// (at least a minute), and not far past <paramref name="maxTrainSeconds"/> for its <paramref name="folds"/> folds. A slow
    /// trainer (FastTree on a large vocabulary) is stopped and recorded as rejected instead of eating the whole search.
    /// </summary>
    internal static TimeSpan CandidateCap(TimeSpan budget, TimeSpan elapsed, double? maxTrainSeconds, int folds)
    {
        var seconds = Math.Min((budget - elapsed).TotalSeconds + 30, Math.Max(budget.TotalSeconds / 4, 60));
        if (maxTrainSeconds is { } limit)
        {
            seconds = Math.Min(seconds, (limit * 1.5 * folds) + 5);
        }

        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>
    /// The limit a candidate started now gets: <see cref="CandidateCap"/> for the folds it trains on, and at least 10 s (so
    /// that one started after a long featurising still gets to train).
    /// </summary>
    private TimeSpan Cap()
    {
        // At most 30 days: a timer's longest (about 49.7 days) is far beyond any budget, and a longer one cannot be set.
        var cap = CandidateCap(options.Budget, Elapsed, options.MaxTrainSeconds, dev is null ? options.Folds : 1);
        return cap < TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : cap > TimeSpan.FromDays(30) ? TimeSpan.FromDays(30) : cap;
    }

    /// <summary>
    /// Why a candidate of <paramref name="trainer"/> would not be started now (see <see cref="CandidateTimes.SkipReason"/>:
    /// the budget left and the limit it would get), or null when it would.
    /// </summary>
    internal string? SkipReason(string trainer, FeaturizerSettings? features = null, TreeShape? shape = null) =>
        Times.SkipReason(trainer, options.Budget - Elapsed, Cap(), features, shape);

    private static bool Better(CandidateResult a, CandidateResult b) => a.Rejected is null && (b.Rejected is not null || a.Score > b.Score + 1e-4);

    private CandidateResult Record(string key, CandidateResult result)
    {
        _results.Add(result);
        _seen[key] = result;
        Evaluated?.Invoke(result, _results.Count);
        return result;
    }
}
