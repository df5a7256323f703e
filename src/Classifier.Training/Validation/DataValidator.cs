using Classifier.Data;

namespace Classifier.Training.Validation;

/// <summary>Thresholds a corpus must meet; zero or null disables a check (the defaults only report).</summary>
internal sealed record ValidationRules
{
    public double LeakageJaccard { get; init; } = 0.7;

    public double MaxOpeningShare { get; init; } = 0.02;

    /// <summary>The opening check applies to files of at least this many sentences (in small files every opening is a large share).</summary>
    public int MinSentencesForOpeningCheck { get; init; } = 100;

    public double MinLabelShare { get; init; }

    public int MinRows { get; init; }

    public int MinTargets { get; init; }

    /// <summary>Stance: least share of sentences carrying two or more targets with different labels.</summary>
    public double MinContrastiveShare { get; init; }

    /// <summary>Stance: files whose targets must not occur in any file given that is not one of them.</summary>
    public IReadOnlyList<string> UnseenTargetsFiles { get; init; } = [];

    /// <summary>Sources no sentence may copy or closely paraphrase (see <see cref="SourceOverlap"/>); null skips the check.</summary>
    public SourceOverlap? Sources { get; init; }

    /// <summary>
    /// Stance: the alias table training will use, by which targets are counted as training counts them ("china" and
    /// "Beijing" are China); null for the built-in table, as <c>train</c> uses without <c>--aliases</c>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Aliases { get; init; }

    /// <summary>
    /// Stance: the representatives file training will use (<c>train --representatives</c>), read as training reads it
    /// against <see cref="Aliases"/>, its problems reported with the data files'; null for none.
    /// </summary>
    public string? RepresentativesFile { get; init; }

    /// <summary>
    /// The problems of the alias file given (<c>--aliases</c>), reported with the data files' rather than instead of them;
    /// null when it read cleanly or none was given. The representatives file is then not read, as it is read against it.
    /// </summary>
    public DataFileException? AliasFileErrors { get; init; }
}

/// <summary>Statistics of one file.</summary>
internal sealed record FileStats(string Path, int Rows, int Sentences, IReadOnlyDictionary<string, int> Labels, int Targets,
    int Vocabulary, int MinWords, int MedianWords, int MaxWords, string TopOpening, double TopOpeningShare, int NearDuplicatePairs,
    double ContrastiveShare)
{
    /// <summary>Sentences close to a source sentence, when sources were given; else null.</summary>
    public int? NearSources { get; init; }

    /// <summary>
    /// When sources were given, each distinct sentence (at its first row) with its closest source sentence, the one that
    /// holds the largest share of its word 3-grams (<see cref="SourceOverlap.Closest"/>, which says what it falls back on;
    /// null when there is none), and the one sharing the most names, two or more (<see cref="SourceOverlap.SharedNames"/>;
    /// null when none shares two); else null.
    /// </summary>
    public IReadOnlyList<(LabeledExample Example, SourceMatch? Closest, NamesMatch? Names)>? ClosestSources { get; init; }

    /// <summary>How many of <see cref="ClosestSources"/> share two or more names with a source sentence (<see cref="SourceOverlap.SharedNames"/>): likely the same story.</summary>
    public int? SharingNames => ClosestSources?.Count(r => r.Names is not null);

    /// <summary>The mean over <see cref="ClosestSources"/> of the share of a sentence's word 3-grams in its closest source sentence (0 for none).</summary>
    public double? ClosestMean => ClosestSources is { Count: > 0 } c ? c.Average(r => r.Closest?.Containment ?? 0) : null;

    /// <summary>The largest such share.</summary>
    public double? ClosestMax => ClosestSources is { Count: > 0 } c ? c.Max(r => r.Closest?.Containment ?? 0) : null;
}

/// <summary>The outcome of validating a set of files.</summary>
internal sealed record ValidationReport(ClassifierTask Task, IReadOnlyList<FileStats> Files, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> PerTarget,
    IReadOnlyList<string> Failures, IReadOnlyList<string> Notes)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>Checks labeled files for schema errors, duplicates, leakage across splits, balance and variety.</summary>
internal static class DataValidator
{
    /// <summary>Validates <paramref name="paths"/> as files of one corpus (for example its splits).</summary>
    /// <exception cref="DataFileException">Files cannot be read or have invalid rows: every file's problems, each with its file and line.</exception>
    public static ValidationReport Validate(ClassifierTask task, IReadOnlyList<string> paths, ValidationRules rules)
    {
        var sets = ReadAll(paths, task, rules);
        var failures = new List<string>();
        var targets = new TargetNames(task == ClassifierTask.Stance ? rules.Aliases ?? Training.BuiltInResources.Aliases() : new Dictionary<string, IReadOnlyList<string>>());
        var notes = task == ClassifierTask.Stance ? targets.FormsWarnings(sets.SelectMany(s => s.Examples)).ToList() : [];
        // Each file's distinct sentences and their 3-gram sets, built once for the near duplicates within each file and
        // the leakage between files.
        var texts = sets.Select(s => s.Examples.Select(e => e.Text).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
        var grams = TrigramSets.Build(texts);
        var stats = sets.Select((s, i) => Stats(s, texts[i], grams.Lists[i], grams.Count, rules, targets, failures)).ToArray();
        if (rules.Sources is { } sources)
        {
            stats = sets.Zip(stats, (s, f) =>
            {
                var closest = new List<(LabeledExample, SourceMatch?, NamesMatch?)>();
                return f with { NearSources = CheckSources(s, sources, failures, closest), ClosestSources = closest };
            }).ToArray();
        }

        CheckLeakage(sets, texts, grams, rules, failures);
        CheckUnseenTargets(sets, rules, targets, failures);
        if (task == ClassifierTask.Stance)
        {
            // A target of only function words the alias table does not know ("the"), which training would refuse.
            var rows = FunctionWordRows(sets, rules);
            failures.AddRange(rows.Take(20).Select(e => $"{e.Path}:{e.Line}: {e.Message}"));
            if (rows.Count > 20)
            {
                failures.Add($"{rows.Count - 20:N0} more rows toward a target of only function words (above: the first 20); a column shifted by one is the usual cause");
            }
        }

        foreach (var s in sets)
        {
            notes.AddRange(s.Warnings.Select(w => $"warning: {w}"));
        }

        var perTarget = task != ClassifierTask.Stance ? new Dictionary<string, IReadOnlyDictionary<string, int>>()
            : sets.SelectMany(s => s.Examples).GroupBy(e => targets.Canonical(e.Target!)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.GroupBy(e => e.Label).ToDictionary(l => l.Key, l => l.Count()));
        var totalRows = sets.Sum(s => s.Examples.Count);
        if (rules.MinRows > 0 && totalRows < rules.MinRows)
        {
            failures.Add($"{totalRows:N0} rows in all; at least {rules.MinRows:N0} are required (--min-rows)");
        }

        if (rules.MinTargets > 0 && perTarget.Count < rules.MinTargets)
        {
            failures.Add($"{perTarget.Count} targets; at least {rules.MinTargets} are required (--min-targets)");
        }

        return new ValidationReport(task, stats, perTarget, failures, notes);
    }

    /// <summary>
    /// Reads every file, and the representatives file if any, collecting every file's problems before throwing (one bad
    /// file does not hide another's).
    /// </summary>
    private static LabeledDataSet[] ReadAll(IReadOnlyList<string> paths, ClassifierTask task, ValidationRules rules)
    {
        var sets = new List<LabeledDataSet>();
        var errors = new List<DataFileError>(rules.AliasFileErrors?.Errors ?? []);
        var total = rules.AliasFileErrors?.TotalErrors ?? 0;
        // A bad file's rows toward a target of only function words are named with its other problems, at their lines.
        var judge = task == ClassifierTask.Stance ? FunctionWordJudge(rules) : null;
        foreach (var path in paths)
        {
            try
            {
                sets.Add(LabeledDataReader.Read([path], task, keepDuplicates: false, judge));
            }
            catch (DataFileException ex)
            {
                errors.AddRange(ex.Errors);
                total += ex.TotalErrors;
            }
        }

        if (rules.RepresentativesFile is { } people && rules.AliasFileErrors is null)
        {
            try
            {
                Training.RepresentativesFile.Read(people, rules.Aliases ?? Training.BuiltInResources.Aliases());
            }
            catch (DataFileException ex)
            {
                errors.AddRange(ex.Errors);
                total += ex.TotalErrors;
            }
        }

        if (total > 0 && task == ClassifierTask.Stance)
        {
            // The files read well are judged too, so that one run lists every file's problems: their rows toward a
            // target of only function words, otherwise reported only once the bad file is mended.
            var rows = FunctionWordRows(sets, rules);
            errors.AddRange(rows.Take(20));
            total += rows.Count;
        }

        return total == 0 ? sets.ToArray() : throw new DataFileException(errors, total);
    }

    /// <summary>The stance rows of <paramref name="sets"/> toward a target of only function words the alias table (the rules', else the built-in one) does not know.</summary>
    private static List<DataFileError> FunctionWordRows(IEnumerable<LabeledDataSet> sets, ValidationRules rules)
    {
        var judge = FunctionWordJudge(rules);
        return [.. sets.SelectMany(s => Training.FunctionWordRows.Find(s, judge))];
    }

    /// <summary>Whether a target is only function words the alias table (the rules', else the built-in one) does not know.</summary>
    private static Func<string, bool> FunctionWordJudge(ValidationRules rules) =>
        Training.FunctionWordRows.Judge(rules.Aliases ?? Training.BuiltInResources.Aliases(), new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The statistics of <paramref name="set"/>, whose distinct sentences are <paramref name="sentences"/> and their 3-gram sets <paramref name="grams"/>.</summary>
    private static FileStats Stats(LabeledDataSet set, string[] sentences, int[][] grams, int gramCount, ValidationRules rules, TargetNames targets,
        List<string> failures)
    {
        var path = set.Paths[0];
        var labels = set.LabelCounts();
        // Every label of the task, so that one a file lacks altogether (0%) fails as one it has too few of does.
        foreach (var label in TaskLabels.For(set.Task).Where(_ => set.Examples.Count > 0))
        {
            var share = labels.GetValueOrDefault(label) / (double)set.Examples.Count;
            if (rules.MinLabelShare > 0 && share < rules.MinLabelShare)
            {
                failures.Add($"{path}: label '{label}' is {Pct(share, 1)} of the rows; at least {Pct(rules.MinLabelShare, 0)} is required (--min-label-share)");
            }
        }

        var words = sentences.Select(TextSimilarity.Words).ToArray();
        var lengths = words.Select(w => w.Length).Order().ToArray();
        var openings = words.Where(w => w.Length >= 3).GroupBy(w => string.Join(' ', w.Take(3))).MaxBy(g => g.Count());
        var openingShare = openings is null ? 0 : openings.Count() / (double)sentences.Length;
        if (openingShare > rules.MaxOpeningShare && sentences.Length >= rules.MinSentencesForOpeningCheck)
        {
            failures.Add($"{path}: {Pct(openingShare, 1)} of the sentences open with '{openings!.Key}'; at most {Pct(rules.MaxOpeningShare, 0)} may share an opening (--max-opening-share)");
        }

        var near = TextSimilarity.SimilarPairs(grams, grams, gramCount, rules.LeakageJaccard).Count();
        var contrastive = set.Task == ClassifierTask.Stance
            ? set.Examples.GroupBy(e => e.Text).Count(g => g.Select(e => e.Label).Distinct().Count() >= 2) / (double)Math.Max(1, sentences.Length)
            : 0;
        if (set.Task == ClassifierTask.Stance && rules.MinContrastiveShare > 0 && contrastive < rules.MinContrastiveShare && !IsUnseenFile(path, rules))
        {
            failures.Add($"{path}: {Pct(contrastive, 1)} of the sentences carry two or more targets with different labels; at least {Pct(rules.MinContrastiveShare, 0)} is required (--min-contrastive)");
        }

        return new FileStats(path, set.Examples.Count, sentences.Length, labels, set.Examples.Select(e => e.Target).OfType<string>().Select(targets.Canonical).Distinct(StringComparer.Ordinal).Count(),
            words.SelectMany(w => w).Distinct(StringComparer.Ordinal).Count(), lengths.FirstOrDefault(), lengths.Length == 0 ? 0 : lengths[lengths.Length / 2],
            lengths.LastOrDefault(), openings?.Key ?? string.Empty, openingShare, near, contrastive);
    }

    /// <summary>How many leaking pairs a leakage failure names, each side with its file and line.</summary>
    internal const int LeakagePairsShown = 3;

    /// <summary>Where <paramref name="text"/> first stands in <paramref name="set"/>: "file:line".</summary>
    private static string FirstRow(LabeledDataSet set, string text) =>
        set.Examples.First(e => string.Equals(e.Text, text, StringComparison.Ordinal)).Location;

    private static void CheckLeakage(LabeledDataSet[] sets, string[][] texts, TrigramSets grams, ValidationRules rules, List<string> failures)
    {
        for (var a = 0; a < sets.Length; a++)
        {
            for (var b = a + 1; b < sets.Length; b++)
            {
                var exact = texts[a].Select(TextSimilarity.Normalize).Intersect(texts[b].Select(TextSimilarity.Normalize)).Count();
                var pairs = TextSimilarity.SimilarPairs(grams.Lists[a], grams.Lists[b], grams.Count, rules.LeakageJaccard).ToArray();
                if (exact + pairs.Length > 0)
                {
                    // The first pairs with the line of each side, so that they can be found and one of them removed.
                    var example = pairs.Length > 0
                        ? "; " + (pairs.Length > LeakagePairsShown ? $"the first {LeakagePairsShown}: " : string.Empty) + string.Join("; ", pairs.Take(LeakagePairsShown).Select(p =>
                            $"{FirstRow(sets[a], texts[a][p.I])} \"{Short(texts[a][p.I])}\" ~ {FirstRow(sets[b], texts[b][p.J])} \"{Short(texts[b][p.J])}\""))
                        : string.Empty;
                    failures.Add($"leakage between {sets[a].Paths[0]} and {sets[b].Paths[0]}: {pairs.Length} sentence pairs with 3-gram Jaccard >= {rules.LeakageJaccard}{example}");
                }
            }
        }
    }

    /// <summary>
    /// Counts the file's sentences close to a source sentence; each one is a failure naming both. Adds each distinct
    /// sentence with its closest source sentence and the one sharing two or more names with it to <paramref name="closest"/>.
    /// </summary>
    private static int CheckSources(LabeledDataSet set, SourceOverlap sources, List<string> failures, List<(LabeledExample, SourceMatch?, NamesMatch?)> closest)
    {
        var near = 0;
        foreach (var example in set.Examples.DistinctBy(e => e.Text, StringComparer.Ordinal))
        {
            var (match, nearest) = sources.Examine(example.Text);
            closest.Add((example, nearest, sources.SharedNames(example.Text)));
            if (match is { } m)
            {
                near++;
                failures.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{example.Location}: close to {m.SourcePath}:{m.SourceLine} (word 3-gram containment {m.Containment:0.00}, character 4-gram Jaccard {m.CharJaccard:0.00}): \"{Short(example.Text)}\" ~ \"{Short(m.Source)}\"; rewrite the sentence in other words or remove it"));
            }
        }

        return near;
    }

    private static void CheckUnseenTargets(LabeledDataSet[] sets, ValidationRules rules, TargetNames targets, List<string> failures)
    {
        if (rules.UnseenTargetsFiles.Count == 0)
        {
            return;
        }

        var seen = sets.Where(s => !IsUnseenFile(s.Paths[0], rules)).SelectMany(s => s.Examples).Select(e => targets.Canonical(e.Target!))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var file in rules.UnseenTargetsFiles)
        {
            var unseen = sets.FirstOrDefault(s => SamePath(s.Paths[0], file));
            if (unseen is null)
            {
                failures.Add($"--unseen-targets {file} is not among the files validated");
                continue;
            }

            var overlap = unseen.Examples.Select(e => targets.Canonical(e.Target!)).Distinct(StringComparer.Ordinal).Where(seen.Contains).ToArray();
            if (overlap.Length > 0)
            {
                failures.Add($"{unseen.Paths[0]}: targets also used in the other files: {string.Join(", ", overlap)}");
            }
        }
    }

    private static bool IsUnseenFile(string path, ValidationRules rules) => rules.UnseenTargetsFiles.Any(file => SamePath(path, file));

    private static bool SamePath(string a, string b) => Path.GetFullPath(a) == Path.GetFullPath(b);

    public static string Pct(double fraction, int decimals) =>
        (fraction * 100).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static string Short(string s) => s.Length > 70 ? s[..70] + "..." : s;
}
