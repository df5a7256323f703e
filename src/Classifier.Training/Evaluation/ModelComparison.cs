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
/// Compares a model with a baseline on the same rows. The intervals come from a paired bootstrap (<see cref="Bootstrap"/>):
/// the same draw of rows for both models, the difference of each metric on each draw, and the 2.5th and 97.5th
/// percentiles of those differences.
/// </summary>
internal static class ModelComparison
{
    public static ComparisonReport Compare(ClassifierTask task, IReadOnlyList<string> gold, IReadOnlyList<string> baseline, IReadOnlyList<string> model,
        int samples, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 100);
        var coded = Bootstrap.Encode(task, gold, baseline, model);
        var names = Bootstrap.Names(task);
        var all = Enumerable.Range(0, gold.Count).ToArray();
        var pointA = Bootstrap.Measure(coded, 0, all);
        var pointB = Bootstrap.Measure(coded, 1, all);
        var differences = names.Select(_ => new double[samples]).ToArray();
        var s = 0;
        foreach (var draw in Bootstrap.Draws(gold.Count, samples, seed))
        {
            var ma = Bootstrap.Measure(coded, 0, draw);
            var mb = Bootstrap.Measure(coded, 1, draw);
            for (var m = 0; m < names.Length; m++)
            {
                differences[m][s] = mb[m] - ma[m];
            }

            s++;
        }

        var metrics = names.Select((name, m) =>
        {
            var interval = Bootstrap.Interval(differences[m]);
            return new MetricDifference(name, pointA[m], pointB[m], pointB[m] - pointA[m], interval.Low, interval.High);
        }).ToArray();
        int gained = 0, lost = 0;
        var (g, a, b) = (coded.Gold, coded.Predicted[0], coded.Predicted[1]);
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
}
