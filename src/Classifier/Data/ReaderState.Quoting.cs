namespace Classifier.Data;

/// <summary>Rows a spreadsheet wrote with its own quoting, which the format does not have.</summary>
internal sealed partial class ReaderState
{
    /// <summary>The rows read whose text is in spreadsheet quoting, with their text unquoted and the index of their warning.</summary>
    private readonly List<(LabeledExample Example, string Unquoted, int Warning)> _quoted = [];

    /// <summary>
    /// Ends the reading: a row in spreadsheet quoting whose unquoted text (and target) is another row's gets that row named
    /// in its warning, since the two are one sentence the conflict check, reading quotes as written, cannot pair; then
    /// throws when any error was found.
    /// </summary>
    /// <exception cref="DataFileException">A file had an error.</exception>
    public void Finish()
    {
        foreach (var (example, unquoted, index) in _quoted)
        {
            if (_seen.TryGetValue((unquoted, example.Target), out var other))
            {
                Warnings[index] = Warnings[index] with
                {
                    Message = Warnings[index].Message + (other.Label == example.Label
                        ? $"; unquoted, it is the row at {other.Location} (the same label): delete one of them"
                        : $"; unquoted, it is the row at {other.Location}, labeled '{other.Label}' there but '{example.Label}' here: give both the same label, and delete one"),
                };
            }
        }

        ThrowIfErrors();
    }

    /// <summary>
    /// Warns of a text in spreadsheet quoting: the whole text in <c>"</c>, each of its own quotes doubled
    /// (<c>"He said ""no""."</c>), as a spreadsheet saves a cell holding a quote. The format has no quoting, so the model
    /// would read the quotes as written.
    /// </summary>
    private void WarnOfQuoting(LabeledExample example)
    {
        if (Unquoted(example.Text) is not { } unquoted)
        {
            return;
        }

        _quoted.Add((example, unquoted, Warnings.Count));
        Warnings.Add(new DataFileError(example.Path, example.Line,
            "the text is in a spreadsheet's quoting (the whole text in quotes, each of its own quotes doubled: \"\"), which the format does not " +
            "have, so it is read with those quotes as they are; save the file from the spreadsheet without quoting (text delimiter none), " +
            "or remove the quotes around the text and write each \"\" as one \""));
    }

    /// <summary>
    /// <paramref name="text"/> without a spreadsheet's quoting: between its first and last <c>"</c>, with each <c>""</c> read
    /// as one <c>"</c>; null unless the whole text is in quotes, holds a doubled quote and no lone one.
    /// </summary>
    internal static string? Unquoted(string text)
    {
        if (text.Length < 4 || text[0] != '"' || text[^1] != '"')
        {
            return null;
        }

        var inner = text[1..^1];
        return inner.Contains("\"\"", StringComparison.Ordinal) && !inner.Replace("\"\"", string.Empty, StringComparison.Ordinal).Contains('"')
            ? inner.Replace("\"\"", "\"", StringComparison.Ordinal)
            : null;
    }
}
