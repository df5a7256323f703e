namespace Classifier.Data;

/// <summary>What a row with the wrong number of tab-separated fields is told, by the data reader and the table readers alike.</summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static partial class TsvFields
{
    /// <summary>
    /// The error for a row of <paramref name="found"/> fields where the header has <paramref name="expected"/>: when the extra
    /// fields at its end are all empty, to delete the tab at the end of the line; when a quote opened in one field closes in a
    /// later one (a quoted text holding a tab, as a spreadsheet writes it), to remove that tab, since the format has no
    /// quoting; when the row holds a lone CR, to convert the file's line endings (<see cref="LineBreaks.LoneCarriageReturn"/>);
    /// otherwise to check for a missing or extra tab.
    /// </summary>
    public static string WrongCount(int expected, string[] found)
    {
        var head = $"expected {expected} tab-separated fields as in the header, found {found.Length}";
        if (LineBreaks.LoneCarriageReturn(string.Concat(found)) is { } cr)
        {
            return $"{head}: the line {cr}";
        }

        var extraAtEnd = found.Length > expected && found.Skip(expected).All(f => f.Trim().Length == 0);
        if (extraAtEnd)
        {
            return head + $", the last {(found.Length - expected == 1 ? "one" : $"{found.Length - expected}")} empty; delete the tab at the end of the line";
        }

        return found.Length > expected && QuotedTab(found) is { } quoted
            ? head + $": a tab inside quotes ({quoted}, the tab shown as <TAB>); the format has no quoting, so every tab separates " +
                "fields: remove the tab or replace it with a space (the quotes themselves may stay)"
            : head + "; check for a missing or extra tab";
    }

    /// <summary>
    /// The stretch around the first tab that falls between a quote left open in one field and its close in a later field,
    /// with the tab written as <c>&lt;TAB&gt;</c> and each side cut at a word boundary; null when no field leaves a quote
    /// open that a later one closes.
    /// </summary>
    private static string? QuotedTab(string[] fields)
    {
        // Each field read once: whether it has an unbalanced quote (an opening or a closing one), leaves a single quote
        // open, or closes one opened before it. Whether a later field has such a close is worked out from the end, so that
        // a row of many fields that open quotes no later one closes is read in linear time.
        var unbalanced = Array.ConvertAll(fields, OpensQuote);
        var single = Array.ConvertAll(fields, SingleQuotes);
        var (laterOpens, laterCloses, laterPossessives) = (new bool[fields.Length], new bool[fields.Length], new bool[fields.Length]);
        for (var i = fields.Length - 2; i >= 0; i--)
        {
            laterOpens[i] = laterOpens[i + 1] || unbalanced[i + 1];
            laterCloses[i] = laterCloses[i + 1] || single[i + 1].ClosedUnopened;
            laterPossessives[i] = laterPossessives[i + 1] || single[i + 1].PossessiveUnopened;
        }

        for (var i = 0; i < fields.Length - 1; i++)
        {
            // The quote closes in a later field: a field with an unbalanced quote of its own (the closing one); or a later
            // '’' that closes a single quote (which makes any "workers’" before it a possessive), or failing one, a later
            // possessive-looking '’' that closes a quote still open after this field's own possessive-looking ones.
            if ((laterOpens[i] && unbalanced[i]) || (laterCloses[i] && single[i].Open > 0)
                || (laterPossessives[i] && single[i].Open > single[i].Possessives))
            {
                return $"'{Tail(fields[i])}<TAB>{Head(fields[i + 1])}'";
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="field"/> leaves a quote unbalanced: an odd number of '"', or more '“' than '”' or the reverse.</summary>
    private static bool OpensQuote(string field) =>
        field.Count(c => c == '"') % 2 == 1 || field.Count(c => c == '\u201C') != field.Count(c => c == '\u201D');

    /// <summary>
    /// The single curly quotes of <paramref name="field"/> left open at its end (a '‘' that no closing '’' after it closes),
    /// and whether a closing one had none open before it in the field. A '’' followed by a letter or digit is an apostrophe
    /// ("Seoul’s", "’90s"), never a closing quote. A '’' after an "s" and before white space ("the workers’ union") is
    /// most often a plural possessive, so it is taken as the close only when no plain closing '’' comes after it:
    /// <paramref name="field"/>'s <c>Possessives</c> are those that would close a quote left <c>Open</c> if none does,
    /// and <c>PossessiveUnopened</c> says whether one came with no quote open before it in the field.
    /// </summary>
    private static (int Open, int Possessives, bool ClosedUnopened, bool PossessiveUnopened) SingleQuotes(string field)
    {
        var (open, possessives, closedUnopened, possessiveUnopened) = (0, 0, false, false);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\u2018')
            {
                open++;
            }
            else if (field[i] != '\u2019' || Apostrophe(field, i))
            {
                continue;
            }
            else if (Possessive(field, i))
            {
                possessiveUnopened |= open == possessives;
                possessives = Math.Min(open, possessives + 1);
            }
            else
            {
                // A plain close closes the innermost quote; possessive-looking ones before it were possessives.
                closedUnopened |= open == 0;
                (open, possessives) = (Math.Max(0, open - 1), 0);
            }
        }

        return (open, possessives, closedUnopened, possessiveUnopened);
    }

    /// <summary>Whether the '’' at <paramref name="i"/> is followed by a letter or digit ("Seoul’s", "’90s").</summary>
    private static bool Apostrophe(string field, int i) => i + 1 < field.Length && char.IsLetterOrDigit(field[i + 1]);

    /// <summary>Whether the '’' at <paramref name="i"/> directly follows an "s" and is followed by white space ("the workers’ union").</summary>
    private static bool Possessive(string field, int i) =>
        i > 0 && field[i - 1] is ('s' or 'S') && i + 1 < field.Length && char.IsWhiteSpace(field[i + 1]);
}
