using System.Globalization;

namespace Classifier.Features;

/// <summary>Splitting normalised text into words, figures (with sign, scale and percent), brackets and sentence breaks.</summary>
internal static partial class ComparisonFeatures
{
    /// <summary>Splits the normalised text into pieces: runs of letters (words), figures with their sign, scale and percent, brackets and sentence breaks.</summary>
    private static int Scan(ReadOnlySpan<char> chars, Piece[] pieces)
    {
        var count = 0;
        var i = 0;
        while (i < chars.Length)
        {
            var c = chars[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < chars.Length && char.IsLetter(chars[i]))
                {
                    i++;
                }

                pieces[count++] = new Piece(Kind.Word, start, i, FeatureHash.Token(chars[start..i]), 0, false, false, 0);
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < chars.Length && (char.IsAsciiDigit(chars[i]) || (chars[i] is '.' or ',' && i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))))
                {
                    i++;
                }

                pieces[count++] = Figure(chars, start, i);
            }
            else
            {
                if (c is '(' or '[')
                {
                    pieces[count++] = new Piece(Kind.Open, i, i + 1, 0, 0, false, false, 0);
                }
                else if (c is ')' or ']')
                {
                    pieces[count++] = new Piece(Kind.Close, i, i + 1, 0, 0, false, false, 0);
                }
                else if (c is ';' or ':' or '!' or '?' || (c == '.' && !(i + 1 < chars.Length && char.IsAsciiDigit(chars[i + 1]))))
                {
                    pieces[count++] = new Piece(Kind.Break, i, i + 1, 0, 0, false, false, 0);
                }

                i++;
            }
        }

        return count;
    }

    /// <summary>
    /// The figure in <c>chars[start..end)</c>: "1,250" and "1.250.000" are thousands, "4,2" a decimal comma; a minus
    /// sign right before it counts unless a digit precedes the sign (a range, "23-25"); a scale word right after it
    /// (mn, billion...) and a percent sign or word are kept; a four-digit 19xx or 20xx without them is a year.
    /// </summary>
    private static Piece Figure(ReadOnlySpan<char> chars, int start, int end)
    {
        var text = chars[start..end];
        var commas = text.Count(',');
        var dots = text.Count('.');
        Span<char> plain = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (c == ',' && !(commas == 1 && dots == 0 && !ThousandsGroups(text, ',')))
            {
                continue; // thousands separator
            }

            if (c == '.' && dots > 1)
            {
                continue; // "1.250.000"
            }

            plain[n++] = c == ',' ? '.' : c;
        }

        var value = double.TryParse(plain[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0;
        if (start > 0 && chars[start - 1] == '-' && !(start > 1 && char.IsAsciiDigit(chars[start - 2])))
        {
            value = -value;
        }

        var next = end;
        while (next < chars.Length && chars[next] == ' ')
        {
            next++;
        }

        var (word, wordEnd) = NextWord(chars, next);
        var percent = (next < chars.Length && chars[next] == '%') || (word != 0 && Words.PercentWords.Contains(word)) || (word == Words.Per && NextWord(chars, wordEnd).Word == Words.Cent);
        var scale = word != 0 ? Words.Scale(word) : 0;
        var year = !percent && scale == 0 && commas == 0 && dots == 0 && text.Length == 4 && text[..2] is "19" or "20";
        return new Piece(Kind.Figure, start, end, 0, value, percent, year, scale);
    }

    /// <summary>The hash of the word after the spaces at <paramref name="from"/> (0 if none) and where it ends.</summary>
    private static (ulong Word, int End) NextWord(ReadOnlySpan<char> chars, int from)
    {
        while (from < chars.Length && chars[from] == ' ')
        {
            from++;
        }

        var end = from;
        while (end < chars.Length && char.IsLetter(chars[end]))
        {
            end++;
        }

        return (end > from ? FeatureHash.Token(chars[from..end]) : 0, end);
    }

    /// <summary>True when every group after the first separator has three digits ("1,250", not "4,2").</summary>
    private static bool ThousandsGroups(ReadOnlySpan<char> text, char separator)
    {
        var at = text.IndexOf(separator);
        var rest = text[(at + 1)..];
        var digits = 0;
        foreach (var c in rest)
        {
            if (c == '.' || c == separator)
            {
                break;
            }

            digits++;
        }

        return digits == 3;
    }
}
