using System.Net;

namespace Classifier.Features;

/// <summary>
/// HTML character references left in text that was taken from web pages and feeds without decoding them:
/// "C&amp;ocirc;te d&amp;#8217;Ivoire", "AT&amp;amp;T", "Smith&amp;nbsp;said". The models read each as the character a
/// browser shows for it (<see cref="ReadingForm"/>), so such a text reads as the same text decoded.
/// Stateless; safe to call from any thread.
/// </summary>
/// <remarks>
/// A reference is read when it is complete, with its semicolon: a named one of HTML 4 (the 253 names
/// <see cref="WebUtility.HtmlDecode(string)"/> knows: "&amp;amp;", "&amp;eacute;", "&amp;rsquo;", "&amp;nbsp;"...), or a
/// decimal or hexadecimal one ("&amp;#8217;", "&amp;#x2019;"). As browsers do, a number from 128 to 159 is read as the
/// Windows-1252 character of that byte ("&amp;#146;" is "’"), which web pages converted from that code page write.
/// Everything else is read as written: "AT&amp;T", "S&amp;P 500", "&amp;amp" without its semicolon, a name HTML 4 does not
/// have, and a number naming no character (a surrogate, beyond U+10FFFF) or a control character. A text is decoded once,
/// as a browser decodes it: "&amp;amp;eacute;" reads as "&amp;eacute;".
/// </remarks>
internal static class CharacterReferences
{
    /// <summary>The longest reference read: "&amp;#x" and a code point with leading zeros, or the longest name, with room.</summary>
    private const int LongestReference = 32;

    /// <summary>The characters of Windows-1252's bytes 0x80-0x9F, which HTML reads numbers 128-159 as (0 where the byte has none).</summary>
    private const string Windows1252 =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /// <summary>Where the first reference read in <paramref name="text"/> begins, searching from <paramref name="from"/> for one beginning before <paramref name="before"/>; -1 when none does.</summary>
    public static int Find(string text, int from, int before)
    {
        for (var at = from; at < before; at++)
        {
            var next = text.AsSpan(at, before - at).IndexOf('&');
            if (next < 0)
            {
                return -1;
            }

            at += next;
            if (TryRead(text, at, out _, out _))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="text"/> with its references read as their characters, and where each character of the result stood
    /// in <paramref name="text"/>: <paramref name="starts"/> (with one more entry, where the text ends) and
    /// <paramref name="ends"/>; each character of a reference stands for the whole reference.
    /// </summary>
    public static string Decode(string text, out int[] starts, out int[] ends)
    {
        var read = new System.Text.StringBuilder(text.Length);
        var startList = new List<int>(text.Length + 1);
        var endList = new List<int>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '&' && TryRead(text, i, out var decoded, out var length))
            {
                read.Append(decoded);
                for (var k = 0; k < decoded.Length; k++)
                {
                    startList.Add(i);
                    endList.Add(i + length);
                }

                i += length;
                continue;
            }

            read.Append(text[i]);
            startList.Add(i);
            endList.Add(i + 1);
            i++;
        }

        startList.Add(text.Length);
        starts = [.. startList];
        ends = [.. endList];
        return read.ToString();
    }

    /// <summary>Whether a reference read begins at <paramref name="at"/> (an ampersand) of <paramref name="text"/>: its characters, and how many characters of the text it takes.</summary>
    internal static bool TryRead(string text, int at, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var end = Shape(text, at);
        if (end < 0)
        {
            return false;
        }

        var reference = text.Substring(at, end + 1 - at);
        var read = WebUtility.HtmlDecode(reference);
        if (read == reference || read.Length == 0 || read.Length > 2)
        {
            return false;
        }

        if (read.Length == 1)
        {
            var c = read[0];
            if (reference[1] == '#' && c is >= '\u0080' and <= '\u009F')
            {
                c = Windows1252[c - 0x80];
                read = c == '\0' ? read : c.ToString();
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r') || char.IsSurrogate(c))
            {
                return false;
            }
        }
        else if (!char.IsSurrogatePair(read[0], read[1]))
        {
            return false;
        }

        decoded = read;
        length = reference.Length;
        return true;
    }

    /// <summary>Where the semicolon of a reference's shape ("&amp;" and a name, or "#" and digits, then ";") beginning at <paramref name="at"/> stands; -1 when no such shape begins there.</summary>
    private static int Shape(string text, int at)
    {
        var i = at + 1;
        var numeric = i < text.Length && text[i] == '#';
        if (numeric)
        {
            i++;
            if (i < text.Length && text[i] is 'x' or 'X')
            {
                i++;
            }
        }

        var first = i;
        var limit = Math.Min(text.Length, at + LongestReference);
        while (i < limit && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > first && i < limit && text[i] == ';' ? i : -1;
    }
}
