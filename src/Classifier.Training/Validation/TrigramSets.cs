using System.Runtime.InteropServices;

namespace Classifier.Training.Validation;

/// <summary>
/// The word 3-gram sets of several lists of texts, each set an increasing array of integer ids: one id per distinct
/// 3-gram across all the lists, what the near-duplicate and leakage search compares (<see cref="TextSimilarity.SimilarPairs"/>).
/// Ids follow the ordinal order of the 3-grams' text ("w1 w2 w3"), so that the search, which breaks ties by id, breaks
/// them as it did when the sets held the strings. A 3-gram is interned as its three words' ids, never as a string: a
/// set of strings per sentence took most of <c>validate-data</c>'s memory on large files.
/// </summary>
internal sealed class TrigramSets
{
    private TrigramSets(int[][][] lists, int count) => (Lists, Count) = (lists, count);

    /// <summary>Per list given to <see cref="Build"/>, per text, its distinct 3-grams' ids in increasing order.</summary>
    public IReadOnlyList<int[][]> Lists { get; }

    /// <summary>How many distinct 3-grams the lists hold: every id is below it.</summary>
    public int Count { get; }

    /// <summary>The 3-gram sets of every text of <paramref name="lists"/> (words as <see cref="TextSimilarity.Words"/> splits them).</summary>
    public static TrigramSets Build(IReadOnlyList<IReadOnlyList<string>> lists)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var grams = new Dictionary<(int, int, int), int>();
        var sets = new int[lists.Count][][];
        var ids = new List<int>();
        for (var l = 0; l < lists.Count; l++)
        {
            sets[l] = new int[lists[l].Count][];
            for (var t = 0; t < sets[l].Length; t++)
            {
                ids.Clear();
                var (second, first) = (-1, -1);
                foreach (var word in TextSimilarity.Words(lists[l][t]))
                {
                    ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(words, word, out var seen);
                    id = seen ? id : words.Count - 1;
                    if (second >= 0)
                    {
                        ref var gram = ref CollectionsMarshal.GetValueRefOrAddDefault(grams, (second, first, id), out var known);
                        gram = known ? gram : grams.Count - 1;
                        ids.Add(gram);
                    }

                    (second, first) = (first, id);
                }

                sets[l][t] = [.. ids];
            }
        }

        var rank = GramRanks(grams, WordRanks(words));
        foreach (var list in sets)
        {
            for (var t = 0; t < list.Length; t++)
            {
                list[t] = Distinct(list[t], rank);
            }
        }

        return new TrigramSets(sets, grams.Count);
    }

    /// <summary>Each word's place (by its id) in the ordinal order of the words.</summary>
    private static int[] WordRanks(Dictionary<string, int> words)
    {
        var text = new string[words.Count];
        var ids = new int[words.Count];
        foreach (var (word, id) in words)
        {
            (text[id], ids[id]) = (word, id);
        }

        Array.Sort(text, ids, StringComparer.Ordinal);
        var rank = new int[ids.Length];
        for (var r = 0; r < ids.Length; r++)
        {
            rank[ids[r]] = r;
        }

        return rank;
    }

    /// <summary>
    /// Each 3-gram's place (by its id) in the ordinal order of its text. That order is the order of its words' ranks, first
    /// word first: the space between them sorts before every character a word can hold (a letter or a digit), so "ab c"
    /// sorts before "abc" as "ab" sorts before "abc".
    /// </summary>
    private static int[] GramRanks(Dictionary<(int, int, int), int> grams, int[] wordRank)
    {
        var keys = new GramKey[grams.Count];
        foreach (var ((a, b, c), id) in grams)
        {
            keys[id] = new GramKey(wordRank[a], wordRank[b], wordRank[c], id);
        }

        Array.Sort(keys);
        var rank = new int[keys.Length];
        for (var r = 0; r < keys.Length; r++)
        {
            rank[keys[r].Id] = r;
        }

        return rank;
    }

    /// <summary><paramref name="ids"/> as ranks, increasing, each once (a 3-gram may occur twice in a text).</summary>
    private static int[] Distinct(int[] ids, int[] rank)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = rank[ids[i]];
        }

        Array.Sort(ids);
        var n = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (n == 0 || ids[i] != ids[n - 1])
            {
                ids[n++] = ids[i];
            }
        }

        return n == ids.Length ? ids : ids[..n];
    }

    /// <summary>A 3-gram's words' ranks, compared first word first, and its id.</summary>
    private readonly record struct GramKey(int A, int B, int C, int Id) : IComparable<GramKey>
    {
        public int CompareTo(GramKey other) =>
            A != other.A ? A.CompareTo(other.A) : B != other.B ? B.CompareTo(other.B) : C.CompareTo(other.C);
    }
}
