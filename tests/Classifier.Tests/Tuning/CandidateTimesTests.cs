using Microsoft.Extensions.Time.Testing;
using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Cli;
using Classifier.Training.Commands;
using Classifier.Training.Training;
using Classifier.Training.Tuning;

namespace Classifier.Tests.Tuning;

public sealed class CandidateTimesTests
{
    /// <summary>A per-candidate limit that does not bind, for tests about the budget alone.</summary>
    private static readonly TimeSpan NoLimit = TimeSpan.FromHours(1);

    [Fact]
    public void SkipReason_FastTreeNotYetRunWithLittleBudgetLeft_SkippedSayingWhy()
    {
        // A 1-minute budget: a FastTree candidate started with 5 s left ran the search to 1.5 minutes.
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);

        var reason = times.SkipReason("ova-fasttree", TimeSpan.FromSeconds(5), NoLimit);

        Assert.Equal("not run for lack of time: expected to take 100 s, 5 s of the budget left", reason);
    }

    [Fact]
    public void SkipReason_FastTreeWithAmpleBudget_Runs()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);

        Assert.Null(times.SkipReason("ova-fasttree", TimeSpan.FromMinutes(9), NoLimit));
    }

    [Fact]
    public void Estimate_FastTreeOnMoreRows_ScalesWithTheRowsTrained()
    {
        var times = new CandidateTimes(rowsPerCandidate: 40_000);
        times.Record("maxent", 2);

        Assert.Equal(1200, times.Estimate("ova-fasttree")!.Value, 6);
    }

    [Fact]
    public void SkipReason_TrainerAlreadyRun_JudgedByItsSlowestRun()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("ova-svc", 3);
        times.Record("ova-svc", 12);

        Assert.Equal("not run for lack of time: expected to take 12 s, 10 s of the budget left", times.SkipReason("ova-svc", TimeSpan.FromSeconds(10), NoLimit));
        Assert.Null(times.SkipReason("ova-svc", TimeSpan.FromSeconds(13), NoLimit));
    }

    [Fact]
    public void SkipReason_LinearTrainerNotYetRun_Runs()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 30);

        Assert.Null(times.SkipReason("sdca", TimeSpan.FromSeconds(1), NoLimit));
    }

    [Fact]
    public void Estimate_Ensemble_IsTheSumOfItsMembers()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);
        times.Record("sdca", 3);

        Assert.Equal(5, times.Estimate("maxent+sdca"));
        Assert.NotNull(times.SkipReason("maxent+sdca", TimeSpan.FromSeconds(4), NoLimit));
    }

    [Fact]
    public void Run_ATrainerExpectedToOutrunTheBudget_SkippedAndReportedWhileOthersRun()
    {
        var (train, dev) = SmallSets();
        var options = new TuneOptions(ClassifierTask.Sentiment, "macroF1", 5, 1, TimeSpan.FromSeconds(15), null);
        // maxent is known to take an hour: none of its candidates fits in 15 s; the other trainers have no estimate yet.
        // Each candidate trained takes 1 s of a clock that moves only then, so what fits does not depend on the machine's load.
        var times = new CandidateTimes(rowsPerCandidate: 300);
        times.Record("maxent", 3600);
        var clock = new FakeTimeProvider();
        var tuner = new Tuner(options, train, dev, new FeatureInputs(null, new Dictionary<string, IReadOnlyList<string>>()))
        {
            Times = times,
            Clock = clock,
            Evaluated = (r, _) => clock.Advance(TimeSpan.FromSeconds(r.Skipped ? 0 : 1)),
        };

        var best = tuner.Run(TrainingConfig.Default(ClassifierTask.Sentiment), CancellationToken.None);

        var maxent = tuner.Results.Where(r => r.Candidate.Trainer.Trainer == "maxent").ToArray();
        Assert.NotEmpty(maxent);
        Assert.All(maxent, r => Assert.True(r.Skipped));
        Assert.All(maxent, r => Assert.StartsWith("not run for lack of time: expected to take 3600 s, ", r.Rejected));
        Assert.Contains(tuner.Results, r => !r.Skipped && r.Rejected is null);
        Assert.Null(best.Rejected);
        Assert.NotEqual("maxent", best.Candidate.Trainer.Trainer);
    }

    [Fact]
    public void Run_BudgetSpentByTheStartSettings_ScoresNothingElse()
    {
        var (train, dev) = SmallSets();
        var options = new TuneOptions(ClassifierTask.Sentiment, "macroF1", 5, 1, TimeSpan.FromSeconds(15), null);
        var clock = new FakeTimeProvider();
        var tuner = new Tuner(options, train, dev, new FeatureInputs(null, new Dictionary<string, IReadOnlyList<string>>()))
        {
            Clock = clock,
            Evaluated = (_, _) => clock.Advance(TimeSpan.FromSeconds(20)),
        };

        var best = tuner.Run(TrainingConfig.Default(ClassifierTask.Sentiment), CancellationToken.None);

        Assert.Equal("start", Assert.Single(tuner.Results).Candidate.Stage);
        Assert.Same(tuner.Results[0], best);
    }

    [Fact]
    public void Run_CandidateOutrunningItsTimeLimit_StoppedAndRejectedAsTooSlow()
    {
        // The tuner's clock jumps an hour at the start candidate's first trainer report: past its time limit (and the
        // budget), which runs on that clock, so its fit is stopped. A limit on the real clock (at least 10 s) would let
        // this fit of 300 rows finish, whatever the clock said.
        var (train, dev) = SmallSets();
        var options = new TuneOptions(ClassifierTask.Sentiment, "macroF1", 5, 1, TimeSpan.FromMinutes(15), null);
        var clock = new FakeTimeProvider();
        var jumped = 0;
        var tuner = new Tuner(options, train, dev, new FeatureInputs(null, new Dictionary<string, IReadOnlyList<string>>()))
        {
            Clock = clock,
            TrainerProgress = _ =>
            {
                if (Interlocked.Exchange(ref jumped, 1) == 0)
                {
                    clock.Advance(TimeSpan.FromHours(1));
                }
            },
            TrainerProgressInterval = TimeSpan.Zero,
        };

        var best = tuner.Run(TrainingConfig.Default(ClassifierTask.Sentiment), CancellationToken.None);

        var start = Assert.Single(tuner.Results);
        Assert.Equal("start", start.Candidate.Stage);
        Assert.Matches(@"^stopped after \d+ s: too slow for the time limit or the budget$", start.Rejected);
        Assert.Same(start, best);
        Assert.False(tuner.Interrupted);
    }

    [Fact]
    public void SkipReason_EstimateFitsTheBudgetButNotTheCandidateLimit_SkippedNamingTheLimit()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);

        // FastTree is expected to take 100 s: 300 s of budget are left, but it may run 60 s.
        var reason = times.SkipReason("ova-fasttree", TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(60));

        Assert.Equal("not run for lack of time: expected to take 100 s, over the per-candidate limit of 60 s", reason);
    }

    [Fact]
    public void SkipReason_BudgetLeftShorterThanTheLimit_NamesTheBudget()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);

        var reason = times.SkipReason("ova-fasttree", TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(60));

        Assert.Equal("not run for lack of time: expected to take 100 s, 40 s of the budget left", reason);
    }

    [Fact]
    public void SkipReason_ForATunerWhoseCapIsShorterThanTheBudgetLeft_SkipsWhatTheCapWouldStop()
    {
        // A 10-minute budget: 600 s are left, but a candidate may run a quarter of it, 150 s; FastTree is expected to take 200 s.
        using var dir = new TempDirectory();
        var lines = File.ReadAllLines(TestPaths.Data("sentiment", "train.tsv"));
        var train = TrainCommand.Read([dir.File("train.tsv", string.Join('\n', lines.Take(301)) + "\n")], ClassifierTask.Sentiment);
        var options = new TuneOptions(ClassifierTask.Sentiment, "macroF1", 5, 1, TimeSpan.FromMinutes(10), null);
        var times = new CandidateTimes(rowsPerCandidate: 300);
        times.Record("maxent", 4);
        var tuner = new Tuner(options, train, null, new FeatureInputs(null, new Dictionary<string, IReadOnlyList<string>>())) { Times = times };

        Assert.Equal("not run for lack of time: expected to take 200 s, over the per-candidate limit of 150 s", tuner.SkipReason("ova-fasttree"));
        Assert.Null(tuner.SkipReason("maxent"));
    }

    [Fact]
    public void SkipReason_TrainerStoppedAtTheSameLimit_SkippedSayingItWasStopped()
    {
        // A 4-minute budget: FastTree was stopped at 60 s, and a second FastTree candidate started with 64 s left (60 s limit).
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("ova-fasttree", 60, stopped: true);

        var reason = times.SkipReason("ova-fasttree", TimeSpan.FromSeconds(64), TimeSpan.FromSeconds(60));

        Assert.Equal("not run for lack of time: a run of the same trainer and features with as many trees and leaves or fewer was stopped at 60 s, and this one could run 60 s at most", reason);
    }

    [Fact]
    public void SkipReason_TrainerStoppedAtAShorterLimit_RunsWhenItsEstimateFits()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("sdca", 60, stopped: true);

        Assert.Null(times.SkipReason("sdca", TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(120)));
        Assert.Equal(60, times.Estimate("sdca"));
    }

    [Fact]
    public void Estimate_FastTreeStoppedBelowItsPrior_KeepsThePrior()
    {
        // A stopped run says "at least 60 s": it must not lower the 100 s expected before.
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);
        times.Record("ova-fasttree", 60, stopped: true);

        Assert.Equal(100, times.Estimate("ova-fasttree")!.Value, 6);
    }

    [Fact]
    public void SkipReason_LinearTrainerStoppedOnHeavierFeatures_OtherFeaturesStillRun()
    {
        // maxent finished in 4 s on the plain settings; on word 1-3-grams with chars 1-6 it was stopped at 20 s.
        var plain = new FeaturizerSettings();
        var heavy = new FeaturizerSettings { WordNgramMax = 3, CharNgramMin = 1, CharNgramMax = 6 };
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 4, features: plain);
        times.Record("maxent", 20, stopped: true, heavy);

        Assert.Null(times.SkipReason("maxent", TimeSpan.FromMinutes(8), TimeSpan.FromSeconds(20), plain));
        Assert.Equal("not run for lack of time: a run of the same trainer and features was stopped at 20 s, and this one could run 20 s at most",
            times.SkipReason("maxent", TimeSpan.FromMinutes(8), TimeSpan.FromSeconds(20), heavy));
    }

    [Fact]
    public void SkipReason_TreeTrainerStoppedOnOtherFeatures_JudgedByItsEstimate()
    {
        // Stopped at 60 s on word 1-3-grams; on the plain settings it is expected to take its prior, 0.03 s x 700 rows.
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("ova-fasttree", 60, stopped: true, new FeaturizerSettings { WordNgramMax = 3 });

        Assert.Null(times.SkipReason("ova-fasttree", TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(60), new FeaturizerSettings()));
        Assert.Equal(21, times.Estimate("ova-fasttree", new FeaturizerSettings())!.Value, 6);
    }

    [Fact]
    public void Estimate_FastTreeWithoutCharNgrams_SmallerPrior()
    {
        // On 1,000 sentiment rows FastTree took 26-76 s with char n-grams (idle or busy) and 2 s without, the slowest linear trainer 0.64-0.73 s and 0.23 s.
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);

        Assert.Equal(100, times.Estimate("ova-fasttree", new FeaturizerSettings())!.Value, 6);
        Assert.Equal(20, times.Estimate("ova-fasttree", new FeaturizerSettings { CharNgramMin = 1, CharNgramMax = 0 })!.Value, 6);
    }

    [Fact]
    public void Estimate_FastTreePrior_LeavesOutStoppedLinearRuns()
    {
        // 50 x the 2 s maxent finished in; its stop at 30 s on heavy features says nothing of FastTree.
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);
        times.Record("sdca", 30, stopped: true, new FeaturizerSettings { WordNgramMax = 3 });

        Assert.Equal(100, times.Estimate("ova-fasttree")!.Value, 6);
    }

    [Fact]
    public void Estimate_FastTreeRunsOfOtherTreesAndLeaves_ScaledByTreesTimesLeaves()
    {
        // A start config of 300 trees x 50 leaves took 400 s; the grid's 100 x 20 does 2/15 of its work (53 s), and twice
        // the work of a 50 x 20 run that took 90 s (180 s): the larger of the two, not the 400 s of another setting.
        var times = new CandidateTimes(rowsPerCandidate: 100);
        times.Record("ova-fasttree", 400, shape: new TreeShape(300, 50));
        times.Record("ova-fasttree", 90, shape: new TreeShape(50, 20));

        Assert.Equal(180, times.Estimate("ova-fasttree", shape: new TreeShape(100, 20))!.Value, 6);
        Assert.Equal(400, times.Estimate("ova-fasttree", shape: new TreeShape(300, 50))!.Value, 6);
    }

    [Fact]
    public void Estimate_FastTreeRunOnTheSameFeatures_TakenOverARunOnHeavierOnes()
    {
        // The same 100 x 20 took 300 s on words 1-3 and chars 1-6, 150 s on the plain settings.
        var plain = new FeaturizerSettings();
        var heavy = new FeaturizerSettings { WordNgramMax = 3, CharNgramMin = 1, CharNgramMax = 6 };
        var times = new CandidateTimes(rowsPerCandidate: 100);
        times.Record("ova-fasttree", 300, features: heavy);
        times.Record("ova-fasttree", 150, features: plain);

        Assert.Equal(150, times.Estimate("ova-fasttree", plain)!.Value, 6);
        Assert.Equal(300, times.Estimate("ova-fasttree", heavy)!.Value, 6);
        // Not run on these: the prior (0.03 s x 100 rows), not a run on other features.
        Assert.Equal(3, times.Estimate("ova-fasttree", plain with { MarkNegation = !plain.MarkNegation })!.Value, 6);
    }

    [Fact]
    public void Estimate_FastTreeNotYetRunWithOtherTreesOrLeaves_PriorScalesWithTreesTimesLeaves()
    {
        var times = new CandidateTimes(rowsPerCandidate: 700);
        times.Record("maxent", 2);
        var prior = times.Estimate("ova-fasttree")!.Value;

        Assert.Equal(3 * prior, times.Estimate("ova-fasttree", shape: new TreeShape(300, 20))!.Value, 6);
        Assert.Equal(prior / 2, times.Estimate("ova-fasttree", shape: new TreeShape(50, 20))!.Value, 6);
        Assert.Equal(2 * prior, times.Estimate("ova-fasttree", shape: new TreeShape(100, 40))!.Value, 6);
    }

    [Fact]
    public void SkipReason_FastTreeStoppedWithMoreTreesAndLeaves_SmallerSettingStillRuns()
    {
        var times = new CandidateTimes(rowsPerCandidate: 100);
        times.Record("ova-fasttree", 60, stopped: true, shape: new TreeShape(300, 50));

        Assert.Null(times.SkipReason("ova-fasttree", TimeSpan.FromMinutes(8), TimeSpan.FromSeconds(60), shape: new TreeShape(100, 20)));
        Assert.Equal("not run for lack of time: a run of the same trainer and features with as many trees and leaves or fewer was stopped at 60 s, and this one could run 60 s at most",
            times.SkipReason("ova-fasttree", TimeSpan.FromMinutes(8), TimeSpan.FromSeconds(60), shape: new TreeShape(300, 100)));
    }

    [Fact]
    public void ProgressLine_SkippedCandidate_ShowsOnlyWhyItWasNotRun()
    {
        var candidate = new Candidate("trainers", new FeaturizerSettings(), new TrainerSettings { Trainer = "ova-fasttree" });
        var skipped = new CandidateResult(candidate, 0, 0, 0, null, 0, "not run for lack of time: expected to take 106 s, over the per-candidate limit of 60 s") { Skipped = true };

        var line = TuneCommand.ProgressLine(ClassifierTask.Sentiment, skipped, 28);

        Assert.Equal($"#28 trainers: {candidate.Describe(ClassifierTask.Sentiment)} not run for lack of time: expected to take 106 s, over the per-candidate limit of 60 s", line);
        Assert.DoesNotContain("->", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressLine_RejectedCandidate_ShowsScoreSecondsAndWhy()
    {
        var candidate = new Candidate("trainers", new FeaturizerSettings(), new TrainerSettings { Trainer = "ova-fasttree" });
        var stopped = new CandidateResult(candidate, 0, 0, 0, null, 60.01, "stopped after 60 s: too slow for the time limit or the budget");

        Assert.Equal($"#28 trainers: {candidate.Describe(ClassifierTask.Sentiment)} -> 0.0000 (60.01 s, 0.0 MB) rejected: stopped after 60 s: too slow for the time limit or the budget",
            TuneCommand.ProgressLine(ClassifierTask.Sentiment, stopped, 28));
    }

    [Fact]
    public void RankingTitle_SomeCandidatesNotRun_CountsThemApart()
    {
        var candidate = new Candidate("trainers", new FeaturizerSettings(), new TrainerSettings());
        var ran = new CandidateResult(candidate, 0.8, 0.8, 0.8, null, 1, null);
        var skipped = ran with { Rejected = "not run for lack of time", Skipped = true };

        Assert.Equal("3 candidates run, 2 not run for lack of time, best first (by macroF1)", TuneRanking.Title("macroF1", [ran, ran, ran, skipped, skipped]));
        Assert.Equal("3 candidates, best first (by macroF1)", TuneRanking.Title("macroF1", [ran, ran, ran]));
    }

    [Fact]
    public void RankingTitle_MoreCandidatesThanTheTableShows_SaysOnlyTheBestAreShown()
    {
        var candidate = new Candidate("trainers", new FeaturizerSettings(), new TrainerSettings());
        var ran = new CandidateResult(candidate, 0.8, 0.8, 0.8, null, 1, null);
        var skipped = ran with { Rejected = "not run for lack of time", Skipped = true };

        Assert.Equal("63 candidates, the best 25 shown, best first (by macroF1)",
            TuneRanking.Title("macroF1", Enumerable.Repeat(ran, 63).ToArray()));
        Assert.Equal("25 candidates run, 9 not run for lack of time, best first (by macroF1)",
            TuneRanking.Title("macroF1", [.. Enumerable.Repeat(ran, 25), .. Enumerable.Repeat(skipped, 9)]));
    }

    /// <summary>300 training rows and 100 dev rows of the repository's sentiment training file.</summary>
    private static (LabeledDataSet Train, LabeledDataSet Dev) SmallSets()
    {
        using var dir = new TempDirectory();
        var lines = File.ReadAllLines(TestPaths.Data("sentiment", "train.tsv"));
        return (TrainCommand.Read([dir.File("train.tsv", string.Join('\n', lines.Take(301)) + "\n")], ClassifierTask.Sentiment),
            TrainCommand.Read([dir.File("dev.tsv", string.Join('\n', lines.Take(1).Concat(lines.Skip(301).Take(100))) + "\n")], ClassifierTask.Sentiment));
    }
}
