using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

public sealed class CrossValidatorTests
{
    private static readonly LabeledExample[] Rows = Enumerable.Range(0, 90).SelectMany(i => i % 3 == 0
        ? new[] { Row($"sentence {i}", "favor", "China", i), Row($"sentence {i}", "against", "Japan", i) }
        : [Row($"sentence {i}", i % 2 == 0 ? "none" : "against", "China", i)]).ToArray();

    [Fact]
    public void AssignFolds_SameText_StaysInOneFold()
    {
        var folds = CrossValidator.AssignFolds(Rows, 5, seed: 3);

        foreach (var group in Rows.Select((r, i) => (r.Text, Fold: folds[i])).GroupBy(x => x.Text))
        {
            Assert.Single(group.Select(x => x.Fold).Distinct());
        }
    }

    [Fact]
    public void AssignFolds_Labels_AreSpreadEvenlyOverFolds()
    {
        var folds = CrossValidator.AssignFolds(Rows, 5, seed: 3);

        foreach (var label in new[] { "none", "against" })
        {
            var perFold = Enumerable.Range(0, 5).Select(f => Rows.Where((r, i) => folds[i] == f && r.Label == label && r.Target == "China").Count()).ToArray();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"{label}: {string.Join(",", perFold)}");
        }
    }

    [Fact]
    public void AssignFolds_SameSeed_IsDeterministicAndOtherSeedDiffers()
    {
        Assert.Equal(CrossValidator.AssignFolds(Rows, 4, 1), CrossValidator.AssignFolds(Rows, 4, 1));
        Assert.NotEqual(CrossValidator.AssignFolds(Rows, 4, 1), CrossValidator.AssignFolds(Rows, 4, 2));
    }

    [Fact]
    public void AssignFolds_OneFold_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(Rows, 1, 1));

        Assert.StartsWith("Cross-validation needs at least 2 folds.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWithOneTarget_ThrowsSayingTwoTargetsAreNeeded()
    {
        LabeledExample[] rows = [Row("s1", "favor", "Atlantis", 0), Row("s2", "against", "Atlantis", 1)];

        var error = Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(rows, 2, 1, unseenTargets: true));

        Assert.StartsWith("Cross-validation over unseen targets needs at least as many targets as folds; the data has 1: "
            + "cross-validation needs at least 2 distinct targets.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignFolds_UnseenTargets_PutsEachTargetInOneFoldAndBalancesSizes()
    {
        var rows = new[] { ("A", 40), ("B", 30), ("C", 20), ("D", 10) }
            .SelectMany(t => Enumerable.Range(0, t.Item2).Select(i => Row($"{t.Item1} sentence {i}", i % 2 == 0 ? "favor" : "against", t.Item1, i)))
            .Append(Row("A sentence 0", "none", "D", 99)) // the same sentence for a second target goes with its first row's target
            .ToArray();

        var folds = CrossValidator.AssignFolds(rows, 2, seed: 1, unseenTargets: true);

        foreach (var target in new[] { "A", "B", "C" })
        {
            Assert.Single(Enumerable.Range(0, rows.Length).Where(i => rows[i].Target == target).Select(i => folds[i]).Distinct());
        }

        Assert.Equal(folds[0], folds[^1]);
        Assert.NotEqual(folds[Array.FindIndex(rows, r => r.Target == "A")], folds[Array.FindIndex(rows, r => r.Target == "B")]);
        Assert.Equal(51, folds.Count(f => f == folds[0])); // A (40) and D (10 + the shared sentence) against B and C (50)
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWrittenInSeveralForms_KeepsEveryFormOfATargetInOneFold()
    {
        var rows = new[] { ("Japan", 20), ("Russia", 20), ("China", 10), ("china", 10), ("Beijing", 10) }
            .SelectMany(t => Enumerable.Range(0, t.Item2).Select(i => Row($"{t.Item1} sentence {i}", i % 2 == 0 ? "favor" : "against", t.Item1, i)))
            .ToArray();

        var folds = CrossValidator.AssignFolds(rows, 3, seed: 1, unseenTargets: true);

        var china = Enumerable.Range(0, rows.Length).Where(i => rows[i].Target is "China" or "china" or "Beijing").Select(i => folds[i]).Distinct();
        Assert.Single(china);
        Assert.Equal([30, 20, 20], Enumerable.Range(0, 3).Select(f => folds.Count(x => x == f)));
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWithAnAliasTableGiven_GroupsByThatTable()
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>> { ["Acme"] = ["Acme Corp"] };
        var rows = new[] { ("Acme", 10), ("Acme Corp", 10), ("Globex", 10), ("Initech", 10) }
            .SelectMany(t => Enumerable.Range(0, t.Item2).Select(i => Row($"{t.Item1} sentence {i}", i % 2 == 0 ? "favor" : "against", t.Item1, i)))
            .ToArray();

        var folds = CrossValidator.AssignFolds(rows, 3, seed: 1, unseenTargets: true, aliases);

        Assert.Single(Enumerable.Range(0, 20).Select(i => folds[i]).Distinct());
        Assert.Equal(3, folds.Distinct().Count());
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWhoseSentencesAllFollowAnotherTarget_ThrowsNamingTheEmptyFold()
    {
        // Japan's rows are all sentences first labeled for China, so they go with China and Japan's fold would be empty.
        var error = Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(Rows, 2, 1, unseenTargets: true));

        Assert.Contains("fold 2 without rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignFolds_UnseenTargetsWithFewerTargetsThanFolds_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(Rows, 3, 1, unseenTargets: true));

        Assert.Contains("has 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignFolds_UnseenTargetsLeavingTheFirstFoldEmpty_ThrowsNamingFoldOne()
    {
        // Atlantis and Borduria tie at three rows; Atlantis comes first by name, so takes fold 1, Borduria fold 2. Every
        // sentence of Atlantis was first labeled for Borduria, so goes with it: fold 1 is left without rows.
        LabeledExample[] rows =
        [
            Row("s1", "favor", "Borduria", 0), Row("s2", "against", "Borduria", 1), Row("s3", "none", "Borduria", 2),
            Row("s1", "against", "Atlantis", 3), Row("s2", "favor", "Atlantis", 4), Row("s3", "none", "Atlantis", 5),
        ];

        var error = Assert.Throws<ArgumentOutOfRangeException>("folds", () => CrossValidator.AssignFolds(rows, 2, 1, unseenTargets: true));

        Assert.Contains("left fold 1 without rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mean_TwoStanceFolds_AveragesEachMeasureAndSumsCounts()
    {
        // Fold 1 (China): favor->favor, against->against. Accuracy 1; against and favor P = R = F1 = 1; macro-F1 1; F_avg 1.
        // Fold 2: China favor->none, none->none; Norway none->none, against->against. Accuracy 3/4.
        //   against P = R = F1 = 1 (support 1); none tp 2, fp 1: P 2/3, R 1, F1 4/5 (support 2); favor 0 (support 1).
        //   Macro-F1 (1 + 4/5 + 0) / 3 = 3/5; F_avg (0 + 1) / 2 = 1/2.
        //   China: none F1 2/3, favor 0: macro-F1 1/3, F_avg 0 (favor is gold). Norway: macro-F1 1, F_avg 1.
        var calibration = new Calibration(0.9, 0.1, 0.3, 15, []);
        var fold1 = Metrics.Compute(ClassifierTask.Stance, ["favor", "against"], ["favor", "against"], ["China", "China"]) with { Calibration = calibration };
        var fold2 = Metrics.Compute(ClassifierTask.Stance, ["favor", "none", "none", "against"], ["none", "none", "none", "against"],
            ["China", "China", "Norway", "Norway"]) with { Calibration = calibration };

        var mean = CrossValidator.Mean(ClassifierTask.Stance, [fold1, fold2]);

        Assert.Equal(6, mean.Examples);
        Assert.Equal((1 + 0.75) / 2, mean.Accuracy, 12);
        Assert.Equal((1 + 0.6) / 2, mean.MacroF1, 12);
        Assert.Equal((1 + 0.5) / 2, mean.Favg!.Value, 12);
        Assert.Equal(["against", "none", "favor"], mean.PerClass.Keys);
        Assert.Equal(new ClassMetrics(1, 1, 1, 2), mean.PerClass["against"]);
        Assert.Equal((0.666667, 1.0, 0.8, 2), Rounded(mean.PerClass["none"]));
        Assert.Equal(new ClassMetrics(0.5, 0.5, 0.5, 2), mean.PerClass["favor"]);
        Assert.Equal([[2, 0, 0], [0, 2, 0], [0, 1, 1]], mean.Confusion.Matrix);
        Assert.Equal(["China", "Norway"], mean.PerTarget!.Keys);
        Assert.Equal(4, mean.PerTarget["China"].Examples);
        Assert.Equal((1 + (1.0 / 3)) / 2, mean.PerTarget["China"].MacroF1, 12);
        Assert.Equal(0.5, mean.PerTarget["China"].Favg);
        Assert.Equal(new TargetMetrics(2, 1, 1), mean.PerTarget["Norway"]);
    }

    [Fact]
    public void Mean_SentimentFolds_HaveNoFavg()
    {
        var calibration = new Calibration(0.9, 0.1, 0.3, 15, []);
        var fold = Metrics.Compute(ClassifierTask.Sentiment, ["negative", "positive"], ["negative", "negative"]) with { Calibration = calibration };

        var mean = CrossValidator.Mean(ClassifierTask.Sentiment, [fold, fold]);

        Assert.Null(mean.Favg);
        Assert.Null(mean.PerTarget);
    }

    [Fact]
    public void Std_ThreeFolds_IsTheSampleStandardDeviation()
    {
        // Accuracy 0.6, 0.7, 0.8: mean 0.7, squared deviations 0.01 + 0 + 0.01, over n - 1 = 2: 0.01, root 0.1
        // (the population's would be root(0.02 / 3), 0.0816). Macro-F1 0.5, 0.5, 0.8: (0.01 + 0.01 + 0.04) / 2 = 0.03.
        // F_avg 0.2, 0.4, 0.6: 0.2. ECE 0.1, 0.1, 0.4: (0.01 + 0.01 + 0.04) / 2. Log loss 0.3 each: 0.
        var std = CrossValidator.Std([Report(0.6, 0.5, 0.2, 0.1), Report(0.7, 0.5, 0.4, 0.1), Report(0.8, 0.8, 0.6, 0.4)]);

        Assert.Equal(["accuracy", "macroF1", "ece", "logLoss", "favg"], std.Keys);
        Assert.Equal(0.1, std["accuracy"], 12);
        Assert.Equal(Math.Sqrt(0.03), std["macroF1"], 12);
        Assert.Equal(0.2, std["favg"], 12);
        Assert.Equal(Math.Sqrt(0.03), std["ece"], 12);
        Assert.Equal(0, std["logLoss"], 12);
    }

    [Fact]
    public void Std_TwoFolds_IsTheSampleStandardDeviation()
    {
        // Accuracy 1 and 0.75: mean 0.875, squared deviations 2 x 0.125^2 over n - 1 = 1: root 0.03125 = 0.1767767.
        var std = CrossValidator.Std([Report(1, 1, null, 0.1), Report(0.75, 1, null, 0.1)]);

        Assert.Equal(Math.Sqrt(0.03125), std["accuracy"], 12);
        Assert.False(std.ContainsKey("favg"));
    }

    [Fact]
    public void Std_OneFold_IsZero()
    {
        var std = CrossValidator.Std([Report(0.6, 0.5, 0.2, 0.1)]);

        Assert.All(std.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Run_LabelWithOneRow_RefusesBeforeTrainingNamingTheFoldAndTheLabel()
    {
        // Two folds: the negative row's stratum comes first ("\u0001negative" < "\u0001positive"), so it takes fold 1 and the
        // three positive rows take folds 2, 1, 2. Fold 1's model would train on fold 2 alone: positive rows only.
        LabeledExample[] rows =
        [
            new("good", "positive", null, "x.tsv", 2), new("fine", "positive", null, "x.tsv", 3),
            new("great", "positive", null, "x.tsv", 4), new("bad", "negative", null, "x.tsv", 5),
        ];
        var settings = new TrainerSettings { Trainer = "maxent", MaxIterations = 5, Threads = 1 };

        var error = Assert.Throws<Classifier.Training.Cli.UsageException>(() => CrossValidator.Run(
            new LabeledDataSet(ClassifierTask.Sentiment, ["x.tsv"], rows, [], "0"), 2, 1, new ModelTrainer(new FeaturizerSettings(), settings, seed: 1), settings));

        Assert.Equal("fold 1 of 2 would train on the label 'positive' alone: the label 'negative' has only 1 row(s), all in that fold; "
            + "use fewer folds (--folds) or add rows of that label", error.Message);
    }

    [Fact]
    public void Run_UnseenTargetsFoldHoldingEveryRowOfTwoLabels_NamesTheRarerOfThem()
    {
        // Folds by target: China's three rows take fold 1, Japan's fold 2. Fold 1's model would train on Japan's rows
        // alone, all 'none'; both 'against' (2 rows) and 'favor' (1 row) are missing from it, and the rarer is named.
        LabeledExample[] rows =
        [
            new("Beijing condemned the move.", "against", "China", "x.tsv", 2), new("Beijing called it a provocation.", "against", "China", "x.tsv", 3),
            new("Beijing welcomed the talks.", "favor", "China", "x.tsv", 4), new("Tokyo said nothing.", "none", "Japan", "x.tsv", 5),
            new("Tokyo held a meeting.", "none", "Japan", "x.tsv", 6), new("Tokyo issued a schedule.", "none", "Japan", "x.tsv", 7),
        ];
        var settings = new TrainerSettings { Trainer = "maxent", MaxIterations = 5, Threads = 1 };

        var error = Assert.Throws<Classifier.Training.Cli.UsageException>(() => CrossValidator.Run(
            new LabeledDataSet(ClassifierTask.Stance, ["x.tsv"], rows, [], "0"), 2, 1, new ModelTrainer(new FeaturizerSettings(), settings, seed: 1), settings,
            unseenTargets: true));

        Assert.Equal("fold 1 of 2 would train on the label 'none' alone: the label 'favor' has only 1 row(s), all in that fold; "
            + "use fewer folds (--folds) or add rows of that label", error.Message);
    }

    [Fact]
    public void Run_ThreeLabelsOneWithASingleRow_TrainsTheFoldWithoutItOnTheOtherTwo()
    {
        // The neutral row's fold trains on positive and negative rows only: two labels, enough to train, so no fold is refused.
        LabeledExample[] rows =
        [
            new("good", "positive", null, "x.tsv", 2), new("fine", "positive", null, "x.tsv", 3), new("great", "positive", null, "x.tsv", 4),
            new("bad", "negative", null, "x.tsv", 5), new("awful", "negative", null, "x.tsv", 6), new("poor", "negative", null, "x.tsv", 7),
            new("plain", "neutral", null, "x.tsv", 8),
        ];
        var settings = new TrainerSettings { Trainer = "maxent", MaxIterations = 5, Threads = 1 };

        var result = CrossValidator.Run(
            new LabeledDataSet(ClassifierTask.Sentiment, ["x.tsv"], rows, [], "0"), 2, 1, new ModelTrainer(new FeaturizerSettings(), settings, seed: 1), settings);

        Assert.Equal(2, result.Folds.Count);
        Assert.Equal(7, result.Predictions.Length);
        Assert.All(result.Predictions, p => Assert.NotNull(p.Label));
    }

    private static (double, double, double, int) Rounded(ClassMetrics m) =>
        (Math.Round(m.Precision, 6), Math.Round(m.Recall, 6), Math.Round(m.F1, 6), m.Support);

    private static EvaluationReport Report(double accuracy, double macroF1, double? favg, double ece) => new()
    {
        Task = "stance",
        Examples = 10,
        Accuracy = accuracy,
        MacroF1 = macroF1,
        PerClass = new Dictionary<string, ClassMetrics>(),
        Confusion = new ConfusionMatrix([], []),
        Favg = favg,
        Calibration = new Calibration(0.9, ece, 0.3, 15, []),
    };

    private static LabeledExample Row(string text, string label, string target, int line) => new(text, label, target, "x.tsv", line + 2);
}
