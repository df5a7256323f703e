namespace Classifier.Data;

/// <summary>Parses file contents into rows, collecting every problem rather than stopping at the first.</summary>
/// <param name="task">The task whose columns and labels the files must have.</param>
/// <param name="keepDuplicates">Keep repeated and conflicting rows (as warnings).</param>
/// <param name="functionWordTarget">The caller's judge of a target of only function words (see <see cref="TargetError"/>); null for none.</param>
internal sealed partial class ReaderState(ClassifierTask task, bool keepDuplicates, Func<string, bool>? functionWordTarget = null)
{
    private readonly IReadOnlyList<string> _labels = TaskLabels.For(task);
    private readonly Dictionary<(string Text, string? Target), LabeledExample> _seen = new();
    private readonly List<(int Order, DataFileError Error)> _errors = [];
    private int _totalErrors;

    /// <summary>How many problems have been found, the rows of <see cref="TargetError"/> among them: each one's place in the listing.</summary>
    private int _found;

    public List<LabeledExample> Examples { get; } = [];

    public List<DataFileError> Warnings { get; } = [];

    public void Error(string path, int line, string message)
    {
        _totalErrors++;
        _found++;
        if (_errors.Count < LabeledDataReader.MaxReportedErrors)
        {
            _errors.Add((_found, new DataFileError(path, line, message)));
        }
    }

    /// <summary>
    /// Throws the problems found, if any but the rows of <see cref="TargetError"/> were: the reader's own first (each one
    /// listed, up to the cap), then as many such rows as the cap leaves room for, all in the order they were found.
    /// </summary>
    private void ThrowIfErrors()
    {
        if (_totalErrors > 0)
        {
            var listed = _errors.Concat(_targetRows.Take(LabeledDataReader.MaxReportedErrors - _errors.Count))
                .OrderBy(e => e.Order).Select(e => e.Error).ToArray();
            throw new DataFileException(listed, _totalErrors + _targetRowCount);
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

        if (RowsTrailingTabs(lines, headerIndex, header.Length) is { } trailing)
        {
            Error(path, trailing.FirstRow, $"every row (lines {trailing.FirstRow}-{trailing.LastRow}, {trailing.Rows:N0} rows) ends with empty fields the header " +
                $"lacks (a tab or more after '{header[^1]}'); delete the tabs at the end of each line, or save the file again without the empty last columns");
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
                $"give a {TaskLabels.Name(task)} file, or use this one for {TaskLabels.Name(other)} (train --task {TaskLabels.Name(other)}, or evaluate a {TaskLabels.Name(other)} model on it)");
            return;
        }

        var rows = 0;
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            rows++;
            if (TsvFields.QuotedLineBreak(lines, i, header.Length) is { } split)
            {
                // One error for the row, and its later lines not read as rows of their own.
                Error(path, i + 1, split.Message);
                i = split.Last;
                continue;
            }

            ReadRow(path, i + 1, line, header.Length, columns.Value);
        }

        if (rows == 0)
        {
            Error(path, headerIndex + 1, "has a header but no data rows; add labeled rows below the header, one per line");
        }
    }

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

        if (label.Length == 0)
        {
            Error(path, line, $"empty label; write the row's label in the 'label' column, one of: {string.Join(", ", _labels)}");
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

        if (text.Length > Features.FeaturizerSettings.DefaultMaxTextLength)
        {
            // Most often lines run together (line breaks lost on the way), which no other check sees when the tabs still add up.
            Warnings.Add(new DataFileError(path, line, $"the text is {text.Length:N0} characters, more than the {Features.FeaturizerSettings.DefaultMaxTextLength:N0} " +
                "a model reads by default (the featurizer's maxTextLength), so the rest is not read; a row holds a sentence or a short passage: " +
                "check the line for lost line breaks, or split the text over several rows"));
        }

        var example = new LabeledExample(text, label, task == ClassifierTask.Stance ? target : null, path, line);
        WarnOfQuoting(example);
        AddUnique(example);
    }

    /// <summary>
    /// The task's label a bad one is likely a slip for, as a note to add to its error: the same label in another case
    /// ("Favor"), or one within two edits ("postive"); empty when none is.
    /// </summary>
    private string LabelMeant(string label)
    {
        if (string.Equals(label, "label", StringComparison.OrdinalIgnoreCase))
        {
            return " (this line repeats the header line, as when files are joined with cat: delete it)";
        }

        if (label.Length > 2 && label[0] == '"' && label[^1] == '"' && _labels.Contains(label[1..^1]))
        {
            return $" (it is in quotes, as a spreadsheet saved with quoting writes every field: save the file again without quoting " +
                $"(text delimiter none), or write '{label[1..^1]}')";
        }

        if (_labels.FirstOrDefault(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase)) is { } cased)
        {
            return $" (labels are lower case: write '{cased}')";
        }

        // A common other name for a label first ("con" is against, though within two edits of "none"), then a slip
        // within two edits ("postive"), then the start of one label ("pos", "neg").
        if (OtherNames.TryGetValue(label, out var meant) && _labels.Contains(meant))
        {
            return $" (did you mean '{meant}'?)";
        }

        var close = _labels.Where(l => label.Length > 2 && EditDistance.Between(label.ToLowerInvariant(), l) <= 2).ToArray();
        if (close.Length == 0)
        {
            close = _labels.Where(l => label.Length > 2 && l.StartsWith(label, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        return close.Length == 1 ? $" (did you mean '{close[0]}'?)" : string.Empty;
    }

    /// <summary>
    /// Other names analysts and public sets give the labels; each is suggested only for the task that has its label. No
    /// digits but "-1": "0" and "1" mean other labels in different sets (SST-2's 0 is negative, TweetEval's 1 neutral).
    /// </summary>
    private static readonly Dictionary<string, string> OtherNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["-1"] = "negative",
        ["pro"] = "favor", ["for"] = "favor", ["support"] = "favor", ["supports"] = "favor", ["in favor"] = "favor",
        ["con"] = "against", ["anti"] = "against", ["oppose"] = "against", ["opposes"] = "against", ["opposed"] = "against",
        ["neutral"] = "none", ["neither"] = "none", ["unrelated"] = "none",
    };

    private void AddUnique(LabeledExample example)
    {
        var key = (example.Text, example.Target);
        if (!_seen.TryGetValue(key, out var first))
        {
            _seen.Add(key, example);
            Keep(example);
            return;
        }

        var what = example.Target is null ? "the same text" : $"the same text and target '{example.Target}'";
        if (keepDuplicates)
        {
            Keep(example);
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
