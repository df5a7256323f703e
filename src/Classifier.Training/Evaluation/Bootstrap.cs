namespace Classifier.Training.Evaluation;

/// <summary>A metric's 95% interval from a bootstrap over rows.</summary>
internal sealed record MetricInterval(double Low, double High);

/// <summary>
/// Bootstrap over rows for the headline metrics (accuracy, macro-F1 and, for stance, F_avg): rows are drawn with
/// replacement as many times as there are rows, the metrics are computed on each draw, and the 2.5th and 97.5th
/// percentiles bound them. Macro-F1 averages over the labels seen in the draw's gold or predicted labels, as
/// <see cref="Metrics"/> does. Deterministic for a seed.
/// </summary>
internal static class Bootstrap
{
    public const int DefaultSamples = 1000;

    /// <summary>The metric names, in the order <see cref="Measure"/> returns them (F_avg for stance only).</summary>
    public static string[] Names(ClassifierTask task) => task == ClassifierTask.Stance ? ["accuracy", "macroF1", "favg"] : ["accuracy", "macroF1"];

    /// <summary>The 95% interval of each of <see cref="Names"/> for one model's predictions.</summary>
    public static IReadOnlyDictionary<string, MetricInterval> Intervals(ClassifierTask task, IReadOnlyList<string> gold, IReadOnlyList<string> predicted,
        int samples = DefaultSamples, int seed = 1)
    {
        var coded = Encode(task, gold, predicted);
        var names = Names(task);
        var values = names.Select(_ => new double[samples]).ToArray();
        var s = 0;
        foreach (var draw in Draws(gold.Count, samples, seed))
        {
            var m = Measure(coded, 0, draw);
            for (var k = 0; k < names.Length; k++)
            {
                values[k][s] = m[k];
            }

            s++;
        }

        return names.Select((name, k) => (name, k)).ToDictionary(x => x.name, x => Interval(values[x.k]));
    }

    /// <summary>Labels as integers: the gold labels and each prediction list, with the positions of favor and against (-1 if absent or not stance).</summary>
    internal sealed record Coded(int[] Gold, int[][] Predicted, int Labels, int Favor, int Against);

    internal static Coded Encode(ClassifierTask task, IReadOnlyList<string> gold, params IReadOnlyList<string>[] predicted)
    {
        if (gold.Count == 0 || predicted.Any(p => p.Count != gold.Count))
        {
            throw new ArgumentException("Gold and predicted labels must be non-empty and of equal length.");
        }

        var labels = gold.Concat(predicted.SelectMany(p => p)).Distinct(StringComparer.Ordinal).ToArray();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        var stance = task == ClassifierTask.Stance;
        return new Coded(gold.Select(l => index[l]).ToArray(), predicted.Select(p => p.Select(l => index[l]).ToArray()).ToArray(), labels.Length,
            stance ? index.GetValueOrDefault("favor", -1) : -1, stance ? index.GetValueOrDefault("against", -1) : -1);
    }

    /// <summary><paramref name="samples"/> draws of <paramref name="n"/> row indices with replacement (one buffer, reused: read each before the next).</summary>
    internal static IEnumerable<int[]> Draws(int n, int samples, int seed)
    {
        var random = new Random(seed);
        var draw = new int[n];
        for (var s = 0; s < samples; s++)
        {
            for (var i = 0; i < n; i++)
            {
                draw[i] = random.Next(n);
            }

            yield return draw;
        }
    }

    /// <summary>Accuracy, macro-F1 and F_avg (0 unless the labels include favor or against) of prediction list <paramref name="which"/> over <paramref name="rows"/>.</summary>
    internal static double[] Measure(Coded coded, int which, int[] rows)
    {
        var gold = coded.Gold;
        var predicted = coded.Predicted[which];
        Span<int> tp = stackalloc int[coded.Labels];
        Span<int> fp = stackalloc int[coded.Labels];
        Span<int> fn = stackalloc int[coded.Labels];
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

        static double F1(int l, Span<int> tp, Span<int> fp, Span<int> fn) => tp[l] == 0 ? 0 : 2.0 * tp[l] / ((2.0 * tp[l]) + fp[l] + fn[l]);
        double sum = 0;
        var seen = 0;
        for (var l = 0; l < coded.Labels; l++)
        {
            if (tp[l] + fp[l] + fn[l] > 0)
            {
                sum += F1(l, tp, fp, fn);
                seen++;
            }
        }

        var favg = ((coded.Favor >= 0 ? F1(coded.Favor, tp, fp, fn) : 0) + (coded.Against >= 0 ? F1(coded.Against, tp, fp, fn) : 0)) / 2;
        return [right / (double)rows.Length, seen == 0 ? 0 : sum / seen, favg];
    }

    /// <summary>The 2.5th and 97.5th percentiles of <paramref name="values"/> (sorted in place).</summary>
    internal static MetricInterval Interval(double[] values)
    {
        Array.Sort(values);
        return new MetricInterval(Percentile(values, 0.025), Percentile(values, 0.975));
    }

    private static double Percentile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(sorted.Length - 1, low + 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
