using System.Runtime.InteropServices;
using Classifier.Articles;

namespace Classifier.Training.Validation;

/// <summary>A labeled sentence that is close to a sentence of a source it must not copy.</summary>
/// <param name="Text">The labeled sentence.</param>
/// <param name="Source">The close source sentence.</param>
/// <param name="SourcePath">The source file.</param>
/// <param name="SourceLine">Its 1-based line (for plain text, the line its sentence starts on).</param>
/// <param name="Containment">Share of the labeled sentence's word 3-grams found in the source sentence.</param>
/// <param name="CharJaccard">Jaccard similarity of the two sentences' character 4-gram sets.</param>
internal sealed record SourceMatch(string Text, string Source, string SourcePath, int SourceLine, double Containment, double CharJaccard);

/// <summary>
/// Finds labeled sentences that copy or closely paraphrase a sentence of a source (a public data set, an article):
/// at least <see cref="MinContainment"/> of the sentence's word 3-grams in one source sentence, or a character 4-gram
/// Jaccard similarity of at least <see cref="MinCharJaccard"/> with it, both on lower-cased words joined by single
/// spaces. The defaults (0.5, 0.5) flag near-copies; new sentences for <c>data/</c> are screened more strictly
/// (0.4, 0.2: see <c>data/README.md</c>).
/// </summary>
/// <remarks>
/// Character candidates are the source sentences that share at least <see cref="MinSharedRareGrams"/> of the sentence's
/// 4-grams found in no more than <see cref="MaxGramFrequency"/> source sentences (a pair at 0.2 shares dozens); their
/// similarity is then computed exactly. Not thread-safe: <see cref="Find"/> reuses a buffer.
/// </remarks>
internal sealed class SourceOverlap(double minContainment = SourceOverlap.DefaultContainment, double minCharJaccard = SourceOverlap.DefaultCharJaccard)
{
    public const double DefaultContainment = 0.5;

    public const double DefaultCharJaccard = 0.5;

    public const int MaxGramFrequency = 500;

    public const int MinSharedRareGrams = 3;

    private readonly List<(string Text, string Path, int Line)> _sentences = [];
    private readonly List<ulong[]> _grams = [];
    private readonly Dictionary<string, List<int>> _trigrams = new(StringComparer.Ordinal);
    private Dictionary<ulong, int[]>? _rare;
    private int[] _counts = [];
    private readonly SharedNames _names = new();

    public double MinContainment { get; } = minContainment;

    public double MinCharJaccard { get; } = minCharJaccard;

    /// <summary>How many source sentences are indexed.</summary>
    public int Count => _sentences.Count;

    /// <summary>
    /// Indexes the sentences of <paramref name="paths"/>: files, or folders searched for <c>*.tsv</c> and <c>*.txt</c>.
    /// A TSV file gives its <c>text</c> column (its first column when the header has none), a text file its sentences.
    /// </summary>
    public static SourceOverlap Load(IEnumerable<string> paths, double minContainment = DefaultContainment, double minCharJaccard = DefaultCharJaccard)
    {
        var overlap = new SourceOverlap(minContainment, minCharJaccard);
        foreach (var path in paths)
        {
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
                : File.Exists(path) ? new[] { path } : throw new FileNotFoundException($"{path}: no such file or folder (--near-sources)", path);
            foreach (var file in files)
            {
                foreach (var (text, line) in Sentences(file))
                {
                    overlap.Add(text, file, line);
                }
            }
        }

        return overlap;
    }

    /// <summary>Adds one source sentence.</summary>
    public void Add(string text, string path, int line)
    {
        var index = _sentences.Count;
        _sentences.Add((text, path, line));
        _grams.Add(CharGrams(text));
        foreach (var g in TextSimilarity.Trigrams(text))
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(_trigrams, g, out _) ??= []).Add(index);
        }

        _names.Add(text);
        _rare = null;
    }

    /// <summary>
    /// The source sentence sharing the most names with <paramref name="text"/>, two or more (<see cref="Validation.SharedNames"/>:
    /// likely the same story in other words), with the names; null when none shares two.
    /// </summary>
    public NamesMatch? SharedNames(string text) => _names.Find(text) is var (j, names)
        ? new NamesMatch(names, _sentences[j].Text, _sentences[j].Path, _sentences[j].Line)
        : null;

    /// <summary>The closest source sentence to <paramref name="text"/> that passes either threshold, or null.</summary>
    public SourceMatch? Find(string text) => Examine(text).Near;

    /// <summary>
    /// The source sentence that holds the largest share of <paramref name="text"/>'s word 3-grams (of two such, the first
    /// added), whether or not it passes a threshold: how far the sentence is from everything in the sources. When none
    /// shares a 3-gram (a sentence of one or two words, a copy with its words reordered), the one with the largest
    /// character 4-gram Jaccard among those sharing at least <see cref="MinSharedRareGrams"/> rare 4-grams, with a share
    /// of 0; null when there is none either.
    /// </summary>
    public SourceMatch? Closest(string text) => Examine(text).Closest;

    /// <summary><see cref="Find"/> and <see cref="Closest"/> from one pass over the indexes.</summary>
    public (SourceMatch? Near, SourceMatch? Closest) Examine(string text)
    {
        var rare = _rare ??= RareIndex();
        var trigrams = TextSimilarity.Trigrams(text);
        var grams = CharGrams(text);
        var candidates = new Dictionary<int, int>();
        foreach (var g in trigrams)
        {
            if (_trigrams.TryGetValue(g, out var list))
            {
                foreach (var j in list)
                {
                    candidates[j] = candidates.GetValueOrDefault(j) + 1;
                }
            }
        }

        // Shared rare grams per source sentence, counted in a buffer reused across calls (reset through the touched list).
        var counts = _counts.Length == _sentences.Count ? _counts : _counts = new int[_sentences.Count];
        var touched = new List<int>();
        foreach (var g in grams)
        {
            if (rare.TryGetValue(g, out var list))
            {
                foreach (var j in list)
                {
                    if (counts[j]++ == 0)
                    {
                        touched.Add(j);
                    }
                }
            }
        }

        var shared = new List<int>();
        foreach (var j in touched)
        {
            if (counts[j] >= MinSharedRareGrams)
            {
                shared.Add(j);
            }

            counts[j] = 0;
        }

        // The closest: the most 3-grams shared, the first added of a tie (one Jaccard computed, not one per tied sentence:
        // a best of one common 3-gram, "according to the", ties thousands of public sentences); with no 3-gram shared,
        // the largest Jaccard among the sentences sharing rare character grams, so a short copy is not reported as far.
        SourceMatch? closest = null;
        var nearest = -1;
        if (candidates.Count > 0)
        {
            var most = candidates.Values.Max();
            nearest = candidates.Where(kv => kv.Value == most).Min(kv => kv.Key);
        }
        else if (shared.Count > 0)
        {
            nearest = shared.Order().MaxBy(j => Jaccard(grams, _grams[j]));
        }

        if (nearest >= 0)
        {
            var (source, path, line) = _sentences[nearest];
            var share = trigrams.Count == 0 ? 0 : candidates.GetValueOrDefault(nearest) / (double)trigrams.Count;
            closest = new SourceMatch(text, source, path, line, share, Jaccard(grams, _grams[nearest]));
        }

        SourceMatch? best = null;
        var contained = candidates.Where(kv => kv.Value >= MinContainment * trigrams.Count).Select(kv => kv.Key);
        foreach (var j in contained.Concat(shared).Distinct())
        {
            var containment = trigrams.Count == 0 ? 0 : candidates.GetValueOrDefault(j) / (double)trigrams.Count;
            var jaccard = Jaccard(grams, _grams[j]);
            if ((containment >= MinContainment || jaccard >= MinCharJaccard)
                && (best is null || Math.Max(containment, jaccard) > Math.Max(best.Containment, best.CharJaccard)))
            {
                var (source, path, line) = _sentences[j];
                best = new SourceMatch(text, source, path, line, containment, jaccard);
            }
        }

        return (best, closest);
    }

    /// <summary>The sorted, distinct character 4-grams of the normalised text, each packed into 64 bits (one-to-one).</summary>
    internal static ulong[] CharGrams(string text)
    {
        var s = TextSimilarity.Normalize(text);
        var grams = new HashSet<ulong>();
        for (var i = 0; i + 4 <= s.Length; i++)
        {
            // Four UTF-16 units fill 64 bits exactly; the odd multiplier is a bijection that spreads them over the hash
            // (ulong's own hash folds the halves together, so ASCII 4-grams would share about 16,000 hash values).
            grams.Add((((ulong)s[i] << 48) | ((ulong)s[i + 1] << 32) | ((ulong)s[i + 2] << 16) | s[i + 3]) * 0x9E3779B97F4A7C15UL);
        }

        var sorted = grams.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    internal static double Jaccard(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, both = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                both++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = a.Length + b.Length - both;
        return union == 0 ? 0 : both / (double)union;
    }

    private Dictionary<ulong, int[]> RareIndex()
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (var j = 0; j < _grams.Count; j++)
        {
            foreach (var g in _grams[j])
            {
                var list = CollectionsMarshal.GetValueRefOrAddDefault(postings, g, out _) ??= [];
                if (list.Count <= MaxGramFrequency)
                {
                    list.Add(j);
                }
            }
        }

        return postings.Where(kv => kv.Value.Count <= MaxGramFrequency).ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static IEnumerable<(string Text, int Line)> Sentences(string file)
    {
        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            var content = File.ReadAllText(file);
            foreach (var span in SentenceSplitter.Split(content))
            {
                yield return (span.Text, 1 + content.AsSpan(0, span.Start).Count('\n'));
            }

            yield break;
        }

        var column = 0;
        var number = 0;
        foreach (var line in File.ReadLines(file))
        {
            number++;
            var fields = line.Split('\t');
            if (number == 1)
            {
                var text = Array.FindIndex(fields, f => f.Trim().Equals("text", StringComparison.OrdinalIgnoreCase));
                if (text >= 0)
                {
                    column = text;
                    continue;
                }
            }

            if (column < fields.Length && fields[column].Trim().Length > 0)
            {
                yield return (fields[column].Trim(), number);
            }
        }
    }
}
