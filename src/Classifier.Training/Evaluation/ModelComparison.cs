namespace Classifier.Training.Evaluation;

/// <summary>One metric of two models on the same rows: each model's value, the difference (new minus baseline) and its 95% interval.</summary>
internal sealed record MetricDifference(string Name, double Baseline, double Model, double Difference, double Low, double High)
{
    /// <summary>"better" or "worse" when the interval excludes 0, else "no clear difference".</summary>
    public string Verdict => Low > 0 ? "better" : High < 0 ? "worse" : "no clear difference";
}

/// <summary>
/// Two models compared on the same labeled rows: the metrics with paired-bootstrap intervals, and McNemar's exact test on
/// the rows exactly one of them gets right (<see cref="Gained"/>: only the new model; <see cref="Lost"/>: only the baseline).
/// </summary>
internal sealed record ComparisonReport(int Examples, IReadOnlyList<MetricDifference> Metrics, int Gained, int Lost, double McNemarP, int Samples);

/// <summary>
/// Compares a model with a baseline on the same rows. The intervals come from a paired bootstrap: rows are drawn with
/// replacement (the same draw for both models), each metric is computed for both on the draw, and the 2.5th and
/// 97.5th percentiles of the differences bound it. Macro-F1 averages over the labels seen in the draw's gold or
/// predicted labels, as <see cref="Metrics"/> does.
/// </summary>
internal static class ModelComparison
{
    public static ComparisonReport Compare(ClassifierTask task, IReadOnlyList<string> gold, IReadOnlyList<string> baseline, IReadOnlyList<string> model,
        int samples, int seed)
    {
        if (gold.Count == 0 || gold.Count != baseline.Count || gold.Count != model.Count)
        {
            throw new ArgumentException("Gold and both models' labels must be non-empty and of equal length.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 100);
        var labels = gold.Concat(baseline).Concat(model).Distinct(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var g = gold.Select(l => index[l]).ToArray();
        var a = baseline.Select(l => index[l]).ToArray();
        var b = model.Select(l => index[l]).ToArray();
        var favor = task == ClassifierTask.Stance ? index.GetValueOrDefault("favor", -1) : -1;
        var against = task == ClassifierTask.Stance ? index.GetValueOrDefault("against", -1) : -1;
        var names = task == ClassifierTask.Stance ? new[] { "accuracy", "macroF1", "favg" } : ["accuracy", "macroF1"];

        var all = Enumerable.Range(0, g.Length).ToArray();
        var pointA = Measure(g, a, all, labels.Length, favor, against);
        var pointB = Measure(g, b, all, labels.Length, favor, against);
        var differences = names.Select(_ => new double[samples]).ToArray();
        var random = new Random(seed);
        var draw = new int[g.Length];
        for (var s = 0; s < samples; s++)
        {
            for (var i = 0; i < draw.Length; i++)
            {
                draw[i] = random.Next(g.Length);
            }

            var ma = Measure(g, a, draw, labels.Length, favor, against);
            var mb = Measure(g, b, draw, labels.Length, favor, against);
            for (var m = 0; m < names.Length; m++)
            {
                differences[m][s] = mb[m] - ma[m];
            }
        }

        var metrics = names.Select((name, m) =>
        {
            Array.Sort(differences[m]);
            return new MetricDifference(name, pointA[m], pointB[m], pointB[m] - pointA[m], Percentile(differences[m], 0.025), Percentile(differences[m], 0.975));
        }).ToArray();
        int gained = 0, lost = 0;
        for (var i = 0; i < g.Length; i++)
        {
            gained += b[i] == g[i] && a[i] != g[i] ? 1 : 0;
            lost += a[i] == g[i] && b[i] != g[i] ? 1 : 0;
        }

        return new ComparisonReport(g.Length, metrics, gained, lost, McNemarExact(gained, lost), samples);
    }

    /// <summary>The two-sided exact McNemar p-value: the binomial test of <paramref name="b"/> against <paramref name="c"/> at one half.</summary>
    public static double McNemarExact(int b, int c)
    {
        var n = b + c;
        if (n == 0)
        {
            return 1;
        }

        // log C(n, i) accumulated term by term; the tail sum in log space so that large n does not underflow.
        var k = Math.Min(b, c);
        var logTerm = -n * Math.Log(2);
        var logTail = logTerm;
        for (var i = 1; i <= k; i++)
        {
            logTerm += Math.Log(n - i + 1) - Math.Log(i);
            var high = Math.Max(logTail, logTerm);
            logTail = high + Math.Log(Math.Exp(logTail - high) + Math.Exp(logTerm - high));
        }

        return Math.Min(1, 2 * Math.Exp(logTail));
    }

    /// <summary>Accuracy, macro-F1 and F_avg (0 unless the labels include favor or against) of <paramref name="predicted"/> over the rows <paramref name="rows"/>.</summary>
    private static double[] Measure(int[] gold, int[] predicted, int[] rows, int labels, int favor, int against)
    {
        Span<int> tp = stackalloc int[labels];
        Span<int> fp = stackalloc int[labels];
        Span<int> fn = stackalloc int[labels];
        tp.Clear();
        fp.Clear();
        fn.Clear();
        var right = 0;
        foreach (var r in rows)
        {
            if (gold[r] == predicted[r])
            {
                tp[gold[r]]++;
                right++;
            }
            else
            {
                fp[predicted[r]]++;
                fn[gold[r]]++;
            }
        }

        double F1(int l, Span<int> tp, Span<int> fp, Span<int> fn) => tp[l] == 0 ? 0 : 2.0 * tp[l] / ((2.0 * tp[l]) + fp[l] + fn[l]);
        double sum = 0;
        var seen = 0;
        for (var l = 0; l < labels; l++)
        {
            if (tp[l] + fp[l] + fn[l] > 0)
            {
                sum += F1(l, tp, fp, fn);
                seen++;
            }
        }

        var favg = ((favor >= 0 ? F1(favor, tp, fp, fn) : 0) + (against >= 0 ? F1(against, tp, fp, fn) : 0)) / 2;
        return [right / (double)rows.Length, seen == 0 ? 0 : sum / seen, favg];
    }

    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(sorted.Length - 1, low + 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
