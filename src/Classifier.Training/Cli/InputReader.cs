using System.Text.Json;

namespace Classifier.Training.Cli;

/// <summary>
/// One item to score: a text, optionally with its own stance target, and where it came from; or, when the
/// line could not be read, <see cref="Error"/> says why (the item is reported, not scored).
/// </summary>
internal sealed record InputItem(string Text, string? Target, long Line, string? Error = null);

/// <summary>
/// Reads texts to score, lazily, so any size streams in constant memory: plain lines (each line is a
/// text), TSV with a header naming a <c>text</c> column (and optionally <c>target</c>), or JSON lines
/// (<c>{"text": ..., "target": ...}</c>). Column names and JSON keys are matched ignoring case (<see cref="JsonLineKeys"/>).
/// </summary>
internal static class InputReader
{
    public static readonly string[] Formats = ["lines", "tsv", "jsonl"];

    /// <summary>The format to read: the one asked for, else from the file's extension, else plain lines.</summary>
    public static string Detect(string? requested, string? path) => requested
        ?? Path.GetExtension(path ?? string.Empty).ToLowerInvariant() switch
        {
            ".tsv" => "tsv",
            ".jsonl" or ".json" or ".ndjson" => "jsonl",
            _ => "lines",
        };

    /// <summary>
    /// The items of <paramref name="reader"/>, read as <paramref name="format"/>. A line that is not valid UTF-8 is an item
    /// with an <see cref="InputItem.Error"/>, reported and not scored; a binary input is refused when its first NUL byte
    /// is read (see <see cref="Utf8LineReader"/>).
    /// </summary>
    public static IEnumerable<InputItem> Read(Utf8LineReader reader, string format, string source) => format switch
    {
        "tsv" => Tsv(reader, source),
        "jsonl" => JsonLines(reader),
        _ => Lines(reader),
    };

    /// <summary>
    /// Whether the input declares stance targets, decided from its first line alone, read ahead with
    /// <see cref="Utf8LineReader.PeekLine"/> so that <see cref="Read"/> still reads it: a TSV header naming a <c>target</c>
    /// column, or a first JSON line (blank lines before it, which carry no input, are passed over) with a <c>"target"</c>
    /// string (either matched ignoring case). Plain lines never do. A first line that cannot be read as text declares none; <see cref="Read"/> reports it.
    /// Standard input may never end, so nothing past that line is waited for.
    /// </summary>
    /// <exception cref="Classifier.Data.DataFileException">The input has a NUL byte in its first line or is UTF-16.</exception>
    public static bool DeclaresTargets(Utf8LineReader reader, string format)
    {
        if (format == "jsonl")
        {
            while (reader.PeekLine() is { } blank && blank.Text.Trim().Length == 0)
            {
                reader.ReadLine();
            }
        }

        if (format is not ("tsv" or "jsonl") || reader.PeekLine() is not (var text, _, null))
        {
            return false;
        }

        if (format == "tsv")
        {
            return text.Split('\t').Any(h => h.Trim().Equals("target", StringComparison.OrdinalIgnoreCase));
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object && JsonLineKeys.HasString(doc.RootElement, "target");
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The columns of a TSV input's header when it names no <c>target</c> column, read ahead with
    /// <see cref="Utf8LineReader.PeekLine"/> as <see cref="DeclaresTargets"/> reads it; null when it names one, when the input
    /// is not TSV, or when its first line is missing, empty or unreadable (<see cref="Read"/> reports those).
    /// </summary>
    /// <exception cref="Classifier.Data.DataFileException">The input has a NUL byte in its first line or is UTF-16.</exception>
    public static string[]? ColumnsWithoutTarget(Utf8LineReader reader, string format)
    {
        if (format != "tsv" || reader.PeekLine() is not (var text, _, null) || text.Trim().Length == 0)
        {
            return null;
        }

        var header = text.Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        return header.Contains("target") ? null : header;
    }

    /// <summary>
    /// The first JSON line of a JSON-lines input when it is an object with no <c>"target"</c> string: its line number and the
    /// keys it has, read ahead with <see cref="Utf8LineReader.PeekLine"/> (blank lines before it passed over) as
    /// <see cref="DeclaresTargets"/> reads it; null when it has a target, when the input is not JSON lines, or when its first
    /// line is missing or is no JSON object (<see cref="Read"/> reports those). Standard input may never end, so nothing past
    /// that line is waited for.
    /// </summary>
    /// <exception cref="Classifier.Data.DataFileException">The input has a NUL byte in its first line or is UTF-16.</exception>
    public static (long Line, string[] Keys)? FirstLineWithoutTarget(Utf8LineReader reader, string format)
    {
        if (format != "jsonl")
        {
            return null;
        }

        while (reader.PeekLine() is { } blank && blank.Text.Trim().Length == 0)
        {
            reader.ReadLine();
        }

        if (reader.PeekLine() is not (var text, var number, null))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind != JsonValueKind.Object || JsonLineKeys.HasString(doc.RootElement, "target")
                ? null
                : (number, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What an input of <paramref name="format"/> scored by a stance model without a target is told, in that format's terms.</summary>
    public static string NoTarget(string format) => format == "jsonl"
        ? "no \"target\" string; give this line one, or give --target T for the lines without one"
        : "no target; give --target or a target column";

    private static IEnumerable<InputItem> Lines(Utf8LineReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            // A blank or white-space-only line is no text, as in TSV and JSON lines: skipped, so a file's blank lines
            // between paragraphs are not scored (the items keep their line numbers). A text given as an argument is
            // scored whatever it is.
            if (line.Problem is null && string.IsNullOrWhiteSpace(line.Text))
            {
                continue;
            }

            yield return new InputItem(line.Text, null, line.Number, line.Problem);
        }
    }

    private static IEnumerable<InputItem> Tsv(Utf8LineReader reader, string source)
    {
        // A bad input, not a bad command: exit 2, as a missing, unreadable or malformed --file is (docs/cli.md).
        var first = reader.ReadLine() ?? throw Utf8Text.Refusal(source, 1, "empty input; a TSV needs a header line with a 'text' column");
        if (first.Problem is not null)
        {
            throw Utf8Text.Refusal(source, 1, first.Problem);
        }

        // The reader has already dropped a byte-order mark, so a BOM-only first line arrives here empty too.
        if (first.Text.Trim().Length == 0)
        {
            throw Utf8Text.Refusal(source, 1, "the header line is empty; a TSV starts with a header line naming a 'text' column (and 'target' for stance)");
        }

        var header = first.Text.Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var (ti, gi) = (Array.IndexOf(header, "text"), Array.IndexOf(header, "target"));
        if (ti < 0)
        {
            throw Utf8Text.Refusal(source, 1, $"no 'text' column; columns found: {string.Join(", ", header)}; " +
                "name the column that holds the texts 'text' in the header line");
        }

        // The fields a row needs: up to the header's last named column, so that a tab at the end of the header (an empty
        // name) asks no row for a field after it.
        var named = Array.FindLastIndex(header, h => h.Length > 0) + 1;
        while (reader.ReadLine() is (var line, var n, var problem))
        {
            // Blank and white-space-only lines are skipped, as labeled data files skip them.
            if (line.Trim().Length == 0)
            {
                continue;
            }

            // A row short of the header's fields is refused even when the text (and target) columns it has are there: most
            // often a tab lost, so that the row's text runs into its label ("Talks resumed. positive"), as the data reader refuses it.
            var fields = line.Split('\t');
            if (fields.Length < named)
            {
                yield return new InputItem(line, null, n, $"expected {named} tab-separated fields, found {fields.Length}");
                continue;
            }

            // A row that is not valid UTF-8 keeps its fields (the bad bytes read as U+FFFD) to be reported with its target.
            yield return new InputItem(fields[ti], gi >= 0 && fields[gi].Length > 0 ? fields[gi] : null, n, problem);
        }
    }

    private static IEnumerable<InputItem> JsonLines(Utf8LineReader reader)
    {
        while (reader.ReadLine() is (var line, var n, var problem))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            string? text = null, target = null, error = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = $"not a JSON object but {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}";
                }
                else
                {
                    (text, error) = JsonLineKeys.Find(doc.RootElement, "text");
                }

                if (error is null)
                {
                    (target, error) = JsonLineKeys.Find(doc.RootElement, "target");
                }
            }
            catch (JsonException ex)
            {
                // Without System.Text.Json's own position ("LineNumber: 0 | BytePositionInLine: 1."): it counts from 0
                // within this one line, and would contradict the file's line number the error is reported with.
                var cut = ex.Message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
                error = $"not valid JSON ({(cut > 0 ? ex.Message[..cut] : ex.Message)})";
            }

            // A line that is not valid UTF-8 is reported as such, with what could be read of it (bad bytes as U+FFFD).
            yield return problem is not null ? new InputItem(text ?? line, target, n, problem)
                : error is null && text is null ? new InputItem(line, null, n, "no \"text\" string")
                : new InputItem(error is null ? text! : line, target, n, error);
        }
    }
}
