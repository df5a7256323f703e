using System.Text.Encodings.Web;
using System.Text.Json;

namespace Classifier.Training.Cli;

/// <summary>JSON output settings shared by the commands: indented, and non-ASCII text written as itself, not as \u escapes.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions CamelCaseIndented { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonWriterOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON line to <paramref name="output"/>: an object whose members <paramref name="members"/> writes, in <see cref="Compact"/> form.</summary>
    public static void Line(TextWriter output, Action<Utf8JsonWriter> members)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            w.WriteStartObject();
            members(w);
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
