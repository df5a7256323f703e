namespace Classifier.Data;

/// <summary>Parses file contents into rows, collecting every problem rather than stopping at the first.</summary>
internal sealed class ReaderState(ClassifierTask task, bool keepDuplicates)
{
    private readonly IReadOnlyList<string> _labels = TaskLabels.For(task);
    private readonly Dictionary<(string Text, string? Target), LabeledExample> _seen = new();
    private readonly List<DataFileError> _errors = [];
    private int _totalErrors;

    public List<LabeledExample> Examples { get; } = [];

    public List<DataFileError> Warnings { get; } = [];

    public void Error(string path, int line, string message)
    {
        _totalErrors++;
        if (_errors.Count < LabeledDataReader.MaxReportedErrors)
        {
            _errors.Add(new DataFileError(path, line, message));
        }
    }

    public void ThrowIfErrors()
    {
        if (_totalErrors > 0)
        {
            throw new DataFileException(_errors, _totalErrors);
        }
    }

    public void ReadFile(string path, string content)
    {
        var lines = LineBreaks.Split(content);
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            Error(path, 1, $"file is empty; it needs a header line naming the columns ({RequiredColumnsText()})");
            return;
        }

        var header = lines[headerIndex].TrimStart('\uFEFF').Split('\t')
            .Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var columns = FindColumns(path, headerIndex + 1, header, lines, headerIndex);
        if (columns is null)
        {
            return;
        }

        if (HeaderTrailingTabs(lines, headerIndex, header) is { } tabs)
        {
            Error(path, headerIndex + 1, $"the header ends with {(tabs.Count == 1 ? "a tab" : $"{tabs.Count} tabs")} (an empty column name after " +
                $"'{header[^(tabs.Count + 1)]}') that the rows lack (line {tabs.FirstRow} has {header.Length - tabs.Count} fields); " +
                "delete the tab at the end of the header line");
            return;
        }

        if (HeaderColumnsNoRowHas(lines, headerIndex, header, columns.Value) is { } unfilled)
        {
            var names = header[^unfilled..];
            Error(path, headerIndex + 1, $"the header names {(unfilled == 1 ? "a column" : $"{unfilled} columns")} after '{header[^(unfilled + 1)]}' " +
                $"({string.Join(", ", names.Select(n => $"'{n}'"))}) that no row has (every row has {header.Length - unfilled} fields); " +
                $"delete {(unfilled == 1 ? "it" : "them")} from the header, or give every row a value for {(unfilled == 1 ? "it" : "them")} (after a tab; an empty one is fine)");
            return;
        }

        if (OtherTasksLabels(lines, headerIndex, header, columns.Value.Label) is { } other)
        {
            Error(path, headerIndex + 1, $"every row's label is a {TaskLabels.Name(other)} label ({string.Join(", ", TaskLabels.For(other))}): " +
                $"this looks like a {TaskLabels.Name(other)} file, and {TaskLabels.Name(task)} labels ({string.Join(", ", _labels)}) are needed here; " +
                $"give a {TaskLabels.Name(task)} file, or use this one for {TaskLabels.Name(other)} (--task {TaskLabels.Name(other)}, or a {TaskLabels.Name(other)} model)");
            return;
        }

        var rows = 0;
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length > 0)
            {
                rows++;
                ReadRow(path, i + 1, line, header.Length, columns.Value);
            }
        }

        if (rows == 0)
        {
            Error(path, headerIndex + 1, "has a header but no data rows; add labeled rows below the header, one per line");
        }
    }

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
            Error(path, line, $"missing required column{(missing.Length > 1 ? "s" : string.Empty)} " +
                $"{string.Join(", ", missing.Select(m => $"'{m}'"))}; columns found: {found}. " +
                $"A {TaskLabels.Name(task)} file needs a tab-separated header with {RequiredColumnsText()}" +
                (other is { } o ? $"; every row's label is a {TaskLabels.Name(o)} label, so this looks like a {TaskLabels.Name(o)} file: " +
                    $"give a {TaskLabels.Name(task)} file, or use this one for {TaskLabels.Name(o)} (--task {TaskLabels.Name(o)}, or a {TaskLabels.Name(o)} model)" : string.Empty));
            return null;
        }

        return (Array.IndexOf(header, "text"), Array.IndexOf(header, "label"), Array.IndexOf(header, "target"));
    }

    /// <summary>
    /// The header's first <see cref="ColumnsListed"/> names, each cut to <see cref="Stance.TargetLength.Quoted"/> characters,
    /// and how many there are in all when there are more: a header that is not one (a file without tabs or line breaks
    /// the reader knows) is named by its start, never printed whole.
    /// </summary>
    private static string ColumnsFound(string[] header)
    {
        var names = header.Take(ColumnsListed).Select(h => h.Length == 0 ? "(empty)"
            : h.Length > Stance.TargetLength.Quoted ? Stance.TargetLength.Cut(h) : h);
        var more = header.Length > ColumnsListed ? $", … ({header.Length} columns in all)" : string.Empty;
        return string.Join(", ", names) + more;
    }

    /// <summary>How many of a bad header's column names an error lists.</summary>
    private const int ColumnsListed = 6;

    private string RequiredColumnsText() =>
        task == ClassifierTask.Stance ? "'text', 'target' and 'label'" : "'text' and 'label'";

    private void ReadRow(string path, int line, string raw, int fieldCount, (int Text, int Label, int Target) col)
    {
        var fields = raw.Split('\t');
        if (fields.Length != fieldCount)
        {
            Error(path, line, TsvFields.WrongCount(fieldCount, fields));
            return;
        }

        var text = fields[col.Text].Trim();
        var label = fields[col.Label].Trim();
        var target = col.Target >= 0 ? fields[col.Target].Trim() : null;
        if (text.Length == 0)
        {
            Error(path, line, "empty text; write the sentence in the 'text' column or delete the row");
            return;
        }

        if (!_labels.Contains(label))
        {
            Error(path, line, $"label '{label}' is not a {TaskLabels.Name(task)} label; use one of: {string.Join(", ", _labels)}{LabelMeant(label)}");
            return;
        }

        if (task == ClassifierTask.Stance && string.IsNullOrEmpty(target))
        {
            Error(path, line, "empty target; name the target the stance is about in the 'target' column");
            return;
        }

        if (task == ClassifierTask.Stance && Stance.TargetLength.RowProblem(target) is { } tooLong)
        {
            // Most often a text in the target column (columns out of the header's order); no model would score it.
            Error(path, line, tooLong);
            return;
        }

        if (task == ClassifierTask.Stance && Stance.TargetCharacters.RowProblem(target) is { } characters)
        {
            // A target no model would score ("." would match every full stop); see StanceClassifier.CheckTarget.
            Error(path, line, characters);
            return;
        }

        if (LabelSpaces.Warning(fields[col.Label], label) is { } spaces)
        {
            Warnings.Add(new DataFileError(path, line, spaces));
        }

        var example = new LabeledExample(text, label, task == ClassifierTask.Stance ? target : null, path, line);
        AddUnique(example);
    }

    /// <summary>
    /// The task's label a bad one is likely a slip for, as a note to add to its error: the same label in another case
    /// ("Favor"), or one within two edits ("postive"); empty when none is.
    /// </summary>
    private string LabelMeant(string label)
    {
        if (_labels.FirstOrDefault(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase)) is { } cased)
        {
            return $" (labels are lower case: write '{cased}')";
        }

        var close = _labels.Where(l => label.Length > 2 && EditDistance.Between(label.ToLowerInvariant(), l) <= 2).ToArray();
        return close.Length == 1 ? $" (did you mean '{close[0]}'?)" : string.Empty;
    }

    private void AddUnique(LabeledExample example)
    {
        var key = (example.Text, example.Target);
        if (!_seen.TryGetValue(key, out var first))
        {
            _seen.Add(key, example);
            Examples.Add(example);
            return;
        }

        var what = example.Target is null ? "the same text" : $"the same text and target '{example.Target}'";
        if (keepDuplicates)
        {
            Examples.Add(example);
            Warnings.Add(new DataFileError(example.Path, example.Line, first.Label == example.Label
                ? $"duplicate of {first.Location} ({what} and label); kept"
                : $"{what} has label '{first.Label}' at {first.Location} but '{example.Label}' here; both kept"));
        }
        else if (first.Label == example.Label)
        {
            Warnings.Add(new DataFileError(example.Path, example.Line,
                $"duplicate of {first.Location} ({what} and label); kept once"));
        }
        else
        {
            Error(example.Path, example.Line, $"{what} has label '{first.Label}' at {first.Location} but " +
                $"'{example.Label}' here; give both rows the same label or delete one");
        }
    }
}
