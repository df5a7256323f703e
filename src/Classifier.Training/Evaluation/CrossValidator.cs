using Classifier.Data;
using Classifier.Training.Training;

namespace Classifier.Training.Evaluation;

/// <summary>The outcome of k-fold cross-validation: the mean report, each fold's report and the spread.</summary>
internal sealed record CrossValidationResult(EvaluationReport Mean, IReadOnlyList<EvaluationReport> Folds,
    IReadOnlyDictionary<string, double> Std, double TrainSeconds, RowPrediction[] Predictions);

/// <summary>
/// Stratified k-fold cross-validation. Rows with the same text (a stance sentence with several
/// targets) stay in one fold, so no sentence is both trained on and tested; folds are balanced by
/// label, and for stance by target and label, or for stance over unseen targets hold whole targets.
/// </summary>
internal static class CrossValidator
{
    /// <summary>
    /// Each row's fold. With <paramref name="unseenTargets"/> (stance), folds hold whole targets instead, so every fold is
    /// scored on targets its model never trained on: the largest targets first, each to the fold with the fewest rows. A
    /// sentence labeled for several targets goes with its first row's target, so a few rows of a target can sit in another fold.
    /// Targets are grouped by the name a model trained with <paramref name="aliases"/> counts them under
    /// (<see cref="Validation.TargetNames"/>, as <c>validate-data</c> counts them): "China", "china" and "Beijing" are one
    /// target, so no fold trains on a target it is scored on under another form.
    /// </summary>
    /// <param name="rows">The rows to assign.</param>
    /// <param name="folds">How many folds (2 or more).</param>
    /// <param name="seed">The shuffle's seed (stratified folds only).</param>
    /// <param name="unseenTargets">Stance: folds hold whole targets.</param>
    /// <param name="aliases">With <paramref name="unseenTargets"/>: the alias table the run trains with; null for the built-in table (data/stance/aliases.tsv).</param>
    public static int[] AssignFolds(IReadOnlyList<LabeledExample> rows, int folds, int seed, bool unseenTargets = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases = null)
    {
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "Cross-validation needs at least 2 folds.");
        }

        if (unseenTargets)
        {
            return AssignByTarget(rows, folds, TargetNames(aliases));
        }

        var random = new Random(seed);
        var groups = Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Text, StringComparer.Ordinal)
            .Select(g => g.ToArray()).ToArray();
        random.Shuffle(groups);
        var assignment = new int[rows.Count];
        var next = 0;
        foreach (var stratum in groups.GroupBy(g => $"{rows[g[0]].Target}\u0001{rows[g[0]].Label}", StringComparer.Ordinal).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var group in stratum)
            {
                foreach (var i in group)
                {
                    assignment[i] = next % folds;
                }

                next++;
            }
        }

        return assignment;
    }

    /// <summary>The names unseen-target folds group targets by: <paramref name="aliases"/>, or the built-in table when null.</summary>
    internal static Validation.TargetNames TargetNames(IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases) =>
        new(aliases ?? BuiltInResources.Aliases());

    private static int[] AssignByTarget(IReadOnlyList<LabeledExample> rows, int folds, Validation.TargetNames names)
    {
        string Canonical(LabeledExample row) => row.Target is null ? "" : names.Canonical(row.Target);
        var targets = rows.GroupBy(Canonical, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Target: g.Key, Rows: g.Count())).ToArray();
        if (targets.Length < folds)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds,
                $"Cross-validation over unseen targets needs at least as many targets as folds; the data has {targets.Length}: {Cli.FoldCount.Fewer(targets.Length, "distinct targets")}.");
        }

        var sizes = new int[folds];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (target, count) in targets)
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            foldOf[target] = fold;
            sizes[fold] += count;
        }

        var firstTarget = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            firstTarget.TryAdd(row.Text, Canonical(row));
        }

        var assignment = rows.Select(r => foldOf[firstTarget[r.Text]]).ToArray();
        var empty = Enumerable.Range(0, folds).FirstOrDefault(f => !assignment.Contains(f), -1);
        if (empty >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds,
                $"Cross-validation over unseen targets left fold {empty + 1} without rows: every sentence of its targets is also labeled for a target of another fold. Use fewer folds.");
        }

        return assignment;
    }

    /// <summary>
    /// Trains and scores <paramref name="settings"/> on each fold in turn; <paramref name="foldDone"/> hears each fold's number
    /// (from 1) as it ends, and <paramref name="progress"/> the trainer's reports on the fold under way, prefixed by it
    /// (<c>fold 3/10: sdca: iteration 12 of at most 100, loss 0.43</c>), at most once per the trainer's
    /// <see cref="ModelTrainer.IterationProgressInterval"/>. Neither changes what is trained.
    /// </summary>
    public static CrossValidationResult Run(LabeledDataSet data, int folds, int seed, ModelTrainer trainer, TrainerSettings settings,
        Action<int>? foldDone = null, CancellationToken cancellation = default, bool unseenTargets = false, Action<string>? progress = null)
    {
        var assignment = AssignFolds(data.Examples, folds, seed, unseenTargets, trainer.Aliases);
        CheckEveryFoldTrainsOnTwoLabels(data, assignment, folds);
        var reports = new List<EvaluationReport>();
        var predicted = new RowPrediction[data.Examples.Count];
        var seconds = new List<double>();
        for (var f = 0; f < folds; f++)
        {
            cancellation.ThrowIfCancellationRequested();
            var train = Subset(data, assignment, f, keep: false);
            var test = Subset(data, assignment, f, keep: true);
            var prefix = FormattableString.Invariant($"fold {f + 1}/{folds}: ");
            var model = trainer.Learn(trainer.Prepare(train, cancellation), settings, cancellation, progress is null ? null : line => progress(prefix + line));
            seconds.Add(model.Elapsed.TotalSeconds);
            var scorer = model.ToScorer();
            var foldPredicted = Evaluator.Score(scorer, test.Examples);
            var foldGold = test.Examples.Select(e => e.Label).ToArray();
            reports.Add(Metrics.Compute(data.Task, foldGold, foldPredicted.Select(p => p.Label).ToArray(), Evaluator.TargetsAsRead(scorer, test.Examples)) with
            {
                Calibration = Calibration.Measure(foldGold, foldPredicted),
            });
            var k = 0;
            for (var i = 0; i < assignment.Length; i++)
            {
                if (assignment[i] == f)
                {
                    predicted[i] = foldPredicted[k++];
                }
            }

            foldDone?.Invoke(f + 1);
        }

        return new CrossValidationResult(Mean(data.Task, reports), reports, Std(reports), seconds.Average(), predicted);
    }

    /// <summary>
    /// Refuses, before any training, folds whose training part would hold a single label (a label with very few rows all
    /// in one fold), naming the label and what to do, rather than letting training blame the data file.
    /// </summary>
    private static void CheckEveryFoldTrainsOnTwoLabels(LabeledDataSet data, int[] assignment, int folds)
    {
        var counts = data.Examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        for (var f = 0; f < folds; f++)
        {
            var left = data.Examples.Where((_, i) => assignment[i] != f).Select(e => e.Label).Distinct(StringComparer.Ordinal).ToArray();
            if (left.Length < 2 && counts.Count >= 2)
            {
                var missing = counts.Where(c => !left.Contains(c.Key)).OrderBy(c => c.Value).First();
                throw new Cli.UsageException(FormattableString.Invariant(
                    $"fold {f + 1} of {folds} would train on the label '{left.FirstOrDefault()}' alone: the label '{missing.Key}' has only {missing.Value} row(s), all in that fold; ") +
                    "use fewer folds (--folds) or add rows of that label");
            }
        }
    }

    internal static LabeledDataSet Subset(LabeledDataSet data, int[] assignment, int fold, bool keep) =>
        new(data.Task, data.Paths, data.Examples.Where((_, i) => (assignment[i] == fold) == keep).ToArray(), [],
            $"{data.Sha256}:fold{fold}:{(keep ? "test" : "train")}");

    /// <summary>The folds' mean report, its classes in the task's order; a target's F_avg is the mean over the folds that give it one (null when none does).</summary>
    internal static EvaluationReport Mean(ClassifierTask task, List<EvaluationReport> reports)
    {
        var labels = Metrics.Ordered(task, reports.SelectMany(r => r.PerClass.Keys));
        var perClass = labels.ToDictionary(l => l, l =>
        {
            var ms = reports.Where(r => r.PerClass.ContainsKey(l)).Select(r => r.PerClass[l]).ToArray();
            return new ClassMetrics(ms.Average(m => m.Precision), ms.Average(m => m.Recall), ms.Average(m => m.F1), ms.Sum(m => m.Support));
        });
        var confusionLabels = Metrics.Ordered(task, reports.SelectMany(r => r.Confusion.Labels));
        var matrix = confusionLabels.Select(g => confusionLabels.Select(p => reports.Sum(r =>
        {
            var (gi, pi) = (IndexOf(r.Confusion.Labels, g), IndexOf(r.Confusion.Labels, p));
            return gi < 0 || pi < 0 ? 0 : r.Confusion.Matrix[gi][pi];
        })).ToArray()).ToArray();
        var perTarget = task != ClassifierTask.Stance ? null : reports.SelectMany(r => r.PerTarget!).GroupBy(kv => kv.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new TargetMetrics(g.Sum(x => x.Value.Examples), g.Average(x => x.Value.MacroF1),
                g.Select(x => x.Value.Favg).OfType<double>().ToArray() is { Length: > 0 } favgs ? favgs.Average() : null));
        return new EvaluationReport
        {
            Task = reports[0].Task,
            Examples = reports.Sum(r => r.Examples),
            Accuracy = reports.Average(r => r.Accuracy),
            MacroF1 = reports.Average(r => r.MacroF1),
            PerClass = perClass,
            Confusion = new ConfusionMatrix(confusionLabels, matrix),
            Favg = task == ClassifierTask.Stance ? reports.Average(r => r.Favg ?? 0) : null,
            PerTarget = perTarget,
            Calibration = Calibration.Mean(reports.Select(r => r.Calibration!).ToArray()),
        };
    }

    internal static Dictionary<string, double> Std(List<EvaluationReport> reports)
    {
        var std = new Dictionary<string, double>
        {
            ["accuracy"] = StdDev(reports.Select(r => r.Accuracy)),
            ["macroF1"] = StdDev(reports.Select(r => r.MacroF1)),
            ["ece"] = StdDev(reports.Select(r => r.Calibration!.Ece)),
            ["logLoss"] = StdDev(reports.Select(r => r.Calibration!.LogLoss)),
        };
        if (reports[0].Favg is not null)
        {
            std["favg"] = StdDev(reports.Select(r => r.Favg ?? 0));
        }

        return std;
    }

    private static double StdDev(IEnumerable<double> values)
    {
        var v = values.ToArray();
        var mean = v.Average();
        return v.Length < 2 ? 0 : Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
