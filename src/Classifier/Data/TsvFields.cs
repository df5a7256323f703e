namespace Classifier.Data;

/// <summary>What a row with the wrong number of tab-separated fields is told, by the data reader and the table readers alike.</summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class TsvFields
{
    /// <summary>How many characters either side of the tab a quoted field's error shows.</summary>
    private const int Shown = 25;

    /// <summary>
    /// The error for a row of <paramref name="found"/> fields where the header has <paramref name="expected"/>: when the extra
    /// fields at its end are all empty, to delete the tab at the end of the line; when a quote opened in one field closes in a
    /// later one (a quoted text holding a tab, as a spreadsheet writes it), to remove that tab, since the format has no
    /// quoting; otherwise to check for a missing or extra tab.
    /// </summary>
    public static string WrongCount(int expected, string[] found)
    {
        var head = $"expected {expected} tab-separated fields as in the header, found {found.Length}";
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
    /// with the tab written as <c>&lt;TAB&gt;</c>; null when no field leaves a quote open that a later one closes.
    /// </summary>
    private static string? QuotedTab(string[] fields)
    {
        for (var i = 0; i < fields.Length - 1; i++)
        {
            if (!OpensQuote(fields[i]))
            {
                continue;
            }

            // The quote closes in a later field: a field with an unbalanced quote of its own (the closing one).
            if (fields.Skip(i + 1).Any(OpensQuote))
            {
                var before = fields[i].Length > Shown ? "…" + fields[i][^Shown..] : fields[i];
                var after = fields[i + 1].Length > Shown ? fields[i + 1][..Shown] + "…" : fields[i + 1];
                return $"'{before}<TAB>{after}'";
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="field"/> leaves a quote unbalanced: an odd number of '"', or more '“' than '”' or the reverse.</summary>
    private static bool OpensQuote(string field) =>
        field.Count(c => c == '"') % 2 == 1 || field.Count(c => c == '\u201C') != field.Count(c => c == '\u201D');
}
