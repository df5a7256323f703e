using System.Runtime.InteropServices;
using Classifier.Features;

namespace Classifier.Stance;

/// <summary>A mention of a target in a text: its character span, whether it names the target being scored, and the canonical name of the target it names.</summary>
internal readonly record struct Mention(int Start, int End, bool IsTarget, string Canonical);

/// <summary>
/// Finds whole-word mentions of target names in a text; of overlapping matches the longest wins. Words are read by rune
/// (<see cref="WordRunes"/>): a letter outside the Basic Multilingual Plane continues a word as any letter does.
/// Patterns are indexed by their first word, so a text is scanned once, word by word, whatever the
/// number of names (a gazetteer has a thousand).
/// </summary>
internal sealed class MentionFinder
{
    private readonly Dictionary<string, EntityPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly EntityPattern[] _unindexed;

    [ThreadStatic]
    private static List<Found>? t_found;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public MentionFinder(IEnumerable<EntityPattern> patterns)
    {
        var groups = new Dictionary<string, List<EntityPattern>>(StringComparer.Ordinal);
        var unindexed = new List<EntityPattern>();
        foreach (var p in patterns)
        {
            if (p.Text.Length == 0)
            {
                continue;
            }

            if (FirstWord(p) is { } first)
            {
                (groups.TryGetValue(first, out var list) ? list : groups[first] = []).Add(p);
            }
            else
            {
                unindexed.Add(p);
            }
        }

        var index = new Dictionary<string, EntityPattern[]>(groups.Count, StringComparer.Ordinal);
        foreach (var (first, list) in groups)
        {
            list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
            index[first] = list.ToArray();
        }

        _byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
        _unindexed = unindexed.ToArray();
    }

    /// <summary>
    /// Appends to <paramref name="mentions"/> the non-overlapping mentions of the indexed patterns and of
    /// <paramref name="extra"/>, sorted by start. A mention is the target's if its canonical name is <paramref name="target"/>.
    /// </summary>
    public void Find(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, IReadOnlyList<EntityPattern> extra, string target, List<Mention> mentions)
    {
        // This thread's list, reused: scoring allocates nothing here (the lists are indexed, not enumerated, for the same reason).
        var found = t_found ??= [];
        found.Clear();
        var i = 0;
        while (i < lowered.Length)
        {
            // By rune, so that a letter written as a surrogate pair continues a word (WordRunes).
            if (!WordRunes.IsWordAt(lowered, i, out var length) || WordRunes.IsWordBefore(lowered, i))
            {
                i += length;
                continue;
            }

            var end = i + WordRunes.RunLength(lowered, i);

            if (_byFirstWord.TryGetValue(lowered[i..end], out var candidates))
            {
                foreach (var p in candidates)
                {
                    if (MatchAt(original, lowered, p, i) is var matched and > 0)
                    {
                        found.Add(new Found(i, i + matched, p.Text.Length, p.Canonical, p.Canonical == target));
                    }
                }
            }

            i = end;
        }

        foreach (var p in _unindexed)
        {
            Collect(original, lowered, p, target, found);
        }

        for (var k = 0; k < extra.Count; k++)
        {
            Collect(original, lowered, extra[k], target, found);
        }

        Resolve(found, mentions);
        found.Clear();
    }

    /// <summary>Finds mentions with a one-off finder (for tests and callers without a cached finder).</summary>
    public static void Find(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, IReadOnlyList<EntityPattern> patterns,
        IReadOnlyList<EntityPattern> extra, string target, List<Mention> mentions) =>
        new MentionFinder(patterns).Find(original, lowered, extra, target, mentions);

    private static void Resolve(List<Found> found, List<Mention> mentions)
    {
        // Longest name first, then leftmost: "South African" beats an overlapping "the South", wherever each starts, and
        // however much white space a match spans ("the\r\n   South" is no longer a name for it). Of two matches of the same
        // words, the target's own wins ("Putin" as the caller's target, not as a speaker for Russia). Static comparisons,
        // so that sorting allocates no delegate.
        found.Sort(static (a, b) => b.NameLength != a.NameLength ? b.NameLength.CompareTo(a.NameLength)
            : (b.End - b.Start) != (a.End - a.Start) ? (b.End - b.Start).CompareTo(a.End - a.Start)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : b.IsTarget.CompareTo(a.IsTarget));
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
                mentions.Add(new Mention(m.Start, m.End, m.IsTarget, m.Canonical));
            }
        }

        CollectionsMarshal.AsSpan(mentions)[start..].Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The lower-case first word of a pattern, or null if the pattern does not start with a letter or digit.</summary>
    private static string? FirstWord(EntityPattern p)
    {
        var end = WordRunes.RunLength(p.Lowered, 0);
        return end == 0 ? null : p.Lowered[..end];
    }

    /// <summary>The length in the text of a whole-word match of <paramref name="p"/> at <paramref name="at"/>, or 0.</summary>
    private static int MatchAt(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, EntityPattern p, int at)
    {
        var haystack = p.CaseSensitive ? original : lowered;
        var needle = p.CaseSensitive ? p.Text.AsSpan() : p.Lowered.AsSpan();
        var length = MatchLength(haystack[at..], needle);
        return length > 0 && EndsWord(haystack, at + length, needle) && !BreaksParagraph(original.Slice(at, length), needle.Length) ? length : 0;
    }

    /// <summary>
    /// Whether a match longer than its name (a space of it matched a run of white space) spans a paragraph break: two line
    /// breaks or more, or U+2029, as between "Newcastle United" ending one paragraph and "States" opening the next. The
    /// original text is read, since the lowered one has its line breaks as spaces.
    /// </summary>
    private static bool BreaksParagraph(ReadOnlySpan<char> match, int nameLength)
    {
        if (match.Length == nameLength)
        {
            // Each space of the name matched one character: only a paragraph separator there is a break.
            return match.Contains('\u2029');
        }

        var breaks = 0;
        for (var i = 0; i < match.Length; i++)
        {
            var c = match[i];
            breaks += c == '\u2029' ? 2 : c is '\n' or '\u2028' or '\u0085' || (c == '\r' && (i + 1 == match.Length || match[i + 1] != '\n')) ? 1 : 0;
        }

        return breaks >= 2;
    }

    /// <summary>
    /// The length of the match of <paramref name="needle"/> at the start of <paramref name="text"/>, or 0: a space of the
    /// name matches any run of white space in the text, so a name wrapped across lines ("United\r\nStates") or typed with
    /// two spaces is found as it is with one.
    /// </summary>
    internal static int MatchLength(ReadOnlySpan<char> text, ReadOnlySpan<char> needle)
    {
        if (text.StartsWith(needle, StringComparison.Ordinal))
        {
            return needle.Length;
        }

        var space = needle.IndexOf(' ');
        if (space <= 0 || !text.StartsWith(needle[..space], StringComparison.Ordinal))
        {
            return 0;
        }

        int i = space, j = space;
        while (j < needle.Length)
        {
            if (needle[j] == ' ')
            {
                if (i >= text.Length || !char.IsWhiteSpace(text[i]))
                {
                    return 0;
                }

                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                j++;
            }
            else if (i < text.Length && text[i] == needle[j])
            {
                i++;
                j++;
            }
            else
            {
                return 0;
            }
        }

        return i;
    }

    private static void Collect(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, EntityPattern pattern, string target, List<Found> found)
    {
        var haystack = pattern.CaseSensitive ? original : lowered;
        var needle = pattern.CaseSensitive ? pattern.Text.AsSpan() : pattern.Lowered.AsSpan();
        if (needle.IsEmpty)
        {
            return;
        }

        // Searched for up to its first space, since a space of the name matches any run of white space (MatchLength).
        var space = needle.IndexOf(' ');
        var head = space > 0 ? needle[..space] : needle;
        var offset = 0;
        while (offset <= haystack.Length - head.Length)
        {
            var i = haystack[offset..].IndexOf(head, StringComparison.Ordinal);
            if (i < 0)
            {
                return;
            }

            var start = offset + i;
            var length = MatchLength(haystack[start..], needle);
            if (length > 0 && StartsWord(haystack, start, needle) && EndsWord(haystack, start + length, needle)
                && !BreaksParagraph(original.Slice(start, length), needle.Length))
            {
                found.Add(new Found(start, start + length, needle.Length, pattern.Canonical, pattern.Canonical == target));
            }

            offset = start + 1;
        }
    }

    /// <summary>True if <paramref name="needle"/>, found at <paramref name="start"/>, does not continue a word before it (a pattern starting with no letter or digit needs no boundary).</summary>
    private static bool StartsWord(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> needle) =>
        !WordRunes.IsWordAt(needle, 0) || !WordRunes.IsWordBefore(text, start);

    /// <summary>True if the text at <paramref name="end"/>, after <paramref name="needle"/>, does not continue a word (a pattern ending in '.' as "U.S." needs no boundary).</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int end, ReadOnlySpan<char> needle) =>
        !WordRunes.IsWordBefore(needle, needle.Length) || !WordRunes.IsWordAt(text, end);

    /// <summary>
    /// A match before overlaps are resolved: its span, the length of the name it matched (shorter than the span when a
    /// space of the name matched a run of white space), and whether it names the target being scored.
    /// </summary>
    private readonly record struct Found(int Start, int End, int NameLength, string Canonical, bool IsTarget);
}
