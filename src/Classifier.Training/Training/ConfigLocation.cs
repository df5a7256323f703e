using System.Text;
using System.Text.Json;

namespace Classifier.Training.Training;

/// <summary>
/// Where a setting is written in a config file, for the errors found once the JSON has been read (a value out of its
/// range), which System.Text.Json reports without a position.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class ConfigLocation
{
    /// <summary>
    /// The 1-based line of <paramref name="setting"/> (a .NET property name, such as <c>MaxFeatures</c>, written in the file
    /// camel-cased) in the top-level object <paramref name="section"/> of <paramref name="json"/>: of its last occurrence, the
    /// value the reader keeps; when the section does not write it (a rule between settings named after one left at its
    /// default), the line of the section itself; 0 when neither is written.
    /// </summary>
    /// <param name="json">The config file's text.</param>
    /// <param name="section">The top-level key: <c>featurizer</c> or <c>trainer</c>.</param>
    /// <param name="setting">The setting's .NET name, as an <see cref="ArgumentException.ParamName"/> gives it; null for the section's own line.</param>
    public static int LineOf(string json, string section, string? setting)
    {
        var name = setting is { Length: > 0 } ? JsonNamingPolicy.CamelCase.ConvertName(setting) : null;
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var (sectionLine, settingLine) = (0, 0);
        var current = (string?)null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (reader.CurrentDepth == 1)
                {
                    current = reader.GetString();
                    sectionLine = current == section ? Line(bytes, reader.TokenStartIndex) : sectionLine;
                }
                else if (reader.CurrentDepth == 2 && current == section && name is not null && reader.ValueTextEquals(name))
                {
                    settingLine = Line(bytes, reader.TokenStartIndex);
                }
            }
        }
        catch (JsonException)
        {
            // A range error can come before a syntax error further on (the reader stops at the first problem): keep what was found.
        }

        return settingLine > 0 ? settingLine : sectionLine;
    }

    /// <summary>The 1-based line of byte <paramref name="index"/>, counted as System.Text.Json counts lines (by line feeds).</summary>
    private static int Line(byte[] bytes, long index) => bytes.AsSpan(0, (int)index).Count((byte)'\n') + 1;
}
