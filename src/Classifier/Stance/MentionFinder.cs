using Classifier.Features;

namespace Classifier.Stance;

/// <summary>A mention of a target in a text: its character span and whether it names the target being scored.</summary>
internal readonly record struct Mention(int Start, int End, bool IsTarget);

/// <summary>Finds whole-word mentions of target names in a text; of overlapping matches the longest wins.</summary>
internal static class MentionFinder
{
    /// <summary>
    /// Appends to <paramref name="mentions"/> the non-overlapping mentions of every pattern, sorted by start.
    /// A mention is the target's if its canonical name is <paramref name="target"/>.
    /// </summary>
    public static void Find(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, IReadOnlyList<EntityPattern> patterns,
        IReadOnlyList<EntityPattern> extra, string target, List<Mention> mentions)
    {
        var found = new List<(int Start, int End, bool IsTarget)>();
        foreach (var list in new[] { patterns, extra })
        {
            foreach (var pattern in list)
            {
                Collect(original, lowered, pattern, pattern.Canonical == target, found);
            }
        }

        // Longest first, then leftmost: "South African" beats an overlapping "the South", wherever each starts.
        found.Sort((a, b) => (b.End - b.Start) != (a.End - a.Start) ? (b.End - b.Start).CompareTo(a.End - a.Start) : a.Start.CompareTo(b.Start));
        var start = mentions.Count;
        foreach (var m in found)
        {
            var overlaps = false;
            for (var i = start; i < mentions.Count && !overlaps; i++)
            {
                overlaps = m.Start < mentions[i].End && mentions[i].Start < m.End;
            }

            if (!overlaps)
            {
                mentions.Add(new Mention(m.Start, m.End, m.IsTarget));
            }
        }

        mentions.Sort(start, mentions.Count - start, Comparer<Mention>.Create((a, b) => a.Start.CompareTo(b.Start)));
    }

    private static void Collect(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, EntityPattern pattern, bool isTarget,
        List<(int, int, bool)> found)
    {
        var haystack = pattern.CaseSensitive ? original : lowered;
        var needle = pattern.CaseSensitive ? pattern.Text.AsSpan() : pattern.Lowered.AsSpan();
        if (needle.IsEmpty)
        {
            return;
        }

        var offset = 0;
        while (offset <= haystack.Length - needle.Length)
        {
            var i = haystack[offset..].IndexOf(needle, StringComparison.Ordinal);
            if (i < 0)
            {
                return;
            }

            var start = offset + i;
            var end = start + needle.Length;
            if (IsBoundary(haystack, start - 1, needle[0]) && IsBoundary(haystack, end, needle[^1]))
            {
                found.Add((start, end, isTarget));
            }

            offset = start + 1;
        }
    }

    /// <summary>True if position <paramref name="i"/> does not continue a word (a pattern ending in '.' as "U.S." needs no boundary).</summary>
    private static bool IsBoundary(ReadOnlySpan<char> text, int i, char edge) =>
        i < 0 || i >= text.Length || !TextNormalizer.IsWordChar(edge) || !TextNormalizer.IsWordChar(text[i]);
}
