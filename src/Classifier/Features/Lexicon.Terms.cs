namespace Classifier.Features;

/// <summary>Reading a term's text (as words or as a phrase) and the hashes and bits its first word is found by.</summary>
internal sealed partial class Lexicon
{
    /// <summary>
    /// How many characters of <paramref name="chars"/> from <paramref name="at"/> <paramref name="phrase"/> matches (-1: none): each
    /// space of the phrase matches a run of spaces, and a phrase that ends with a letter or digit must end a word there.
    /// </summary>
    private static int MatchLength(ReadOnlySpan<char> chars, int at, string phrase)
    {
        var i = at;
        foreach (var c in phrase)
        {
            if (i >= chars.Length)
            {
                return -1;
            }

            if (c == ' ')
            {
                if (chars[i] != ' ')
                {
                    return -1;
                }

                while (i + 1 < chars.Length && chars[i + 1] == ' ')
                {
                    i++;
                }
            }
            else if (chars[i] != c)
            {
                return -1;
            }

            i++;
        }

        return TextNormalizer.IsWordChar(phrase[^1]) && i < chars.Length && TextNormalizer.IsWordChar(chars[i]) ? -1 : i - at;
    }

    /// <summary>
    /// Whether tokens represent <paramref name="folded"/> exactly: runs of letters and digits separated only by spaces, hyphens
    /// and apostrophes, starting and ending with a run of two characters or more (inside, tokens skip one-character words in the
    /// text as in the term).
    /// </summary>
    private static bool MatchesAsWords(string folded)
    {
        var (first, last, run) = (0, 0, 0);
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (TextNormalizer.IsWordChar(c))
            {
                run++;
                continue;
            }

            if (c is not (' ' or '-' or '\''))
            {
                return false;
            }

            if (run > 0)
            {
                first = first == 0 ? run : first;
                last = run;
                run = 0;
            }
        }

        return first >= 2 && last >= 2 && TextNormalizer.IsWordChar(folded[0]) && TextNormalizer.IsWordChar(folded[^1]);
    }

    /// <summary><paramref name="folded"/> without leading and trailing spaces, each run of spaces inside it made one.</summary>
    private static string SingleSpaced(string folded) => folded.Contains("  ", StringComparison.Ordinal)
        ? string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        : folded.Trim(' ');

    private static int WordEnd(ReadOnlySpan<char> chars, int at)
    {
        while (at < chars.Length && TextNormalizer.IsWordChar(chars[at]))
        {
            at++;
        }

        return at;
    }

    private static Phrase[] LongestFirst(List<Phrase> phrases) => [.. phrases.OrderByDescending(p => p.Text.Length)];

    private static void Set(ulong[] bits, ulong hash)
    {
        var bit = StartBit(hash);
        bits[bit >> 6] |= 1UL << (bit & 63);
    }

    private static bool IsSet(ulong[] bits, ulong hash)
    {
        var bit = StartBit(hash);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>A term matched on characters: its folded text, its value, and whether it has a letter or digit, and a digit.</summary>
    private readonly record struct Phrase(string Text, sbyte Value, bool HasWord, bool HasDigit)
    {
        public static Phrase Of(string folded, sbyte value) =>
            new(folded, value, folded.Any(char.IsLetterOrDigit), folded.Any(char.IsDigit));
    }

    private static int StartBit(ulong hash) => (int)(hash >> 48) & (StartBits - 1);

    private static ulong SequenceKey(ReadOnlySpan<ulong> hashes)
    {
        var h = hashes[0];
        for (var i = 1; i < hashes.Length; i++)
        {
            h = FeatureHash.Combine(h, hashes[i]);
        }

        return FeatureHash.Combine(h, (ulong)hashes.Length);
    }
}
