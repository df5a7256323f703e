using System.Globalization;

namespace Classifier.Model;

/// <summary>
/// A contribution's span widened to whole text elements (characters as a reader sees them) of the caller's text. The models
/// may read only part of one: the lexicon's "👍" of "👍🏽" (the emoji and its skin-tone modifier), a letter without a
/// combining mark it does not compose with; a span ending where they stopped reading left the rest of the character
/// outside it, and a highlight of it showed half an emoji. Stateless; safe from any thread.
/// </summary>
internal static class ElementSpans
{
    /// <summary>How far before a span's start the start of its first text element is looked for (a longer element, a pile of marks, is cut there).</summary>
    private const int Reach = 32;

    /// <summary>
    /// <paramref name="span"/> of <paramref name="text"/>, its start moved back to the start
    /// of the text element it falls in and its end on to the end of the element it falls in, less the format characters
    /// (a zero-width joiner or non-joiner) that would end it: as a word's span holds no invisible character after its last
    /// letter, a span holds none after its last visible character. A span without a position (start -1) or an empty one is
    /// returned as it is.
    /// </summary>
    public static (int Start, int End) Whole(string text, (int Start, int End) span)
    {
        var (start, end) = span;
        if (start < 0 || end <= start || start >= text.Length)
        {
            return span;
        }

        // Elements are found walking forward from a white space, which begins one, or from as far back as is looked.
        var floor = Math.Max(0, start - Reach);
        var at = start;
        while (at > floor && !char.IsWhiteSpace(text[at]))
        {
            at--;
        }

        for (var next = at + StringInfo.GetNextTextElementLength(text, at); next <= start; next += StringInfo.GetNextTextElementLength(text, next))
        {
            at = next;
        }

        var last = at;
        while (last < Math.Min(end, text.Length))
        {
            last += StringInfo.GetNextTextElementLength(text, last);
        }

        while (last > end && char.GetUnicodeCategory(text[last - 1]) == UnicodeCategory.Format)
        {
            last--;
        }

        return (at, Math.Max(last, end));
    }
}
