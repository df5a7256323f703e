using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using Classifier.Training.Training.Learners;
using Microsoft.ML;

namespace Classifier.Training.Training;

/// <summary>
/// Reports how far a trainer that ML.NET runs has got, on a <see cref="LearnerProgress"/>, at most once an interval
/// across everything one learner fits (its classes one after another): SDCA's and L-BFGS's iterations with their loss
/// and FastTree's trees, from ML.NET's progress tracker (<see cref="MlNetProgressTracker"/>); the online trainers'
/// (linear SVM, averaged perceptron) passes from their messages on <see cref="MLContext.Log"/>, which is all they tell;
/// a preparation by its name ("FastTree feature conversion"); and, before the trainer has said anything, how
/// long it has been training. It reads what ML.NET publishes and changes nothing trained.
/// </summary>
internal sealed partial class MlNetProgress : IDisposable
{
    private readonly MLContext _ml;
    private readonly LearnerProgress _progress;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Stopwatch _phase = new();
    private readonly object _gate = new();
    private readonly Timer _timer;
    private readonly HashSet<string> _counted = [];
    private TimeSpan _next;
    private string? _name;
    private string _limit = "";
    private string? _state;
    private string? _source;
    private (string Name, double At, double Loss)? _loss;
    private bool _stopped;
    private ExceptionDispatchInfo? _failure;

    private MlNetProgress(MLContext ml, LearnerProgress progress)
    {
        _ml = ml;
        _progress = progress;
        _next = progress.Interval;
        _ml.Log += OnLog;

        // SDCA and L-BFGS say nothing on the log while they iterate, so the tracker is also read on a clock; a tick
        // of at most a second keeps a line close to when it is due.
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(progress.Interval.TotalMilliseconds, 50, 1000));
        _timer = new Timer(_ => Tick(), null, tick, tick);
    }

    /// <summary>A reporter for the fits on <paramref name="ml"/> until disposed; null (reporting nothing) without <paramref name="progress"/>.</summary>
    public static MlNetProgress? Start(MLContext ml, LearnerProgress? progress) => progress is null ? null : new MlNetProgress(ml, progress);

    /// <summary>
    /// Starts reporting one fit as <paramref name="name"/> ("ova-fasttree (favor against the rest, class 2 of 3)"), its
    /// iterations or trees followed by <paramref name="limit"/> ("of 100", "of at most 100").
    /// </summary>
    public void Begin(string name, string limit)
    {
        lock (_gate)
        {
            _failure?.Throw();

            // What is left in the tracker belongs to the previous fit.
            MlNetProgressTracker.Drain(_ml);
            (_name, _limit, _state, _source, _loss) = (name, limit, null, null, null);
            _phase.Restart();
        }
    }

    /// <summary>Stops reporting; no line is written once this returns.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            _ml.Log -= OnLog;
        }

        _timer.Dispose();
    }

    private void OnLog(object? sender, LoggingEventArgs e)
    {
        // The online trainers' only news: "Finished training iteration 3; iterated over 500000 examples."
        var pass = e.Kind == Microsoft.ML.Runtime.ChannelMessageKind.Trace ? FinishedPass().Match(e.Message) : Match.Empty;
        lock (_gate)
        {
            _failure?.Throw();
            if (pass.Success && _name is not null)
            {
                _state = $"iteration {pass.Groups[1].Value} {_limit}";
            }

            ReportIfDue();
        }
    }

    /// <summary>
    /// On the timer's thread, where an exception would end the process: a report that throws is thrown on the training
    /// thread instead, at its next log message or fit, as the native trainers' reports throw.
    /// </summary>
    private void Tick()
    {
        lock (_gate)
        {
            try
            {
                ReportIfDue();
            }
            catch (Exception ex) when (_failure is null)
            {
                (_failure, _stopped) = (ExceptionDispatchInfo.Capture(ex), true);
            }
        }
    }

    private void ReportIfDue()
    {
        if (_stopped || _name is null || _clock.Elapsed < _next)
        {
            return;
        }

        // The tracker asks a running calculation for its count only if it has no news since the last look (such as its
        // start), so it is looked at twice.
        foreach (var e in MlNetProgressTracker.Drain(_ml).Concat(MlNetProgressTracker.Drain(_ml)))
        {
            Update(e);
        }

        _next = _clock.Elapsed + _progress.Interval;
        _progress.Report($"{_name}: {_state ?? Invariant($"training for {_phase.Elapsed.TotalSeconds:0} s")}");
    }

    /// <summary>
    /// The latest count of the training itself ("iterations", "trees") stays after it stops (it is the final one); a
    /// preparation's name goes when it stops.
    /// </summary>
    private void Update(TrackedProgress e)
    {
        if (e.Unit is "iterations" or "trees")
        {
            _counted.Add(e.Name);
        }

        if (e.Stopped)
        {
            _state = _source == e.Name && !_counted.Contains(e.Name) ? null : _state;
            return;
        }

        // Asked for its count between checkpoints, L-BFGS gives the iteration but not its loss: the checkpoint's of the
        // same iteration is kept (an iteration under way has none yet). A preparation is named without its count:
        // FastTree's "feature conversion" says 0 of its features to the end (a variable its loop does not update).
        var counted = _counted.Contains(e.Name);
        if (counted && e.Done is { } at && e.Loss is { } checkpoint)
        {
            _loss = (e.Name, at, checkpoint);
        }

        _state = (counted, e.Done) switch
        {
            (true, { } done) => Invariant($"{e.Unit![..^1]} {done:0} {_limit}") + (_loss is { } last && last.Name == e.Name && last.At == done
                ? Invariant($", loss {last.Loss:0.######}")
                : ""),
            (true, null) when _source == e.Name && _state is not null => _state,
            _ => e.Name,
        };
        _source = e.Name;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Finished training iteration (\d+);")]
    private static partial Regex FinishedPass();
}
