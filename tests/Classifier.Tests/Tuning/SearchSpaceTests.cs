using Classifier.Features;
using Classifier.Training;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Tests.Tuning;

public sealed class SearchSpaceTests
{
    [Theory]
    [InlineData(ClassifierTask.Sentiment)]
    [InlineData(ClassifierTask.Stance)]
    public void Trainers_FirstRound_TriesEveryTrainerBeforeAnySecondSetting(ClassifierTask task)
    {
        var grid = SearchSpace.Trainers(task, new TrainerSettings()).ToArray();
        var names = grid.Select(t => t.Trainer).Distinct().ToArray();

        var firstRound = grid.Take(names.Length - 1).Select(t => t.Trainer).ToArray();

        Assert.Equal(names.Length - 1, firstRound.Distinct().Count());
        Assert.Equal("ova-fasttree", grid[^1].Trainer); // minutes per candidate on large data: after every linear setting
        Assert.Contains("ova-svc", firstRound);
        Assert.Equal(2f, grid.First(t => t.Trainer == "ova-svc").L2); // scikit-learn's C = 0.5 first
    }

    [Fact]
    public void Trainers_Stance_TriesClassWeightingsRightAfterTheFirstRound()
    {
        var grid = SearchSpace.Trainers(ClassifierTask.Stance, new TrainerSettings()).ToArray();
        var linear = grid.Select(t => t.Trainer).Distinct().Count() - 1;

        var next = grid.Skip(linear).Take(4).ToArray();

        Assert.Equal("balanced", next[0].ClassWeighting);
        Assert.Equal([0.7f, 0.5f, 0.25f], next.Skip(1).Select(t => t.ClassWeights!["none"]));
        Assert.Equal(grid.Length, grid.Distinct().Count());
    }

    [Fact]
    public void Trainers_StartingFromOvaSvc_MaxentKeepsItsOwnIterationLimit()
    {
        var start = new TrainerSettings { Trainer = "ova-svc", L2 = 2, Tolerance = 1e-4f, MaxIterations = 1000 };

        var maxent = SearchSpace.Trainers(ClassifierTask.Stance, start).First(t => t.Trainer == "maxent");

        Assert.Equal(new TrainerSettings().MaxIterations, maxent.MaxIterations);
        Assert.Equal(new TrainerSettings().Tolerance, maxent.Tolerance);
    }

    [Fact]
    public void Ensembles_MembersScoredWithAnotherL2_AreLeftOut()
    {
        var features = new FeaturizerSettings();
        CandidateResult Result(string trainer, float l2, double score) =>
            new(new Candidate("trainers", features, new TrainerSettings { Trainer = trainer, L2 = l2 }), score, score, score, null, 0.1, null);
        var svc = Result("ova-svc", 2, 0.81);
        var maxent = Result("maxent", 1e-4f, 0.80);
        CandidateResult[] results = [svc, maxent, Result("nb-logistic", 1e-4f, 0.79), Result("ova-svm", 1e-4f, 0.78), Result("sdca", 1e-5f, 0.85)];

        Assert.Empty(SearchSpace.Ensembles(results, svc));
        Assert.Equal(["maxent+nb-logistic", "maxent+nb-logistic+ova-svm"], SearchSpace.Ensembles(results, maxent));
    }

    [Theory]
    [InlineData(true, "skip datelines")]
    [InlineData(false, null)] // the default: not listed
    public void Describe_SkipDatelines_SaysTheyAreSkipped(bool skip, string? label)
    {
        var parts = SearchSpace.Describe(ClassifierTask.Sentiment, new FeaturizerSettings { SkipDatelines = skip }, new TrainerSettings()).Split(", ");

        Assert.DoesNotContain("no datelines", parts);
        Assert.DoesNotContain("datelines", parts);
        if (label is not null)
        {
            Assert.Contains(label, parts);
        }
    }

    [Theory]
    [InlineData("sdca", 1e-6f, 1e-6f, "sdca l2=1E-6")] // read "l2=0" before, though the settings file said 1E-06
    [InlineData("sdca", 1e-5f, 1e-6f, "sdca l2=0.00001")]
    [InlineData("maxent", 1e-7f, 1e-5f, "maxent l2=1E-7 tol=0.00001 iter=100")]
    [InlineData("ova-svc", 0.25f, 1e-6f, "ova-svc C=4 tol=1E-6")]
    public void Describe_SmallWeights_NeverShownAsZero(string trainer, float l2, float tolerance, string expected)
    {
        var t = new TrainerSettings { Trainer = trainer, L2 = l2, Tolerance = tolerance, MaxIterations = 100 };

        var parts = SearchSpace.Describe(ClassifierTask.Sentiment, new FeaturizerSettings(), t).Split(", ");

        Assert.Contains(expected, parts);
    }

    [Fact]
    public void Describe_NormalizeDigits_SaysDigitsAreReadAsZero()
    {
        var parts = SearchSpace.Describe(ClassifierTask.Sentiment, new FeaturizerSettings { NormalizeDigits = true }, new TrainerSettings()).Split(", ");

        Assert.Contains("digits as 0", parts);
    }

    [Theory]
    [InlineData(false, true)]  // a stance model whose names keep their digits: not listed
    [InlineData(true, false)]  // names folded too, as the shipped stance model reads them
    public void Describe_StanceNameDigits_SaysWhenNamesLoseTheirDigits(bool folded, bool asWritten)
    {
        var f = new FeaturizerSettings { NormalizeDigits = true, NameDigitsAsWritten = asWritten };

        var parts = SearchSpace.Describe(ClassifierTask.Stance, f, new TrainerSettings()).Split(", ");

        Assert.Equal(folded, parts.Contains("names' digits as 0"));
    }

    [Fact]
    public void Describe_ShorterTextLimit_SaysWhereTextIsCut()
    {
        var parts = SearchSpace.Describe(ClassifierTask.Sentiment, new FeaturizerSettings { MaxTextLength = 5_000 }, new TrainerSettings()).Split(", ");

        Assert.Contains("text cut at 5,000", parts);
    }
}
