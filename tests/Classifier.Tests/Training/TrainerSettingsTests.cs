using System.Globalization;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>What a model's manifest records of its trainer's settings.</summary>
public sealed class TrainerSettingsTests
{
    [Fact]
    public void Describe_ThreadsZero_RecordsTheCoreCountTheTrainerWasAllowed()
    {
        var described = new TrainerSettings { Threads = 0 }.Describe();

        Assert.Equal(Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), described["threads"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Describe_ThreadsSet_RecordsThatCount(int threads)
    {
        var described = new TrainerSettings { Threads = threads }.Describe();

        Assert.Equal(threads.ToString(CultureInfo.InvariantCulture), described["threads"]);
    }
}
