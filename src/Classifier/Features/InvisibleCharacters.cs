using System.Buffers;

namespace Classifier.Features;

/// <summary>
/// The invisible format characters that web pages leave inside words, which the models read as if they were not there:
/// "Ger&#xAD;many" (a soft hyphen) and "Chi&#x200B;na" (a zero-width space) are "Germany" and "China". Scoring, training and
/// name finding all remove them first, as they read text through <see cref="ReadingForm"/>, so a text scores as the same
/// text without them; the callers that return spans keep the map of where each character they read stood, and give spans
/// in the caller's text.
/// Stateless; safe to call from any thread.
/// </summary>
/// <remarks>
/// Always removed, as they never change what a word is in any script: the soft hyphen U+00AD (a hyphenation hint), the
/// word joiner U+2060, the zero-width no-break space U+FEFF (a byte-order mark inside text), and the direction marks and
/// controls U+200E, U+200F, U+061C, U+202A-U+202E and U+2066-U+2069 (they order the display, not the characters).
/// Removed only between characters of the Latin, Greek and Cyrillic scripts, ASCII and general punctuation, or between
/// such a character and the text's start or end (<see cref="IsPlain"/>), where they do nothing: the zero-width space U+200B, the zero-width
/// non-joiner U+200C and joiner U+200D, and the Mongolian vowel separator U+180E. Elsewhere they are kept, as a reader
/// needs them: the joiner inside an emoji sequence ("&#x1F926;&#x200D;&#x2640;&#xFE0F;", a lexicon term), the non-joiner
/// inside a Persian or Hindi word, the zero-width space between Thai or Khmer words (those scripts' word break), the vowel
/// separator inside a Mongolian word.
/// </remarks>
internal static class InvisibleCharacters
{
    /// <summary>Every character that may be removed.</summary>
    internal const string CandidateCharacters =
        "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF";

    /// <summary><see cref="CandidateCharacters"/>: one search finds the first, and a text without any costs no more.</summary>
    internal static readonly SearchValues<char> Candidates = SearchValues.Create(CandidateCharacters);

    /// <summary>
    /// The first <paramref name="maxLength"/> characters of <paramref name="text"/> without its invisible characters, or
    /// <paramref name="text"/> itself (not cut) when its first <paramref name="maxLength"/> hold none to remove: the text as
    /// the models read it, which they cut at <paramref name="maxLength"/> themselves.
    /// </summary>
    public static string Remove(string text, int maxLength) => Remove(text, maxLength, withMap: false, out _);

    /// <summary>
    /// <see cref="Remove(string, int)"/>, and <paramref name="map"/>, where each character of the result stood in
    /// <paramref name="text"/> (with one more entry: where the text read ends), for <see cref="Original"/>; null when the
    /// result is <paramref name="text"/> itself.
    /// </summary>
    public static string Remove(string text, int maxLength, out int[]? map) => Remove(text, maxLength, withMap: true, out map);

    /// <summary>
    /// The span of the caller's text that the characters <c>[<paramref name="start"/>, <paramref name="end"/>)</c> of the text
    /// <see cref="Remove(string, int, out int[])"/> made of it came from, by its <paramref name="map"/>: from their first
    /// character to their last, with the invisible characters between them; spans without a position (-1) and spans of a
    /// text not changed (<paramref name="map"/> null) as they are.
    /// </summary>
    public static (int Start, int End) Original(int[]? map, int start, int end)
    {
        if (map is null || start < 0)
        {
            return (start, end);
        }

        var read = map.Length - 1;
        var from = map[Math.Min(start, read)];
        end = Math.Min(end, read);
        return (from, end > start ? map[end - 1] + 1 : from);
    }

    private static string Remove(string text, int maxLength, bool withMap, out int[]? map)
    {
        map = null;
        var limit = Math.Min(text.Length, maxLength);
        var first = text.AsSpan(0, limit).IndexOfAny(Candidates);
        if (first < 0 || !AnyRemoved(text, first, limit))
        {
            return text;
        }

        // The result is at most `limit` long; the text past `limit` is read only to make up for what was removed.
        var chars = new char[limit];
        text.CopyTo(0, chars, 0, first);
        var count = first;
        var positions = withMap ? new int[limit + 1] : null;
        for (var k = 0; positions is not null && k < first; k++)
        {
            positions[k] = k;
        }

        var i = first;
        var visible = 0;
        for (; i < text.Length && count < limit; i++)
        {
            var c = text[i];
            if (Candidates.Contains(c) && IsRemoved(c, count == 0 ? ' ' : chars[count - 1], text, i, ref visible))
            {
                continue;
            }

            if (positions is not null)
            {
                positions[count] = i;
            }

            chars[count++] = c;
        }

        if (count == i)
        {
            // Nothing removed: a joiner kept in an emoji sequence, or a Thai word break.
            return text;
        }

        if (positions is not null)
        {
            positions[count] = i;
            Array.Resize(ref positions, count + 1);
            map = positions;
        }

        return new string(chars, 0, count);
    }

    /// <summary>
    /// Whether any candidate from <paramref name="first"/> (one) to <paramref name="limit"/> is removed: checked without a
    /// copy, so that text whose candidates are all kept (an emoji's joiner, a Persian non-joiner) costs none. Each is
    /// checked after the character before it, which is what is kept before it while none has been removed.
    /// </summary>
    private static bool AnyRemoved(string text, int first, int limit)
    {
        var visible = 0;
        for (var i = first; i < limit;)
        {
            if (IsRemoved(text[i], i == 0 ? ' ' : text[i - 1], text, i, ref visible))
            {
                return true;
            }

            var next = text.AsSpan(i + 1, limit - i - 1).IndexOfAny(Candidates);
            if (next < 0)
            {
                return false;
            }

            i += next + 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the candidate <paramref name="c"/> at <paramref name="at"/> of <paramref name="text"/>, after
    /// <paramref name="before"/> (what is kept before it), is removed, with <paramref name="visible"/> the position of the
    /// first character after <paramref name="at"/> that is no candidate (or the text's length), found only when it is not past
    /// <paramref name="at"/> already: a reader passing the same variable for each candidate of a text, in order, finds it
    /// once for a run of candidates, not once for each (which read a long run in quadratic time).
    /// </summary>
    internal static bool IsRemoved(char c, char before, string text, int at, ref int visible)
    {
        if (c is not ('\u200B' or '\u200C' or '\u200D' or '\u180E'))
        {
            return true;
        }

        if (visible <= at)
        {
            var next = text.AsSpan(at + 1).IndexOfAnyExcept(Candidates);
            visible = next < 0 ? text.Length : at + 1 + next;
        }

        return IsPlain(before) && (visible == text.Length || IsPlain(text[visible]));
    }

    /// <summary>
    /// Whether a zero-width space, joiner or non-joiner next to <paramref name="c"/> does nothing: a character of the Latin,
    /// Greek or Cyrillic blocks (with ASCII and their punctuation and diacritics) or of general punctuation.
    /// </summary>
    private static bool IsPlain(char c) => c < '\u0530' || c is >= '\u1E00' and <= '\u206F';
}
