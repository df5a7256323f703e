using System.Text.RegularExpressions;

namespace Classifier.Training.Validation;

/// <summary>Normalised text, word 3-gram sets and Jaccard similarity, for duplicate and leakage checks.</summary>
internal static partial class TextSimilarity
{
    public static string[] Words(string text) => NonWord().Split(text.ToLowerInvariant()).Where(w => w.Length > 0).ToArray();

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

    /// <summary>Pairs (i from <paramref name="a"/>, j from <paramref name="b"/>) whose 3-gram Jaccard is at least <paramref name="threshold"/>; i &lt; j when the lists are the same.</summary>
    public static IEnumerable<(int I, int J, double Jaccard)> SimilarPairs(IReadOnlyList<HashSet<string>> a, IReadOnlyList<HashSet<string>> b, double threshold)
    {
        var same = ReferenceEquals(a, b);
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < b.Count; j++)
        {
            foreach (var g in b[j])
            {
                (index.TryGetValue(g, out var list) ? list : index[g] = []).Add(j);
            }
        }

        for (var i = 0; i < a.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var g in a[i])
            {
                if (index.TryGetValue(g, out var list))
                {
                    foreach (var j in list)
                    {
                        if (!same || j > i)
                        {
                            shared[j] = shared.GetValueOrDefault(j) + 1;
                        }
                    }
                }
            }

            foreach (var (j, n) in shared)
            {
                var jaccard = n / (double)(a[i].Count + b[j].Count - n);
                if (jaccard >= threshold)
                {
                    yield return (i, j, jaccard);
                }
            }
        }
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();
}
