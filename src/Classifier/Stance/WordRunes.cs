using System.Buffers;
using System.Text;
using Classifier.Features;

namespace Classifier.Stance;

/// <summary>
/// Word characters read by <see cref="Rune"/>, so that a letter or digit outside the Basic Multilingual Plane (written as a
/// surrogate pair: a mathematical bold letter, a CJK extension ideograph such as 𠮷) is one, as a letter inside it is, for
/// the mention finder. Inside the plane the answers are <see cref="TextNormalizer.IsWordChar"/>'s, which featurisation
/// uses; a lone surrogate is no word character.
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
}
