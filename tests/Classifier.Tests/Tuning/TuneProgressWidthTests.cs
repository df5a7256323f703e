using Classifier.Training.Commands;

namespace Classifier.Tests.Tuning;

/// <summary>
/// `tune`'s live progress rows fit the terminal: on an 80-column one a FastTree report wrapped its row and squeezed the
/// elapsed and remaining times into columns of two characters; the bar narrows and a long description is cut.
/// </summary>
public sealed class TuneProgressWidthTests
{
    private const string Report = "#28 trainers, fold 3/3: ova-fasttree (positive against the rest, class 3 of 3), tree 40 of 100";

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(140)]
    [InlineData(200)]
    public void FitDescription_AnyWidth_TheRowFitsBesideTheBarAndTimes(int width)
    {
        var fitted = TuneCommand.FitDescription(Report, width);

        // Description, bar, two times of 8 and the columns' gaps.
        Assert.True(fitted.Length + TuneCommand.BarWidth(width) + 8 + 8 + 6 <= width, $"{fitted.Length} + {TuneCommand.BarWidth(width)} at {width}");
        Assert.StartsWith(fitted.TrimEnd('…'), Report, StringComparison.Ordinal);
    }

    [Fact]
    public void FitDescription_ShortLineOnANarrowTerminal_KeptWhole()
    {
        Assert.Equal("#1 start: best so far 0.7062", TuneCommand.FitDescription("#1 start: best so far 0.7062", 80));
        Assert.Equal(40, TuneCommand.BarWidth(160));
        Assert.Equal(10, TuneCommand.BarWidth(80));
    }
}
