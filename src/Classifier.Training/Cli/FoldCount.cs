using Classifier.Data;
using Classifier.Training.Evaluation;

namespace Classifier.Training.Cli;

/// <summary>
/// The check of <c>--folds</c> that <c>audit</c>, <c>cross-validate</c> and <c>tune</c> share, made on the data before any
/// training, so that a count the data cannot fill fails at once, as a usage error, not after the folds have been trained.
/// </summary>
internal static class FoldCount
{
    /// <summary>
    /// The checks that need only the options, made before any file is read (so that a missing or huge <c>--data</c> file
    /// neither masks nor delays them): <c>--unseen-targets</c> is for stance only, and <paramref name="folds"/>, when the
    /// command cross-validates (null when it does not, as <c>tune --dev</c>), is 2 or more.
    /// </summary>
    /// <exception cref="UsageException">One of the options is misused.</exception>
    public static void CheckOptions(int? folds, bool unseenTargets, ClassifierTask task)
    {
        if (unseenTargets && task != ClassifierTask.Stance)
        {
            throw new UsageException("--unseen-targets applies to stance only");
        }

        if (folds < 2)
        {
            throw new UsageException($"--folds must be 2 or more; got {folds}");
        }
    }

    /// <summary>
    /// Throws a usage error unless 2 &lt;= <paramref name="folds"/> &lt;= the number of distinct texts of
    /// <paramref name="rows"/> (rows of one text share a fold, so every fold needs a text of its own) and, with
    /// <paramref name="unseenTargets"/>, &lt;= the number of distinct targets, each fold then holding whole targets and
    /// none left without rows.
    /// </summary>
    /// <param name="folds">The value of <c>--folds</c>.</param>
    /// <param name="rows">The rows to split into folds (from <c>--data</c>).</param>
    /// <param name="unseenTargets">Whether <c>--unseen-targets</c> was given (folds by target).</param>
    /// <param name="aliases">The alias table the run trains with, by which targets are counted and grouped as the folds
    /// group them ("China" and "Beijing" are one target); null for the built-in table.</param>
    /// <exception cref="UsageException">The data cannot fill that many folds.</exception>
    public static void Check(int folds, IReadOnlyList<LabeledExample> rows, bool unseenTargets = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases = null)
    {
        if (folds < 2)
        {
            throw new UsageException($"--folds must be 2 or more; got {folds}");
        }

        var texts = rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count();
        if (folds > texts)
        {
            throw new UsageException($"--folds {folds} is more than the {texts} distinct {(texts == 1 ? "text" : "texts")} of --data ({rows.Count} rows; rows of one text share a fold, " +
                $"so each fold needs a text of its own): {Fewer(texts, "distinct texts")}");
        }

        if (!unseenTargets)
        {
            return;
        }

        var names = CrossValidator.TargetNames(aliases);
        var targets = rows.Select(r => r.Target is null ? string.Empty : names.Canonical(r.Target)).Distinct(StringComparer.Ordinal).Count();
        if (folds > targets)
        {
            throw new UsageException($"--folds {folds} is more than the {targets} distinct {(targets == 1 ? "target" : "targets")} of --data (as the alias table counts them; with --unseen-targets each fold holds whole targets): " +
                Fewer(targets, "distinct targets, or leave out --unseen-targets"));
        }

        try
        {
            CrossValidator.AssignFolds(rows, folds, seed: 0, unseenTargets: true, aliases);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UsageException($"--folds {folds} with --unseen-targets leaves a fold without rows (every sentence of its targets is also labeled " +
                "for a target of another fold): use fewer folds");
        }
    }

    /// <summary>
    /// Warns, on standard error, of each label of <paramref name="rows"/> that one fold holds whole (<see cref="LoneLabels"/>):
    /// cross-validation runs, but its figures for that label say nothing of the data.
    /// </summary>
    public static void WarnOfLoneLabels(IReadOnlyList<LabeledExample> rows, bool unseenTargets = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases = null)
    {
        foreach (var warning in LoneLabels(rows, unseenTargets, aliases))
        {
            Console.Error.WriteLine($"warning: {warning}");
        }
    }

    /// <summary>
    /// A warning for each label whose rows one fold holds whole, by the label's name in ordinal order: a single row, rows of
    /// one text (folds keep a text's rows together: a sentence labeled for two targets, or a row repeated with
    /// <c>--keep-duplicates</c>), or with <paramref name="unseenTargets"/> rows toward one target (as the alias table counts
    /// them). The fold that tests them trains without the label, so can never predict it, and its F1 is 0 whatever the data.
    /// </summary>
    internal static IEnumerable<string> LoneLabels(IReadOnlyList<LabeledExample> rows, bool unseenTargets = false,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? aliases = null)
    {
        var names = unseenTargets ? CrossValidator.TargetNames(aliases) : null;
        foreach (var label in rows.GroupBy(r => r.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = label.First();
            var (count, oneText) = (label.Count(), label.All(r => r.Text == first.Text));
            var oneTarget = names is not null && label.All(r => r.Target is not null && first.Target is not null
                && names.Canonical(r.Target) == names.Canonical(first.Target));
            var which = count == 1 ? $"has one row ({first.Location})"
                : oneText ? $"has {count} rows, all of one text (the first at {first.Location}), which one fold holds"
                : oneTarget ? $"has {count} rows, all toward one target ('{names!.Canonical(first.Target!)}', the first at {first.Location}), which one fold holds with --unseen-targets"
                : null;
            if (which is not null)
            {
                yield return $"label '{label.Key}' {which}: the fold that tests {(count == 1 ? "it" : "them")} trains without the label, so it is never " +
                    $"predicted there and its F1 is 0 whatever the data; label more rows of it, or leave {(count == 1 ? "the row" : "them")} out";
            }
        }
    }

    /// <summary>
    /// What to do when the data has only <paramref name="count"/> texts or targets: fewer folds, while 2 or more remain
    /// possible (as <c>--folds 1</c> is refused, "use --folds 1 or fewer" was advice that could not be followed), else
    /// more data (<paramref name="more"/>: "distinct texts").
    /// </summary>
    internal static string Fewer(int count, string more) =>
        count >= 2 ? $"use --folds {count} or fewer" : $"cross-validation needs at least 2 {more}";
}
