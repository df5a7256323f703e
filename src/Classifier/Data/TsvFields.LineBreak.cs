namespace Classifier.Data;

/// <summary>A row a line break inside quotes splits over several lines.</summary>
internal static partial class TsvFields
{
    /// <summary>How many lines after a short row are joined to it in search of the quote it leaves open.</summary>
    private const int MostJoinedLines = 10;

    /// <summary>
    /// When line <paramref name="index"/> of <paramref name="lines"/> has fewer fields than <paramref name="expected"/>, its
    /// last field leaves a <c>"</c> open, and the lines after it, joined to it, close that quote and together have the
    /// expected fields: one row a spreadsheet wrote over several lines, a cell holding a line break in quotes. Returns the
    /// index of the row's last line and the error for the row (naming its lines and the words around the first break); null
    /// otherwise, when the line is read as a row of its own.
    /// </summary>
    public static (int Last, string Message)? QuotedLineBreak(string[] lines, int index, int expected)
    {
        if (lines[index].AsSpan().Count('\t') + 1 >= expected)
        {
            // Every row of the right length is passed by this count alone, without splitting it again.
            return null;
        }

        var fields = lines[index].Split('\t');
        if (fields.Length >= expected || fields[^1].Count(c => c == '"') % 2 == 0)
        {
            // A quote left open by an earlier field would have closed in it (a tab inside quotes): not a break.
            return null;
        }

        var (open, count) = (fields[^1], fields.Length);
        for (var last = index + 1; last < lines.Length && last <= index + MostJoinedLines; last++)
        {
            // The quoted field goes on in the next line's first field; the rest of that line's fields follow it.
            var next = lines[last].Split('\t');
            open += "\n" + next[0];
            count += next.Length - 1;
            if (count > expected)
            {
                return null;
            }

            if (open.Count(c => c == '"') % 2 == 0)
            {
                return count == expected
                    ? (last, $"one row over lines {index + 1}-{last + 1}: a line break inside quotes ('{Tail(fields[^1])}<line break>{Head(lines[index + 1].Split('\t')[0])}'), " +
                        "as a spreadsheet saves a cell holding one; the format has no quoting, so every line is a row: " +
                        "join the lines into one, each break replaced by a space")
                    : null;
            }
        }

        return null;
    }
}
