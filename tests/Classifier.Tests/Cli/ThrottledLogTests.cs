using Microsoft.Extensions.Time.Testing;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

/// <summary>
/// A redirected <c>tune</c> writes a fold's featurising only after 10 s of silence: a large set's long featurising shows in
/// its log, and a small search's log is not filled with a line per fold.
/// </summary>
public sealed class ThrottledLogTests
{
    private readonly FakeTimeProvider _clock = new();
    private readonly List<string> _written = [];

    private ThrottledLog Log() => new(_written.Add, TimeSpan.FromSeconds(10), _clock);

    [Fact]
    public void AfterSilence_WithinTheQuietIntervalOfALine_IsDropped()
    {
        var log = Log();
        log.Line("#1 start: score");
        _clock.Advance(TimeSpan.FromSeconds(9.9));

        log.AfterSilence("#2 features, fold 1/5: featurising");

        Assert.Equal(["#1 start: score"], _written);
    }

    [Fact]
    public void AfterSilence_AfterTheQuietInterval_IsWrittenAndStartsANewSilence()
    {
        var log = Log();
        log.Line("#1 start: score");
        _clock.Advance(TimeSpan.FromSeconds(10));
        log.AfterSilence("#2 features, fold 1/5: featurising");
        _clock.Advance(TimeSpan.FromSeconds(5));
        log.AfterSilence("#2 features, fold 2/5: featurising");
        _clock.Advance(TimeSpan.FromSeconds(5));
        log.AfterSilence("#2 features, fold 3/5: featurising");

        Assert.Equal(["#1 start: score", "#2 features, fold 1/5: featurising", "#2 features, fold 3/5: featurising"], _written);
    }

    [Fact]
    public void Line_JustAfterALine_IsAlwaysWritten()
    {
        var log = Log();
        _clock.Advance(TimeSpan.FromSeconds(30));

        log.Line("a");
        log.Line("b");

        Assert.Equal(["a", "b"], _written);
    }

    [Fact]
    public void AfterSilence_AtTheStart_CountsTheSilenceFromCreation()
    {
        var log = Log();
        log.AfterSilence("too soon");
        _clock.Advance(TimeSpan.FromSeconds(10));
        log.AfterSilence("after 10 s");

        Assert.Equal(["after 10 s"], _written);
    }
}
