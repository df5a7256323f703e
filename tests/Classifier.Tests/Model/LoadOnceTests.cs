using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// The default models are made on first use and shared, but a failure is not kept: <see cref="Lazy{T}"/> rethrows its
/// first exception forever, which would leave <c>LoadDefault</c> failing for the life of a server after one transient error.
/// </summary>
public sealed class LoadOnceTests
{
    [Fact]
    public void Value_FactoryFailedOnce_NextCallMakesTheValue()
    {
        var calls = 0;
        var made = new object();
        var once = new LoadOnce<object>(() => ++calls == 1 ? throw new OutOfMemoryException("transient") : made);

        Assert.Throws<OutOfMemoryException>(() => once.Value);
        Assert.Same(made, once.Value);
        Assert.Same(made, once.Value);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Value_ManyThreadsAtOnce_FactoryRunsOnceAndAllGetOneInstance()
    {
        var calls = 0;
        var once = new LoadOnce<object>(() =>
        {
            Interlocked.Increment(ref calls);
            Thread.Sleep(50);
            return new object();
        });
        using var start = new Barrier(8);

        var tasks = Enumerable.Range(0, 8)
            .Select(_ => Task.Factory.StartNew(() => { start.SignalAndWait(); return once.Value; }, TaskCreationOptions.LongRunning))
            .ToArray();
        var seen = tasks.Select(t => t.Result).ToList();

        Assert.Equal(1, calls);
        Assert.All(seen, v => Assert.Same(seen[0], v));
    }

    [Fact]
    public void LoadDefault_CalledTwice_ReturnsTheSameInstance()
    {
        Assert.Same(SentimentClassifier.LoadDefault(), SentimentClassifier.LoadDefault());
        Assert.Same(StanceClassifier.LoadDefault(), StanceClassifier.LoadDefault());
    }
}
