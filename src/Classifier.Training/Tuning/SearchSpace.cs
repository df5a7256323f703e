using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Training.Tuning;

/// <summary>A settings pair to try, with a short description of how it differs from the defaults.</summary>
internal sealed record Candidate(string Stage, FeaturizerSettings Featurizer, TrainerSettings Trainer)
{
    public string Describe(ClassifierTask task) => SearchSpace.Describe(task, Featurizer, Trainer);
}

/// <summary>The featurisation tweaks and trainers <c>tune</c> tries.</summary>
internal static class SearchSpace
{
    /// <summary>Every single-setting change of <paramref name="f"/> worth trying.</summary>
    public static IEnumerable<FeaturizerSettings> FeaturizerNeighbours(ClassifierTask task, FeaturizerSettings f)
    {
        yield return f with { MarkNegation = !f.MarkNegation };
        yield return f with { MarkContrast = !f.MarkContrast };
        yield return f with { SkipDatelines = !f.SkipDatelines };
        yield return f with { MarkChanges = !f.MarkChanges };
        if (f.MarkChanges)
        {
            yield return f with { MarkMoodChanges = !f.MarkMoodChanges };
            yield return f with { AppositiveChanges = !f.AppositiveChanges };
            yield return f with { ObjectChanges = !f.ObjectChanges };
            yield return f with { MarkComparisons = !f.MarkComparisons };
            yield return f with { MarkMeasures = !f.MarkMeasures };
            yield return f with { MarkExpectations = !f.MarkExpectations };
        }

        foreach (var n in new[] { 1, 2, 3 }.Where(n => n != f.WordNgramMax))
        {
            yield return f with { WordNgramMax = n };
        }

        foreach (var (min, max) in new[] { (2, 5), (3, 5), (1, 5), (2, 6), (2, 4), (1, 0) }.Where(c => c != (f.CharNgramMin, f.CharNgramMax)))
        {
            yield return f with { CharNgramMin = min, CharNgramMax = max };
        }

        yield return f with { SublinearTf = !f.SublinearTf };
        yield return f with { UseIdf = !f.UseIdf };
        yield return f with { WordMinCount = f.WordMinCount == 1 ? 2 : 1 };
        foreach (var c in new[] { 1, 2, 3 }.Where(c => c != f.CharMinCount))
        {
            yield return f with { CharMinCount = c };
        }

        yield return f with { UseLexicon = !f.UseLexicon };
        foreach (var w in new[] { 0.5f, 1f, 2f }.Where(w => f.UseLexicon && w != f.LexiconWeight))
        {
            yield return f with { LexiconWeight = w };
        }

        if (f.UseLexicon)
        {
            yield return f with { MarkShifters = !f.MarkShifters };
            if (f.MarkShifters)
            {
                yield return f with { EndingOutcomes = !f.EndingOutcomes };
            }
        }

        yield return f with { WordVectors = !f.WordVectors };
        foreach (var w in new[] { 0.5f, 1f, 2f }.Where(w => f.WordVectors && w != f.VectorWeight))
        {
            yield return f with { VectorWeight = w };
        }

        if (f.WordVectors)
        {
            yield return f with { ZipfWeighting = !f.ZipfWeighting };
        }

        yield return f with { SplitWords = !f.SplitWords };
        yield return f with { NormalizeSocial = !f.NormalizeSocial };
        yield return f with { NormalizeDigits = !f.NormalizeDigits };
        foreach (var cap in new[] { 0, 20_000, 50_000, 150_000 }.Where(c => c != f.MaxFeatures))
        {
            // Fewer features: a smaller model, and L-BFGS (whose state is dense) trains faster.
            yield return f with { MaxFeatures = cap };
        }
        if (task != ClassifierTask.Stance)
        {
            yield break;
        }

        yield return f with { TargetCrossedWords = !f.TargetCrossedWords };
        yield return f with { TargetCrossedChars = !f.TargetCrossedChars };
        foreach (var w in new[] { 1f, 2f, 3f }.Where(w => w != f.CrossedWeight))
        {
            yield return f with { CrossedWeight = w };
        }

        foreach (var w in new[] { 0.2f, 0.5f, 1f }.Where(w => w != f.MentionWeight))
        {
            yield return f with { MentionWeight = w };
        }

        foreach (var n in new[] { 0, 2, 4, 6 }.Where(n => n != f.MentionWindow))
        {
            yield return f with { MentionWindow = n };
        }

        if (f.MentionWindow > 0)
        {
            yield return f with { AbsentKind = !f.AbsentKind };
        }

        if (f.UseLexicon)
        {
            yield return f with { TargetPolarity = !f.TargetPolarity };
        }

        yield return f with { JudgedActs = !f.JudgedActs };
        if (f.MentionWindow > 0)
        {
            yield return f with { MarkVictims = !f.MarkVictims };
        }

        if (f.MentionWindow > 0 || f.JudgedActs)
        {
            yield return f with { NamesAsWritten = !f.NamesAsWritten };
            yield return f with { IgnoreFormerPeople = !f.IgnoreFormerPeople };
        }
    }

    /// <summary>The trainers and regularisation grid, and class weightings of <paramref name="start"/>: one setting of each linear trainer first, FastTree last.</summary>
    public static IEnumerable<TrainerSettings> Trainers(ClassifierTask task, TrainerSettings start)
    {
        var baseline = start with { ClassWeighting = "none", ClassWeights = null };
        var defaults = new TrainerSettings();

        // The grid's settings start from the defaults, not from the current best (whose iteration limit, say, belongs to its own trainer).
        var plain = baseline with
        {
            Tolerance = defaults.Tolerance, MaxIterations = defaults.MaxIterations, History = defaults.History, Epochs = defaults.Epochs,
            DenseOptimizer = defaults.DenseOptimizer, NbAlpha = defaults.NbAlpha, L1 = defaults.L1,
        };
        var grid = new List<TrainerSettings>();
        grid.AddRange(new[] { 1e-5f, 3e-5f, 1e-4f, 3e-4f, 1e-3f }.Select(l2 => plain with { Trainer = "maxent", L2 = l2, DenseOptimizer = true }));
        grid.AddRange(new[] { 1e-4f, 1e-3f, 3e-3f }.SelectMany(l2 => new[]
        {
            plain with { Trainer = "maxent", L2 = l2, Tolerance = 1e-4f, MaxIterations = 60 },
            plain with { Trainer = "maxent", L2 = l2, Tolerance = 1e-5f, MaxIterations = 100 },
        }));
        grid.AddRange(new[] { 1e-4f, 1e-3f }.Select(l2 => plain with { Trainer = "maxent", L2 = l2, Tolerance = 1e-5f, MaxIterations = 100, History = 5 }));
        grid.AddRange(new[] { 1e-6f, 1e-5f, 1e-4f }.Select(l2 => plain with { Trainer = "sdca", L2 = l2, MaxIterations = 30 }));
        grid.AddRange(new[] { 1e-6f, 1e-5f, 1e-4f }.Select(l2 => plain with { Trainer = "ova-svm", L2 = l2, Epochs = 20 }));
        grid.AddRange(new[] { 2f, 1f, 4f, 0.5f }.Select(l2 => plain with { Trainer = "ova-svc", L2 = l2, Tolerance = 1e-4f, MaxIterations = 1000 }));
        grid.Add(plain with { Trainer = "ova-perceptron", L2 = 0, Epochs = 10 });
        grid.Add(plain with { Trainer = "ova-logistic", L2 = 1e-4f });
        grid.Add(plain with { Trainer = "nb-logistic", L2 = 1e-4f });
        var weighted = new List<TrainerSettings> { baseline with { ClassWeighting = "balanced" } };
        if (task == ClassifierTask.Stance)
        {
            // F_avg scores only favor and against: a lighter "none" trades its recall for theirs (and the shipped stance model,
            // trained with none at 0.25, answered none more often than its labels on every held-out file at 1).
            weighted.AddRange(new[] { 0.7f, 0.5f, 0.25f }.Select(w => baseline with { ClassWeights = new Dictionary<string, float> { ["none"] = w } }));
        }

        // Boosted trees train many times slower than any linear trainer (minutes on ten thousand rows): they come last, so a
        // budget without a time limit is not spent on them before every linear trainer has been tried.
        return Interleave(grid, weighted).Append(plain with { Trainer = "ova-fasttree", Trees = 100, Leaves = 20, LearningRate = 0.2f });
    }

    /// <summary>
    /// Averages of the two and three best distinct base trainers scored with <paramref name="best"/>'s featuriser. Members share the
    /// ensemble's one set of trainer settings, so only trainers scored with the best one's L2 join: regularisation scales differ
    /// between trainers (ova-svc's C is 1 / l2), and a member at a foreign L2 is degenerate.
    /// </summary>
    public static IEnumerable<string> Ensembles(IEnumerable<CandidateResult> results, CandidateResult best)
    {
        var ranked = results.Where(r => r.Rejected is null && r.Candidate.Featurizer == best.Candidate.Featurizer && !r.Candidate.Trainer.Trainer.Contains('+')
                && r.Candidate.Trainer.L2 == best.Candidate.Trainer.L2)
            .OrderByDescending(r => r.Score).Select(r => r.Candidate.Trainer.Trainer).Distinct().ToArray();
        if (ranked.Length >= 2)
        {
            yield return string.Join('+', ranked.Take(2));
        }

        if (ranked.Length >= 3)
        {
            yield return string.Join('+', ranked.Take(3));
        }
    }

    /// <summary>
    /// One setting of each trainer in turn (each trainer's own order kept), the class weightings after the first round: a
    /// stage cut short by the budget, or by a time limit most settings of one trainer exceed, has still tried every trainer.
    /// </summary>
    private static IEnumerable<TrainerSettings> Interleave(IReadOnlyList<TrainerSettings> grid, IEnumerable<TrainerSettings> afterFirstRound)
    {
        var families = grid.GroupBy(t => t.Trainer, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        for (var round = 0; round < families.Max(f => f.Length); round++)
        {
            foreach (var family in families.Where(f => round < f.Length))
            {
                yield return family[round];
            }

            if (round == 0)
            {
                foreach (var t in afterFirstRound)
                {
                    yield return t;
                }
            }
        }
    }

    public static string Describe(ClassifierTask task, FeaturizerSettings f, TrainerSettings t)
    {
        var d = new FeaturizerSettings();
        var parts = new List<string>();
        void Add(bool changed, string text)
        {
            if (changed)
            {
                parts.Add(text);
            }
        }

        Add(f.WordNgramMax != d.WordNgramMax, $"words 1-{f.WordNgramMax}");
        Add((f.CharNgramMin, f.CharNgramMax) != (d.CharNgramMin, d.CharNgramMax), f.CharNgramMax == 0 ? "no chars" : $"chars {f.CharNgramMin}-{f.CharNgramMax}");
        Add(f.MarkNegation != d.MarkNegation, f.MarkNegation ? "negation" : "no negation");
        Add(f.MarkContrast != d.MarkContrast, f.MarkContrast ? "contrast" : "no contrast");
        Add(f.SkipDatelines != d.SkipDatelines, f.SkipDatelines ? "skip datelines" : "keep datelines");
        Add(f.MarkNegation && f.Contractions != d.Contractions, f.Contractions ? "contractions" : "no contractions");
        Add(f.MarkChanges != d.MarkChanges, f.MarkChanges ? "changes" : "no changes");
        Add(f.MarkChanges && f.MarkMoodChanges != d.MarkMoodChanges, f.MarkMoodChanges ? "mood changes" : "no mood changes");
        Add(f.MarkChanges && f.AppositiveChanges != d.AppositiveChanges, f.AppositiveChanges ? "appositive changes" : "no appositive changes");
        Add(f.MarkChanges && f.ObjectChanges != d.ObjectChanges, f.ObjectChanges ? "object changes" : "no object changes");
        Add(f.MarkChanges && f.MarkComparisons != d.MarkComparisons, f.MarkComparisons ? "comparisons" : "no comparisons");
        Add(f.MarkChanges && f.MarkMeasures != d.MarkMeasures, f.MarkMeasures ? "measures" : "no measures");
        Add(f.MarkChanges && f.MarkExpectations != d.MarkExpectations, f.MarkExpectations ? "expectations" : "no expectations");
        Add(f.SublinearTf != d.SublinearTf, f.SublinearTf ? "sublinear" : "raw tf");
        Add(f.UseIdf != d.UseIdf, f.UseIdf ? "idf" : "no idf");
        Add(f.WordMinCount != d.WordMinCount, $"word min {f.WordMinCount}");
        Add(f.CharMinCount != d.CharMinCount, $"char min {f.CharMinCount}");
        Add(f.UseLexicon != d.UseLexicon, f.UseLexicon ? "lexicon" : "no lexicon");
        Add(f.UseLexicon && f.LexiconWeight != d.LexiconWeight, $"lexicon x{f.LexiconWeight}");
        Add(f.UseLexicon && f.MarkShifters != d.MarkShifters, f.MarkShifters ? "shifters" : "no shifters");
        Add(f.UseLexicon && f.MarkShifters && f.EndingOutcomes != d.EndingOutcomes, f.EndingOutcomes ? "ending outcomes" : "no ending outcomes");
        Add(f.WordVectors, "word vectors");
        Add(f.WordVectors && f.VectorWeight != d.VectorWeight, $"vectors x{f.VectorWeight}");
        Add(f.WordVectors && f.ZipfWeighting, "Zipf-weighted");
        Add(f.SplitWords, "split words");
        Add(f.NormalizeSocial, "social");
        Add(f.MaxFeatures > 0, $"max {f.MaxFeatures:N0} features");
        Add(f.NormalizeDigits, "digits as 0");
        Add(f.MaxTextLength != d.MaxTextLength, $"text cut at {f.MaxTextLength:N0}");
        if (task == ClassifierTask.Stance)
        {
            Add(f.TargetCrossedWords != d.TargetCrossedWords, f.TargetCrossedWords ? "crossed words" : "no crossed words");
            Add(f.TargetCrossedChars != d.TargetCrossedChars, f.TargetCrossedChars ? "crossed chars" : "no crossed chars");
            Add(f.CrossedWeight != d.CrossedWeight, $"crossed x{f.CrossedWeight}");
            Add(f.MentionWeight != d.MentionWeight, $"mention x{f.MentionWeight}");
            Add(f.MentionWindow != d.MentionWindow, $"window {f.MentionWindow}");
            Add(f.AbsentKind, "absent kind");
            Add(f.UseLexicon && f.TargetPolarity, "target polarity");
            Add(f.JudgedActs, "judged acts");
            Add(f.MentionWindow > 0 && f.MarkVictims, "victims");
            Add(f.NamesAsWritten, "names as written");
            Add(f.NormalizeDigits && !f.NameDigitsAsWritten, "names' digits as 0");
            Add(f.IgnoreFormerPeople, "no former people");
            Add(f.UntouchedIssueMargin > 0, FormattableString.Invariant($"untouched issues beyond {f.UntouchedIssueMargin:0.##}"));
            Add(f.UnseenIssueFloor > 0, FormattableString.Invariant($"unseen issues below {f.UnseenIssueFloor:0.##}"));
        }

        var trainer = t.Trainer switch
        {
            "ova-perceptron" => t.Trainer,
            "ova-svc" => FormattableString.Invariant($"ova-svc C={1 / t.L2:0.###}{(t.Tolerance != 1e-4f ? $" tol={Small(t.Tolerance)}" : "")}"),
            "ova-fasttree" => FormattableString.Invariant($"ova-fasttree {t.Trees}x{t.Leaves}"),
            _ when t.Trainer.Contains('+') => t.Trainer,
            "maxent" when t.Tolerance > 1e-6f || t.History != 20 => FormattableString.Invariant($"maxent l2={Small(t.L2)} tol={Small(t.Tolerance)} iter={t.MaxIterations}{(t.History != 20 ? $" hist={t.History}" : "")}"),
            _ => FormattableString.Invariant($"{t.Trainer} l2={Small(t.L2)}"),
        };
        parts.Add(trainer);
        Add(t.ClassWeighting == "balanced", "balanced");
        Add(t.ClassWeights is { Count: > 0 }, "weights " + string.Join(",", t.ClassWeights?.Select(kv => FormattableString.Invariant($"{kv.Key}:{kv.Value}")) ?? []));
        return string.Join(", ", parts);
    }

    /// <summary>
    /// A regularisation weight or tolerance as the ranking shows it: five decimals ("0.00001"), or, below them, in
    /// exponent form ("1E-6"), so that a value the settings file holds is never shown as 0 (l2 = 1e-6 read "l2=0").
    /// </summary>
    private static string Small(double value) => value == 0 || Math.Abs(value) >= 0.000005
        ? value.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture)
        : value.ToString("0.###E+0", System.Globalization.CultureInfo.InvariantCulture);
}
