using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

/// <summary><see cref="LiveInput"/>: the items of an input that may pause, with a marker wherever it paused.</summary>
public sealed class LiveInputTests
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    [Fact]
    public void Read_SourceThatPausesBetweenItems_MarksThePauseWithNullAndKeepsTheOrder()
    {
        var read = LiveInput.Read(Slow(["a", "b", "c"], pauseAfter: 1, TimeSpan.FromMilliseconds(600)), Pause).ToList();

        Assert.Equal(["a", "b", "c"], read.Where(x => x is not null));
        var firstPause = read.IndexOf(null);
        Assert.True(firstPause >= 0, "no pause was marked");
        Assert.Equal(["a", "b"], read.Take(firstPause));
    }

    [Fact]
    public void Read_SourceThatFailsAfterTwoItems_YieldsThemThenThrowsItsException()
    {
        var read = new List<string?>();

        var ex = Assert.Throws<FormatException>(() =>
        {
            foreach (var item in LiveInput.Read(Failing(), Pause))
            {
                read.Add(item);
            }
        });

        Assert.Equal("line 3", ex.Message);
        Assert.Equal(["a", "b"], read.Where(x => x is not null));
    }

    [Fact]
    public void Read_ConsumerStopsAfterTheFirstItem_TheReadingThreadEnds()
    {
        var ended = new ManualResetEventSlim();

        Assert.Equal("a", LiveInput.Read(Endless(ended), Pause).First());

        // The consumer's stop completes the queue; the reading thread's next Add throws and it leaves its loop.
        Assert.True(ended.Wait(TimeSpan.FromSeconds(10)), "the reading thread is still running");
    }

    private static IEnumerable<string> Slow(string[] items, int pauseAfter, TimeSpan pause)
    {
        for (var i = 0; i < items.Length; i++)
        {
            yield return items[i];
            if (i == pauseAfter)
            {
                Thread.Sleep(pause);
            }
        }
    }

    private static IEnumerable<string> Failing()
    {
        yield return "a";
        yield return "b";
        throw new FormatException("line 3");
    }

    private static IEnumerable<string> Endless(ManualResetEventSlim ended)
    {
        try
        {
            while (true)
            {
                yield return "a";
            }
        }
        finally
        {
            ended.Set();
        }
    }
}
