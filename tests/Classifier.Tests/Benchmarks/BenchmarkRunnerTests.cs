using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Benchmarks;

public sealed class BenchmarkRunnerTests
{
    [Fact]
    public void Timed_ThreeRuns_ReturnsTheFirstResultWithEveryRunsSeconds()
    {
        var seconds = new[] { 1.7, 1.3, 1.5 };
        var calls = 0;

        var (result, runs) = BenchmarkRunner.Timed(3, () => calls++, run => seconds[run]);

        Assert.Equal((0, 3), (result, calls));
        Assert.Equal(seconds, runs);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Timed_OneRunOrFewer_RunsOnce(int runs)
    {
        var calls = 0;

        var (result, seconds) = BenchmarkRunner.Timed(runs, () => ++calls, _ => 2.5);

        Assert.Equal((1, 1), (result, calls));
        Assert.Equal([2.5], seconds);
    }
}
