namespace Classifier.Training.Cli;

/// <summary>
/// Lines for a redirected standard error (a log file, CI) where some are worth writing only after a silence: every
/// <see cref="Line"/> is written, an <see cref="AfterSilence"/> line only when nothing has been written for the quiet
/// interval, so a long step (featurising a large fold) shows in a log without a small search's log filling with them.
/// Thread-safe: the tuner's trainer reports come from a timer thread.
/// </summary>
internal sealed class ThrottledLog
{
    private readonly Action<string> _write;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _quiet;
    private readonly Lock _gate = new();
    private long _last;

    /// <param name="write">Where a line goes (<see cref="Commands.TrainCommand.Log"/>, which stamps the time).</param>
    /// <param name="quiet">How long nothing must have been written for an <see cref="AfterSilence"/> line to be.</param>
    /// <param name="clock">The clock; the system's when null.</param>
    public ThrottledLog(Action<string> write, TimeSpan quiet, TimeProvider? clock = null)
    {
        _write = write;
        _quiet = quiet;
        _clock = clock ?? TimeProvider.System;
        _last = _clock.GetTimestamp();
    }

    /// <summary>Writes <paramref name="line"/>.</summary>
    public void Line(string line)
    {
        lock (_gate)
        {
            _write(line);
            _last = _clock.GetTimestamp();
        }
    }

    /// <summary>Writes <paramref name="line"/> if nothing has been written for the quiet interval; else drops it.</summary>
    public void AfterSilence(string line)
    {
        lock (_gate)
        {
            if (_clock.GetElapsedTime(_last) >= _quiet)
            {
                _write(line);
                _last = _clock.GetTimestamp();
            }
        }
    }
}
