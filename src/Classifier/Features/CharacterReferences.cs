using System.Collections.Frozen;
using System.Globalization;
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
/// have, and a number naming no character (a surrogate, beyond U+10FFFF) or a control character other than a tab, line feed
/// or carriage return (those are read, as the white space they are). A text is decoded once,
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

    /// <summary>The names of HTML 4's named references, the 253 <see cref="WebUtility.HtmlDecode(string)"/> knows.</summary>
    internal const string Names =
        "AElig Aacute Acirc Agrave Alpha Aring Atilde Auml Beta Ccedil Chi Dagger Delta ETH Eacute Ecirc " +
        "Egrave Epsilon Eta Euml Gamma Iacute Icirc Igrave Iota Iuml Kappa Lambda Mu Ntilde Nu OElig Oacute " +
        "Ocirc Ograve Omega Omicron Oslash Otilde Ouml Phi Pi Prime Psi Rho Scaron Sigma THORN Tau Theta " +
        "Uacute Ucirc Ugrave Upsilon Uuml Xi Yacute Yuml Zeta aacute acirc acute aelig agrave alefsym alpha " +
        "amp and ang apos aring asymp atilde auml bdquo beta brvbar bull cap ccedil cedil cent chi circ " +
        "clubs cong copy crarr cup curren dArr dagger darr deg delta diams divide eacute ecirc egrave empty " +
        "emsp ensp epsilon equiv eta eth euml euro exist fnof forall frac12 frac14 frac34 frasl gamma ge gt " +
        "hArr harr hearts hellip iacute icirc iexcl igrave image infin int iota iquest isin iuml kappa lArr " +
        "lambda lang laquo larr lceil ldquo le lfloor lowast loz lrm lsaquo lsquo lt macr mdash micro middot " +
        "minus mu nabla nbsp ndash ne ni not notin nsub ntilde nu oacute ocirc oelig ograve oline omega " +
        "omicron oplus or ordf ordm oslash otilde otimes ouml para part permil perp phi pi piv plusmn pound " +
        "prime prod prop psi quot rArr radic rang raquo rarr rceil rdquo real reg rfloor rho rlm rsaquo " +
        "rsquo sbquo scaron sdot sect shy sigma sigmaf sim spades sub sube sum sup sup1 sup2 sup3 supe szlig " +
        "tau there4 theta thetasym thinsp thorn tilde times trade uArr uacute uarr ucirc ugrave uml upsih " +
        "upsilon uuml weierp xi yacute yen yuml zeta zwj zwnj";

    /// <summary>The character each of <see cref="Names"/> names, as <see cref="WebUtility.HtmlDecode(string)"/> reads it.</summary>
    private static readonly FrozenDictionary<string, char> Named =
        Names.Split(' ').ToFrozenDictionary(name => name, name => WebUtility.HtmlDecode($"&{name};")[0], StringComparer.Ordinal);

    /// <summary><see cref="Named"/>, looked up by a span of the text (no string built).</summary>
    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> NamedSpans = Named.GetAlternateLookup<ReadOnlySpan<char>>();

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
            if (CodePoint(text, at, out _) >= 0)
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

    /// <summary>Whether a reference read begins at <paramref name="at"/> of <paramref name="text"/>: its characters, and how many characters of the text it takes.</summary>
    internal static bool TryRead(string text, int at, out string decoded, out int length)
    {
        var codePoint = CodePoint(text, at, out length);
        decoded = codePoint < 0 ? string.Empty : char.ConvertFromUtf32(codePoint);
        return codePoint >= 0;
    }

    /// <summary>
    /// The character a reference read beginning at <paramref name="at"/> of <paramref name="text"/> names, and how many
    /// characters of the text it takes; -1 when none begins there. Builds no string, so that a text whose ampersands begin
    /// no reference ("R&amp;D;", "&amp;bogus;") costs no copy.
    /// </summary>
    private static int CodePoint(string text, int at, out int length)
    {
        length = 0;
        var end = text[at] == '&' ? Shape(text, at) : -1;
        if (end < 0)
        {
            return -1;
        }

        int codePoint;
        if (text[at + 1] == '#')
        {
            // As HtmlDecode parses them: digits, or hexadecimal digits after "x", naming a character that is no surrogate.
            var hex = text[at + 2] is 'x' or 'X';
            var digits = text.AsSpan(at + (hex ? 3 : 2), end - at - (hex ? 3 : 2));
            if (!uint.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                || number > 0x10FFFF || number is >= 0xD800 and <= 0xDFFF)
            {
                return -1;
            }

            codePoint = number is >= 0x80 and <= 0x9F && Windows1252[(int)number - 0x80] != '\0' ? Windows1252[(int)number - 0x80] : (int)number;
        }
        else if (NamedSpans.TryGetValue(text.AsSpan(at + 1, end - at - 1), out var named))
        {
            codePoint = named;
        }
        else
        {
            return -1;
        }

        if (codePoint < 0x10000 && char.IsControl((char)codePoint) && codePoint is not ('\t' or '\n' or '\r'))
        {
            return -1;
        }

        length = end + 1 - at;
        return codePoint;
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
