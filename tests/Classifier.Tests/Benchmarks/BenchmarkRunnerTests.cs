using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Benchmarks;

public sealed class BenchmarkRunnerTests
{
    [Fact]
    public void Timed_ThreeRuns_ReturnsTheFirstResultWithTheShortestSeconds()
    {
        var seconds = new[] { 1.7, 1.3, 1.5 };
        var calls = 0;

        var (result, shortest) = BenchmarkRunner.Timed(3, () => calls++, run => seconds[run]);

        Assert.Equal((0, 1.3, 3), (result, shortest, calls));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Timed_OneRunOrFewer_RunsOnce(int runs)
    {
        var calls = 0;

        var (result, shortest) = BenchmarkRunner.Timed(runs, () => ++calls, _ => 2.5);

        Assert.Equal((1, 2.5, 1), (result, shortest, calls));
    }
}
