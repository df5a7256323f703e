namespace Classifier.Data;

/// <summary>Reading a file's header: which columns it has, and what a header that does not fit its rows means.</summary>
internal sealed partial class ReaderState
{
    /// <summary>
    /// How many named columns end the header that no row has, when every row has the same number of fields fewer than the
    /// header and the required columns are all among the fields they have (a 'note' column added to the header alone):
    /// each row would otherwise be reported, and the mistake is the header's.
    /// </summary>
    private static int? HeaderColumnsNoRowHas(string[] lines, int headerIndex, string[] header, (int Text, int Label, int Target) columns)
    {
        int? fields = null;
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var count = lines[i].Split('\t').Length;
            if (fields is { } f && f != count)
            {
                return null;
            }

            fields = count;
        }

        return fields is { } n && n < header.Length && Math.Max(columns.Text, Math.Max(columns.Label, columns.Target)) < n
            ? header.Length - n
            : null;
    }

    /// <summary>
    /// How many empty column names end the header (tabs at the end of its line) and the first row that has that many fields
    /// fewer, when there is one: each such row would otherwise be reported, and the mistake is the header's.
    /// </summary>
    private static (int Count, int FirstRow)? HeaderTrailingTabs(string[] lines, int headerIndex, string[] header)
    {
        var count = header.Reverse().TakeWhile(h => h.Length == 0).Count();
        if (count == 0 || count == header.Length)
        {
            return null;
        }

        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0 && lines[i].Split('\t').Length == header.Length - count)
            {
                return (count, i + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// When every row (two or more) ends in one or more empty fields the header lacks, as a spreadsheet's export can write:
    /// the number of such rows and the first and last of their lines, so that one error says so instead of one per row.
    /// </summary>
    private static (int Rows, int FirstRow, int LastRow)? RowsTrailingTabs(string[] lines, int headerIndex, int fieldCount)
    {
        var (rows, first, last) = (0, 0, 0);
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length <= fieldCount || fields.Skip(fieldCount).Any(f => f.Trim().Length > 0))
            {
                return null;
            }

            (rows, first, last) = (rows + 1, first == 0 ? i + 1 : first, i + 1);
        }

        return rows >= 2 ? (rows, first, last) : null;
    }

    /// <summary>
    /// The other task, when the rows that have the header's number of fields all have a label of the other task (a stance
    /// file given where sentiment is needed): one error then says so, instead of one per row. When the header is the other
    /// task's too (a 'target' column read for sentiment, none read for stance), one such row is enough, so that an
    /// analyst's test file of a few rows is told as the corpus's are; else it takes five, so that a sentiment file whose
    /// few rows were all given stance labels is told so row by row.
    /// </summary>
    private ClassifierTask? OtherTasksLabels(string[] lines, int headerIndex, string[] header, int labelColumn)
    {
        var fieldCount = header.Length;
        var other = task == ClassifierTask.Stance ? ClassifierTask.Sentiment : ClassifierTask.Stance;
        var otherLabels = TaskLabels.For(other);
        var rows = 0;
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            if (fields.Length != fieldCount || lines[i].Trim().Length == 0)
            {
                continue;
            }

            var label = fields[labelColumn].Trim();
            if (!otherLabels.Contains(label))
            {
                return null;
            }

            rows++;
        }

        var otherHeader = header.Contains("target") == (other == ClassifierTask.Stance);
        return rows >= (otherHeader ? 1 : 5) ? other : null;
    }

    private (int Text, int Label, int Target)? FindColumns(string path, int line, string[] header, string[] lines, int headerIndex)
    {
        var duplicate = header.GroupBy(h => h).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1);
        if (duplicate is not null)
        {
            Error(path, line, $"column '{duplicate.Key}' appears more than once in the header; rename or remove one");
            return null;
        }

        var required = task == ClassifierTask.Stance ? new[] { "text", "target", "label" } : ["text", "label"];
        var missing = required.Where(r => !header.Contains(r)).ToArray();
        if (missing.Length > 0)
        {
            var found = ColumnsFound(header);
            // A sentiment file given for stance (evaluate with a stance model): said as the reverse mistake is, below.
            var other = missing is ["target"] ? OtherTasksLabels(lines, headerIndex, header, Array.IndexOf(header, "label")) : null;
            // A first line holding a label ("... cut rates<TAB>neutral") is a row: the file has no header line.
            // Lines ended by lone CRs in a file with a final LF are one line: adding a header would not help.
            // Names in quotes ("text"): a spreadsheet saved with quoting on, which quotes every field, the rows' too.
            var row = LineBreaks.LoneCarriageReturn(lines[headerIndex]) is { } cr ? $" The header line {cr}."
                : missing.Any(m => header.Contains($"\"{m}\"")) ? " The column names are in quotes, as a spreadsheet saved with quoting writes every field: " +
                    "save the file again without quoting (text delimiter none)."
                : header.FirstOrDefault(_labels.Contains) is { } held ? $" The first line holds the label '{held}', so it looks like a row, not a header: add a header line above it." : string.Empty;
            Error(path, line, $"missing required column{(missing.Length > 1 ? "s" : string.Empty)} " +
                $"{string.Join(", ", missing.Select(m => $"'{m}'"))}; columns found: {found}.{row} " +
                $"A {TaskLabels.Name(task)} file needs a tab-separated header with {RequiredColumnsText()}" +
                (other is { } o ? $"; every row's label is a {TaskLabels.Name(o)} label, so this looks like a {TaskLabels.Name(o)} file: " +
                    $"give a {TaskLabels.Name(task)} file, or use this one for {TaskLabels.Name(o)} (train --task {TaskLabels.Name(o)}, or evaluate a {TaskLabels.Name(o)} model on it)" : string.Empty));
            return null;
        }

        return (Array.IndexOf(header, "text"), Array.IndexOf(header, "label"), Array.IndexOf(header, "target"));
    }

    /// <summary>
    /// The header's first <see cref="ColumnsListed"/> names, each cut to <see cref="Stance.TargetLength.Quoted"/> characters,
    /// and how many there are in all when there are more: a header that is not one (a file without tabs or line breaks
    /// the reader knows) is named by its start, never printed whole; a carriage return in a name is shown as <c>\r</c>, not
    /// sent to the terminal, where it would move the cursor back over the message. The alias and representatives readers
    /// list a bad header so too.
    /// </summary>
    internal static string ColumnsFound(string[] header)
    {
        var names = header.Take(ColumnsListed).Select(h => h.Length == 0 ? "(empty)"
            : h.Length > Stance.TargetLength.Quoted ? Stance.TargetLength.Cut(h) : h).Select(h => h.Replace("\r", "\\r", StringComparison.Ordinal));
        var more = header.Length > ColumnsListed ? $", … ({header.Length} columns in all)" : string.Empty;
        return string.Join(", ", names) + more;
    }

    /// <summary>How many of a bad header's column names an error lists.</summary>
    private const int ColumnsListed = 6;

    private string RequiredColumnsText() =>
        task == ClassifierTask.Stance ? "'text', 'target' and 'label'" : "'text' and 'label'";
}
