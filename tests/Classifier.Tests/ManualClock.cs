namespace Classifier.Tests;

/// <summary>A clock that moves only when a test moves it, for code that reads time through <see cref="TimeProvider"/>.</summary>
internal sealed class ManualClock : TimeProvider
{
    public long Ticks { get; set; }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Ticks;

    public void Advance(double seconds) => Ticks += (long)(seconds * TimeSpan.TicksPerSecond);
}
