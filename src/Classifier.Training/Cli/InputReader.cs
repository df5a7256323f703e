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
/// (<c>{"text": ..., "target": ...}</c>).
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
    /// The items of <paramref name="reader"/>, read as <paramref name="format"/>; a byte-order mark opening the input is
    /// dropped, as file readers drop it (standard input keeps it otherwise).
    /// </summary>
    public static IEnumerable<InputItem> Read(TextReader reader, string format, string source)
    {
        reader = new ByteOrderMarkSkipper(reader);
        return format switch
        {
            "tsv" => Tsv(reader, source),
            "jsonl" => JsonLines(reader, source),
            _ => Lines(reader),
        };
    }

    /// <summary>Reads lines from another reader, without a U+FEFF opening the first.</summary>
    private sealed class ByteOrderMarkSkipper(TextReader inner) : TextReader
    {
        private bool _first = true;

        public override string? ReadLine()
        {
            var line = inner.ReadLine();
            if (_first && line is not null)
            {
                _first = false;
                return line.TrimStart('\uFEFF');
            }

            return line;
        }
    }

    private static IEnumerable<InputItem> Lines(TextReader reader)
    {
        long n = 0;
        while (reader.ReadLine() is { } line)
        {
            yield return new InputItem(line, null, ++n);
        }
    }

    private static IEnumerable<InputItem> Tsv(TextReader reader, string source)
    {
        var header = reader.ReadLine()?.TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToArray()
            ?? throw new UsageException($"{source}: empty input; a TSV needs a header line with a 'text' column");
        var (ti, gi) = (Array.IndexOf(header, "text"), Array.IndexOf(header, "target"));
        if (ti < 0)
        {
            throw new UsageException($"{source}:1: no 'text' column; columns found: {string.Join(", ", header)}");
        }

        long n = 1;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length <= ti || (gi >= 0 && fields.Length <= gi))
            {
                yield return new InputItem(line, null, n, $"expected {header.Length} tab-separated fields, found {fields.Length}");
                continue;
            }

            yield return new InputItem(fields[ti], gi >= 0 && gi < fields.Length && fields[gi].Length > 0 ? fields[gi] : null, n);
        }
    }

    private static IEnumerable<InputItem> JsonLines(TextReader reader, string source)
    {
        long n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
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
                else if (doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    text = t.GetString();
                }

                if (error is null && doc.RootElement.TryGetProperty("target", out var g) && g.ValueKind == JsonValueKind.String)
                {
                    target = g.GetString();
                }
            }
            catch (JsonException ex)
            {
                error = $"not valid JSON ({ex.Message})";
            }

            yield return error is null && text is null
                ? new InputItem(line, null, n, "no \"text\" string")
                : new InputItem(error is null ? text! : line, target, n, error);
        }
    }
}
