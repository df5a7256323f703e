using Classifier.Training.Tuning;

namespace Classifier.Tests.Tuning;

public sealed class CandidateCapTests
{
    [Fact]
    public void CandidateCap_EarlyInALongSearch_IsAQuarterOfTheBudget()
    {
        // Before, a slow candidate could run until the budget was spent: 37.5 minutes here.
        var cap = Tuner.CandidateCap(TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(7.5), maxTrainSeconds: null, folds: 5);

        Assert.Equal(TimeSpan.FromMinutes(11.25), cap);
    }

    [Fact]
    public void CandidateCap_NearTheEndOfTheBudget_IsWhatIsLeftPlusGrace()
    {
        var cap = Tuner.CandidateCap(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(9), maxTrainSeconds: null, folds: 5);

        Assert.Equal(TimeSpan.FromSeconds(90), cap);
    }

    [Fact]
    public void CandidateCap_ShortBudget_AllowsAtLeastAMinute()
    {
        var cap = Tuner.CandidateCap(TimeSpan.FromMinutes(2), TimeSpan.Zero, maxTrainSeconds: null, folds: 5);

        Assert.Equal(TimeSpan.FromSeconds(60), cap);
    }

    [Fact]
    public void CandidateCap_WithTrainTimeLimit_IsOneAndAHalfLimitsPerFold()
    {
        var cap = Tuner.CandidateCap(TimeSpan.FromMinutes(45), TimeSpan.Zero, maxTrainSeconds: 2, folds: 5);

        Assert.Equal(TimeSpan.FromSeconds(20), cap);
    }
}
