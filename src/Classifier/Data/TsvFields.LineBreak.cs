namespace Classifier.Data;

/// <summary>A row a line break inside quotes splits over several lines.</summary>
internal static partial class TsvFields
{
    /// <summary>How many lines after a short row are joined to it in search of the quote it leaves open.</summary>
    private const int MostJoinedLines = 10;

    /// <summary>
    /// When line <paramref name="index"/> of <paramref name="lines"/> has no more fields than <paramref name="expected"/>, its
    /// last field leaves a <c>"</c> open, and the lines after it, joined to it, close that quote and together have the
    /// expected fields: one row a spreadsheet wrote over several lines, a cell holding a line break in quotes (the text
    /// column first, its first line short of fields; or last, its first line with them all and the rest without a tab).
    /// Returns the index of the row's last line and the error for the row (naming its lines and the words around the first
    /// break); null otherwise, when the line is read as a row of its own.
    /// </summary>
    public static (int Last, string Message)? QuotedLineBreak(string[] lines, int index, int expected)
    {
        // Counted on the line as it is, so that a row whose last field closes its quotes (nearly all) is passed without
        // splitting it again.
        var line = lines[index].AsSpan();
        if (line.Count('\t') + 1 > expected || line[(line.LastIndexOf('\t') + 1)..].Count('"') % 2 == 0)
        {
            // Too many fields, or no quote left open at the end (one left open by an earlier field, closed in a later one,
            // is a tab inside quotes, which WrongCount reports).
            return null;
        }

        var fields = lines[index].Split('\t');
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
                        "join the lines into one, each break replaced by a space" +
                        (fields[^1].TrimStart().StartsWith('"') && open.TrimEnd().EndsWith('"') ? ", and remove the spreadsheet's quotes around the text" : string.Empty))
                    : null;
            }
        }

        return null;
    }
}
