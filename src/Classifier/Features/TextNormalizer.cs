namespace Classifier.Features;

/// <summary>Lower-cases text and folds typographic variants, so "Don’t" and "don't" match.</summary>
internal static class TextNormalizer
{
    /// <summary>Writes the normalised form of <paramref name="text"/> into <paramref name="dest"/> (same length, so offsets carry over).</summary>
    public static void Normalize(ReadOnlySpan<char> text, Span<char> dest, bool digitsToZero = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            dest[i] = digitsToZero && c is >= '1' and <= '9' ? '0' : c;
        }
    }

    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c < ' ' ? ' ' : c == '`' ? '\'' : c;
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' or '\u00B4' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
            '\u00A0' or '\u2007' or '\u202F' or '\u2028' or '\u2029' or '\u0085' => ' ',
            _ => char.IsControl(c) ? ' ' : char.ToLowerInvariant(c),
        };
    }

    /// <summary>
    /// <paramref name="text"/> with the typographic variants <see cref="Fold"/> folds (curly quotes and apostrophes, dashes,
    /// non-breaking spaces, the backtick) written as their plain forms, its case kept; the same instance if it has none.
    /// Names are folded so before they are looked up or matched: "Côte d’Ivoire" is "Côte d'Ivoire".
    /// </summary>
    public static string FoldTypography(string text)
    {
        var at = 0;
        while (at < text.Length && !IsTypographic(text[at]))
        {
            at++;
        }

        if (at == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsTypographic(source[i]) ? Fold(source[i]) : source[i];
            }
        });
    }

    /// <summary>
    /// <paramref name="text"/> with each run of white space inside it ("South  Korea", "United\r\nStates", "North\tKorea")
    /// written as one space, as names are read and matched; the same instance if it has none.
    /// </summary>
    public static string CollapseWhiteSpace(string text)
    {
        var at = FirstWhiteSpaceToCollapse(text);
        if (at < 0)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        sb.Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i == 0 || !char.IsWhiteSpace(text[i - 1]))
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <see cref="CollapseWhiteSpace"/> would change <paramref name="text"/>.</summary>
    public static bool HasWhiteSpaceToCollapse(ReadOnlySpan<char> text) => FirstWhiteSpaceToCollapse(text) >= 0;

    /// <summary>The index of the first white space that is not a lone plain space, or -1.</summary>
    private static int FirstWhiteSpaceToCollapse(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <see cref="FoldTypography"/> would change <paramref name="text"/>.</summary>
    public static bool HasTypography(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsTypographic(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTypographic(char c) => c == '`' || (c >= 128 && Fold(c) < 128);

    /// <summary>Whether <paramref name="text"/> has an upper-case letter, read by <see cref="System.Text.Rune"/> (a mathematical bold capital is one).</summary>
    public static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsUpper(rune))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsWordChar(char c) => c < 128
        ? c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or (>= 'A' and <= 'Z')
        : char.IsLetterOrDigit(c);

    /// <summary>Punctuation that ends a negation scope.</summary>
    public static bool IsClauseBreak(char c) => c is '.' or ',' or ';' or ':' or '!' or '?';
}
