using System.Buffers;
using System.Text;
using Classifier.Features;

namespace Classifier.Stance;

/// <summary>
/// Word characters read by <see cref="Rune"/>, so that a letter or digit outside the Basic Multilingual Plane (written as a
/// surrogate pair: a mathematical bold letter, a CJK extension ideograph such as 𠮷) is one, as a letter inside it is, for
/// the mention finder and the reading of targets (their stems, whether they read as names, their words). Inside the plane
/// the answers are <see cref="TextNormalizer.IsWordChar"/>'s and <see cref="char"/>'s (<see cref="Rune"/>'s tests give the
/// same answers there), which featurisation uses, so text without surrogates reads as it did char by char; a lone
/// surrogate is no word character and no letter.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class WordRunes
{
    /// <summary>Whether the character or surrogate pair at <paramref name="i"/> is a word character; <paramref name="length"/> is how many chars it takes.</summary>
    public static bool IsWordAt(ReadOnlySpan<char> text, int i, out int length)
    {
        var c = text[i];
        if (!char.IsSurrogate(c))
        {
            length = 1;
            return TextNormalizer.IsWordChar(c);
        }

        return Rune.DecodeFromUtf16(text[i..], out var rune, out length) == OperationStatus.Done && Rune.IsLetterOrDigit(rune);
    }

    /// <summary>Whether the character or surrogate pair that ends just before <paramref name="end"/> is a word character; false at the start.</summary>
    public static bool IsWordBefore(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0)
        {
            return false;
        }

        var c = text[end - 1];
        return !char.IsSurrogate(c)
            ? TextNormalizer.IsWordChar(c)
            : Rune.DecodeLastFromUtf16(text[..end], out var rune, out _) == OperationStatus.Done && Rune.IsLetterOrDigit(rune);
    }

    /// <summary>Whether the character or surrogate pair at <paramref name="i"/> is a word character; false past the end.</summary>
    public static bool IsWordAt(ReadOnlySpan<char> text, int i) => i < text.Length && IsWordAt(text, i, out _);

    /// <summary>The length of the run of word characters that starts at <paramref name="start"/> (0 if none does).</summary>
    public static int RunLength(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordAt(text, end, out var length))
        {
            end += length;
        }

        return end - start;
    }

    /// <summary>Whether the character or surrogate pair at <paramref name="i"/> is a letter; false past the end.</summary>
    public static bool IsLetterAt(ReadOnlySpan<char> text, int i) => i < text.Length && Rune.IsLetter(RuneAt(text, i));

    /// <summary>Whether the character or surrogate pair at <paramref name="i"/> is an upper-case letter; false past the end.</summary>
    public static bool IsUpperAt(ReadOnlySpan<char> text, int i) => i < text.Length && Rune.IsUpper(RuneAt(text, i));

    /// <summary>Whether the character or surrogate pair at <paramref name="i"/> is a lower-case letter; false past the end.</summary>
    public static bool IsLowerAt(ReadOnlySpan<char> text, int i) => i < text.Length && Rune.IsLower(RuneAt(text, i));

    /// <summary>Whether the character or surrogate pair that ends just before <paramref name="end"/> is a letter; false at the start.</summary>
    public static bool IsLetterBefore(ReadOnlySpan<char> text, int end) =>
        end > 0 && Rune.DecodeLastFromUtf16(text[..end], out var rune, out _) == OperationStatus.Done && Rune.IsLetter(rune);

    /// <summary>How many letters <paramref name="text"/> has, and how many of them are upper-case, each surrogate pair one.</summary>
    public static (int Letters, int Upper) CountLetters(ReadOnlySpan<char> text)
    {
        var (letters, upper) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            letters += Rune.IsLetter(rune) ? 1 : 0;
            upper += Rune.IsUpper(rune) ? 1 : 0;
        }

        return (letters, upper);
    }

    /// <summary>How many characters <paramref name="text"/> has, each surrogate pair one (a lone surrogate also one).</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>The first <paramref name="count"/> characters of <paramref name="text"/> (all of it if shorter), never half a surrogate pair.</summary>
    public static string Prefix(string text, int count)
    {
        var end = 0;
        for (var n = 0; n < count && end < text.Length; n++)
        {
            Rune.DecodeFromUtf16(text.AsSpan(end), out _, out var length);
            end += length;
        }

        return text[..end];
    }

    /// <summary>
    /// The runs of word characters of <paramref name="text"/> (and of <paramref name="alsoInWords"/>, if given, as the
    /// apostrophe of "don't"), in order; nothing else is a word.
    /// </summary>
    public static List<string> Words(string text, char? alsoInWords = null)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length)
            {
                if (text[i] == alsoInWords)
                {
                    i++;
                }
                else if (IsWordAt(text, i, out var length))
                {
                    i += length;
                }
                else
                {
                    break;
                }
            }

            if (i > start)
            {
                words.Add(text[start..i]);
            }

            // Past the character that ended the run (or began no run); half a pair alone is no word character either.
            i++;
        }

        return words;
    }

    /// <summary>The character or surrogate pair at <paramref name="i"/> as a <see cref="Rune"/>; a lone surrogate reads as U+FFFD, which is no letter.</summary>
    private static Rune RuneAt(ReadOnlySpan<char> text, int i)
    {
        Rune.DecodeFromUtf16(text[i..], out var rune, out _);
        return rune;
    }
}
