using System.Globalization;
using System.Text;

namespace Classifier.Features;

/// <summary>
/// Unicode canonical composition (normalisation form C) of a letter and the combining marks after it, from the library's
/// own copy of Unicode's data (<c>Resources/composition.txt</c>, made by <c>scripts/unicode-composition.py</c>), so that
/// text reads the same whatever the host's globalisation mode: <see cref="string.Normalize()"/> composes nothing in a
/// process that runs with invariant globalisation, as the CLI and many containers do. Immutable after its one load;
/// safe to use from any thread.
/// </summary>
internal static class Composition
{
    private const int HangulFirst = 0xAC00;
    private const int HangulCount = 11172;
    private const int LeadFirst = 0x1100;
    private const int VowelFirst = 0x1161;
    private const int TrailFirst = 0x11A7;
    private const int VowelCount = 21;
    private const int TrailCount = 28;

    private static readonly Dictionary<int, byte> Classes = [];
    private static readonly Dictionary<int, int[]> Decompositions = [];
    private static readonly Dictionary<long, int> Composites = [];

    /// <summary>The code points that may join the character before them though of class 0: the second of a primary composition, a Hangul vowel or final, a character that decomposes to marks.</summary>
    private static readonly HashSet<int> Seconds = [];

    /// <summary>The code points composition changes even alone (U+212B ANGSTROM SIGN is U+00C5; U+0340 is U+0300).</summary>
    private static readonly HashSet<int> Replaced = [];

    static Composition()
    {
        using var stream = typeof(Composition).Assembly.GetManifestResourceStream("Classifier.Resources.composition.txt")
            ?? throw new InvalidOperationException("The library's Unicode composition data is missing from its assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var pairs = new List<(int First, int Second, int Composite)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split(' ');
            var values = fields.Skip(1).Select(f => int.Parse(f, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            switch (fields[0])
            {
                case "c":
                    // The class is written in decimal, as Unicode writes it.
                    var combiningClass = byte.Parse(fields[3], CultureInfo.InvariantCulture);
                    for (var cp = values[0]; cp <= values[1]; cp++)
                    {
                        Classes[cp] = combiningClass;
                    }

                    break;
                case "d":
                    Decompositions[values[0]] = values[1..];
                    break;
                case "p":
                    pairs.Add((values[0], values[1], values[2]));
                    break;
            }
        }

        foreach (var (first, second, composite) in pairs)
        {
            Composites[Key(first, second)] = composite;
            Seconds.Add(second);
        }

        for (var v = VowelFirst; v < VowelFirst + VowelCount; v++)
        {
            Seconds.Add(v);
        }

        for (var t = TrailFirst + 1; t < TrailFirst + TrailCount; t++)
        {
            Seconds.Add(t);
        }

        foreach (var (cp, full) in Decompositions)
        {
            if (!ComposesBack(cp))
            {
                Replaced.Add(cp);
            }

            if (Class(full[0]) != 0)
            {
                // A character of class 0 that decomposes to marks (U+0F73 TIBETAN VOWEL SIGN II, U+0344) orders with the marks before it.
                Seconds.Add(cp);
            }
        }
    }

    /// <summary>
    /// The UTF-16 units composition may change or join to the one before (a combining mark, a Hangul vowel or final, a
    /// replaced character; the high surrogate of any such character beyond the BMP), as computed from the table: what
    /// <see cref="CompositionCandidates.Ranges"/> writes out, which a test checks.
    /// </summary>
    internal static SortedSet<char> TableCandidates() =>
        [.. Classes.Keys.Concat(Seconds).Concat(Replaced).Select(cp => cp < 0x10000 ? (char)cp : (char)(0xD800 + ((cp - 0x10000) >> 10)))];

    /// <summary>Whether <paramref name="codePoint"/> joins the group of the character before it: a combining mark (class other than 0) or a character composed with the one before.</summary>
    public static bool Continues(int codePoint) => Classes.ContainsKey(codePoint) || Seconds.Contains(codePoint);

    /// <summary>Whether <paramref name="codePoint"/> is changed by composition even alone.</summary>
    public static bool IsReplaced(int codePoint) => Replaced.Contains(codePoint);

    /// <summary>
    /// Unicode's quick check for normalisation form C (UAX #15) on <paramref name="codePoint"/>, after characters whose
    /// last combining class is <paramref name="lastClass"/> (0 after a starter), which it then holds
    /// <paramref name="codePoint"/>'s: false when composition may change the text here, a mark out of canonical order, a
    /// character composition replaces or one that may compose with the character before (<see cref="Continues"/>'s
    /// seconds). Text whose every character passes is in normalisation form C already.
    /// </summary>
    public static bool QuickCheck(int codePoint, ref int lastClass)
    {
        var c = Class(codePoint);
        if ((c != 0 && lastClass > c) || Seconds.Contains(codePoint) || Replaced.Contains(codePoint))
        {
            return false;
        }

        lastClass = c;
        return true;
    }

    /// <summary>
    /// <paramref name="group"/> (well-formed UTF-16: a character and the combining marks after it, as <see cref="Continues"/>
    /// reads them) in normalisation form C; null when it already is.
    /// </summary>
    public static string? Compose(ReadOnlySpan<char> group)
    {
        var decomposed = new List<int>(group.Length + 4);
        foreach (var rune in group.EnumerateRunes())
        {
            Decompose(rune.Value, decomposed);
        }

        Order(decomposed);
        ComposeInPlace(decomposed);
        var builder = new StringBuilder(decomposed.Count + 2);
        foreach (var cp in decomposed)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        var composed = builder.ToString();
        return group.SequenceEqual(composed) ? null : composed;
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    private static int Class(int codePoint) => Classes.TryGetValue(codePoint, out var c) ? c : 0;

    /// <summary>Whether composing <paramref name="codePoint"/>'s decomposition gives it back (false for singletons and exclusions).</summary>
    private static bool ComposesBack(int codePoint)
    {
        var decomposed = new List<int>(Decompositions[codePoint]);
        ComposeInPlace(decomposed);
        return decomposed is [var only] && only == codePoint;
    }

    private static void Decompose(int codePoint, List<int> output)
    {
        var s = codePoint - HangulFirst;
        if (s is >= 0 and < HangulCount)
        {
            output.Add(LeadFirst + (s / (VowelCount * TrailCount)));
            output.Add(VowelFirst + (s % (VowelCount * TrailCount) / TrailCount));
            if (s % TrailCount != 0)
            {
                output.Add(TrailFirst + (s % TrailCount));
            }

            return;
        }

        if (Decompositions.TryGetValue(codePoint, out var full))
        {
            output.AddRange(full);
        }
        else
        {
            output.Add(codePoint);
        }
    }

    /// <summary>Canonical ordering: each run of combining marks sorted by class, stably.</summary>
    private static void Order(List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var c = Class(cps[i]);
            if (c == 0)
            {
                continue;
            }

            for (var j = i; j > 0 && Class(cps[j - 1]) > c; j--)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
            }
        }
    }

    /// <summary>Canonical composition (UAX #15): each character joins the last starter unless a mark of its class or higher, or a starter, stands between.</summary>
    private static void ComposeInPlace(List<int> cps)
    {
        if (cps.Count == 0)
        {
            return;
        }

        var starterAt = 0;
        var starter = cps[0];
        var lastClass = Class(starter) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < cps.Count; read++)
        {
            var cp = cps[read];
            var cpClass = Class(cp);
            if ((lastClass < cpClass || lastClass == 0) && Pair(starter, cp) is { } composite)
            {
                cps[starterAt] = composite;
                starter = composite;
                continue;
            }

            if (cpClass == 0)
            {
                starterAt = write;
                starter = cp;
            }

            lastClass = cpClass;
            cps[write++] = cp;
        }

        cps.RemoveRange(write, cps.Count - write);
    }

    private static int? Pair(int first, int second)
    {
        var l = first - LeadFirst;
        var v = second - VowelFirst;
        if (l is >= 0 and < 19 && v is >= 0 and < VowelCount)
        {
            return HangulFirst + (((l * VowelCount) + v) * TrailCount);
        }

        var s = first - HangulFirst;
        var t = second - TrailFirst;
        if (s is >= 0 and < HangulCount && s % TrailCount == 0 && t is > 0 and < TrailCount)
        {
            return first + t;
        }

        return Composites.TryGetValue(Key(first, second), out var composite) ? composite : null;
    }
}
