using System.Buffers;
using System.Text;

namespace Classifier.Stance;

/// <summary>
/// The check of <see cref="Features.FeaturizerSettings.UnseenIssueFloor"/>: how near the nearest word of a text comes to the
/// content words of an issue, in the cosine of their word vectors (the library's table, unweighted, each vector made unit
/// length). Words are runs of letters and digits, read by <see cref="Rune"/> (a letter outside the Basic Multilingual Plane
/// is one), lower-cased; single characters, words without a letter ("2030") and function words (articles, prepositions,
/// conjunctions, pronouns, auxiliaries) are left out on both sides, since they say nothing of what an issue or a text is
/// about and would match any text that has them.
/// Stateless and thread-safe.
/// </summary>
internal static class UnseenIssueCheck
{
    /// <summary>Longest word looked up; longer runs (hashes, long links) are skipped.</summary>
    private const int MaxWordLength = 64;

    /// <summary>
    /// The unit vectors of the content words of <paramref name="issue"/> and of its other names (<paramref name="aliases"/>:
    /// "tidal energy" for tidal power), each word once, that the table knows (or can build from pieces).
    /// </summary>
    public static float[][] WordVectors(string issue, IEnumerable<string>? aliases = null)
    {
        var table = Features.WordVectors.Default;
        var vectors = new List<float[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Span<char> lower = stackalloc char[MaxWordLength];
        foreach (var raw in aliases is null ? [issue] : aliases.Prepend(issue))
        {
            // Read as names and text are read ("le\u00ADvy" is one word, "levy"; accents composed).
            var name = Features.ReadingForm.Of(raw, int.MaxValue);
            foreach (var (start, end) in new WordRuns(name))
            {
                var word = Lower(name.AsSpan(start, end - start), lower);
                var vector = new float[table.Dimensions];
                if (!word.IsEmpty && seen.Add(word.ToString()) && table.AddWord(word, vector) && Features.WordVectors.MakeUnit(vector))
                {
                    vectors.Add(vector);
                }
            }
        }

        return [.. vectors];
    }

    /// <summary>
    /// The largest cosine between a word of <paramref name="text"/> and one of <paramref name="issueVectors"/>; -1 when
    /// either side has no word with a vector.
    /// </summary>
    public static float Nearest(ReadOnlySpan<char> text, float[][] issueVectors)
    {
        float[] buffer = [];
        var count = TextVectors(text, ref buffer);
        return Nearest(buffer.AsSpan(0, count * Features.WordVectors.Default.Dimensions), issueVectors);
    }

    /// <summary>
    /// Writes the unit vectors of <paramref name="text"/>'s words that have one into <paramref name="buffer"/>, one after
    /// another (grown when too short), and returns how many: computed once per text and read for each of its targets.
    /// </summary>
    public static int TextVectors(ReadOnlySpan<char> text, ref float[] buffer)
    {
        var table = Features.WordVectors.Default;
        var dimensions = table.Dimensions;
        Span<char> lower = stackalloc char[MaxWordLength];
        var count = 0;
        foreach (var (start, end) in new WordRuns(text))
        {
            var word = Lower(text[start..end], lower);
            if (word.IsEmpty)
            {
                continue;
            }

            if (buffer.Length < (count + 1) * dimensions)
            {
                Array.Resize(ref buffer, Math.Max(16, count * 2) * dimensions);
            }

            var vector = buffer.AsSpan(count * dimensions, dimensions);
            vector.Clear();
            if (table.AddWord(word, vector) && Features.WordVectors.MakeUnit(vector))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The largest cosine between one of <paramref name="textVectors"/> (unit vectors one after another, as
    /// <see cref="TextVectors"/> writes them) and one of <paramref name="issueVectors"/>; -1 when either side has none.
    /// </summary>
    public static float Nearest(ReadOnlySpan<float> textVectors, float[][] issueVectors)
    {
        var nearest = -1f;
        var dimensions = Features.WordVectors.Default.Dimensions;
        for (var offset = 0; offset + dimensions <= textVectors.Length; offset += dimensions)
        {
            foreach (var issue in issueVectors)
            {
                nearest = Math.Max(nearest, IssueTopics.Dot(textVectors.Slice(offset, dimensions), issue));
            }
        }

        return nearest;
    }

    /// <summary>
    /// <paramref name="word"/> lower-cased into <paramref name="buffer"/>; empty when it is too long, a single character,
    /// without a letter or a stop word.
    /// </summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length || !IsContentWord(word))
        {
            return [];
        }

        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        return FunctionWords.Contains(lower) ? [] : lower;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is two characters or more (read by <see cref="Rune"/>) with a letter among them: a
    /// single character ("e" of "e-scooters", "s" of a possessive) or a run of digits ("2030") says nothing of a subject.
    /// </summary>
    private static bool IsContentWord(ReadOnlySpan<char> word)
    {
        var (runes, letter) = (0, false);
        foreach (var rune in word.EnumerateRunes())
        {
            runes++;
            letter |= Rune.IsLetter(rune);
        }

        return runes >= 2 && letter;
    }

    /// <summary>The runs of letters and digits of a text, read by rune, as (start, end) offsets.</summary>
    private ref struct WordRuns(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _end;

        public (int Start, int End) Current { get; private set; }

        public readonly WordRuns GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _end;
            var length = 0;
            while (i < _text.Length && !IsWordRune(_text[i..], out length))
            {
                i += length;
            }

            if (i == _text.Length)
            {
                return false;
            }

            var start = i;
            while (i < _text.Length && IsWordRune(_text[i..], out length))
            {
                i += length;
            }

            _end = i;
            Current = (start, i);
            return true;
        }

        /// <summary>
        /// Whether the text starts with a letter or number, read as a <see cref="Rune"/> so that one written as a surrogate
        /// pair (a mathematical bold letter, a CJK extension ideograph) counts; <paramref name="length"/> is its length in chars.
        /// </summary>
        private static bool IsWordRune(ReadOnlySpan<char> text, out int length) =>
            Rune.DecodeFromUtf16(text, out var rune, out length) == OperationStatus.Done && (Rune.IsLetter(rune) || Rune.IsNumber(rune));
    }
}
