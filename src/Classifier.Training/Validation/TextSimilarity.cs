using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Classifier.Training.Validation;

/// <summary>Normalised text, word 3-gram sets and Jaccard similarity, for duplicate and leakage checks.</summary>
internal static partial class TextSimilarity
{
    /// <summary>
    /// The words of <paramref name="text"/> as the models read it (<see cref="Classifier.Features.ReadingForm"/>: character
    /// references decoded, invisible characters left out, accents composed), lower-cased: a sentence copied with
    /// "C&amp;ocirc;te", "Ger&#xAD;many" or a decomposed accent is the same words as its source.
    /// </summary>
    public static string[] Words(string text) =>
        NonWord().Split(Classifier.Features.ReadingForm.Of(text, int.MaxValue).ToLowerInvariant()).Where(w => w.Length > 0).ToArray();

    public static string Normalize(string text) => string.Join(' ', Words(text));

    public static HashSet<string> Trigrams(string text)
    {
        var w = Words(text);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < w.Length; i++)
        {
            grams.Add($"{w[i]} {w[i + 1]} {w[i + 2]}");
        }

        return grams;
    }

    /// <summary>
    /// Pairs (i from <paramref name="a"/>, j from <paramref name="b"/>) whose 3-gram Jaccard is at least <paramref name="threshold"/>
    /// (and which share a 3-gram), by i then j; i &lt; j when the lists are the same. Exact, by prefix filtering: with each
    /// set's 3-grams ordered rarest first, two sets whose Jaccard reaches the threshold share one of the first
    /// <c>|x| − ⌈threshold·|x|⌉ + 1</c> of each, so only pairs sharing such a 3-gram are scored. A 3-gram in every sentence
    /// ("it s a" in a large file) then no longer pairs every sentence with every other: comparing each sentence with all
    /// those sharing any 3-gram took 155 s on 200,000 tweets, 7 times the 21 s of 100,000.
    /// </summary>
    /// <param name="a">The first list of 3-gram sets (increasing ids below <paramref name="count"/>, see <see cref="TrigramSets"/>).</param>
    /// <param name="b">The second list (the same object as <paramref name="a"/> for the pairs within one list).</param>
    /// <param name="count">How many 3-gram ids there are: every id is below it.</param>
    /// <param name="threshold">The least Jaccard similarity reported.</param>
    /// <param name="work">If given, counts the pairs scored (for tests of the filtering).</param>
    public static IEnumerable<(int I, int J, double Jaccard)> SimilarPairs(int[][] a, int[][] b, int count, double threshold,
        StrongBox<long>? work = null)
    {
        var same = ReferenceEquals(a, b);
        var frequency = new int[count];
        foreach (var set in same ? b : b.Concat(a))
        {
            foreach (var g in set)
            {
                frequency[g]++;
            }
        }

        var index = PrefixIndex(b, frequency, threshold);
        var keys = new List<long>();
        var prefix = new List<int>();
        var seen = new int[b.Length];
        var candidates = new List<int>();
        for (var i = 0; i < a.Length; i++)
        {
            candidates.Clear();
            Prefix(a[i], frequency, threshold, keys, prefix);
            foreach (var g in prefix)
            {
                for (var p = index.Start[g]; p < index.Start[g + 1]; p++)
                {
                    var j = index.Rows[p];
                    if ((!same || j > i) && seen[j] != i + 1)
                    {
                        seen[j] = i + 1;
                        candidates.Add(j);
                    }
                }
            }

            candidates.Sort();
            foreach (var j in candidates)
            {
                var n = Shared(a[i], b[j]);
                if (work is not null)
                {
                    work.Value++;
                }

                var jaccard = n / (double)(a[i].Length + b[j].Length - n);
                if (n > 0 && jaccard >= threshold)
                {
                    yield return (i, j, jaccard);
                }
            }
        }
    }

    /// <summary>For each 3-gram id, the sets of <paramref name="b"/> whose prefix holds it, increasing (<c>Rows[Start[g]..Start[g + 1]]</c>).</summary>
    private static (int[] Start, int[] Rows) PrefixIndex(int[][] b, int[] frequency, double threshold)
    {
        var keys = new List<long>();
        var prefix = new List<int>();
        var start = new int[frequency.Length + 1];
        foreach (var set in b)
        {
            Prefix(set, frequency, threshold, keys, prefix);
            foreach (var g in prefix)
            {
                start[g + 1]++;
            }
        }

        for (var g = 0; g < frequency.Length; g++)
        {
            start[g + 1] += start[g];
        }

        var rows = new int[start[^1]];
        var next = start[..^1];
        for (var j = 0; j < b.Length; j++)
        {
            Prefix(b[j], frequency, threshold, keys, prefix);
            foreach (var g in prefix)
            {
                rows[next[g]++] = j;
            }
        }

        return (start, rows);
    }

    /// <summary>
    /// Writes into <paramref name="prefix"/> the rarest <c>|x| − ⌈threshold·|x|⌉ + 1</c> 3-grams of <paramref name="set"/>
    /// (ties by id, which is the 3-grams' ordinal order); the product is taken a hair low, so that rounding can only lengthen
    /// the prefix, which only adds candidates.
    /// </summary>
    private static void Prefix(int[] set, int[] frequency, double threshold, List<long> keys, List<int> prefix)
    {
        var length = Math.Clamp(set.Length - (int)Math.Ceiling((threshold * set.Length) - 1e-9) + 1, 0, set.Length);
        prefix.Clear();
        keys.Clear();
        foreach (var g in set)
        {
            keys.Add(((long)frequency[g] << 32) | (uint)g);
        }

        keys.Sort();
        for (var k = 0; k < length; k++)
        {
            prefix.Add((int)keys[k]);
        }
    }

    /// <summary>How many ids two increasing arrays share.</summary>
    private static int Shared(int[] x, int[] y)
    {
        var (i, j, n) = (0, 0, 0);
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                (i, j, n) = (i + 1, j + 1, n + 1);
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return n;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();
}
