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
    /// camel-cased) in the top-level object <paramref name="section"/> of <paramref name="json"/>, for a value checked once
    /// the file has been read: of its last occurrence in the section's last occurrence, the value the reader keeps (a
    /// repeated section replaces the earlier); when that section does not write it (a rule between settings named after
    /// one left at its default), the line of the section itself; 0 when neither is written.
    /// </summary>
    /// <param name="json">The config file's text.</param>
    /// <param name="section">The top-level key: <c>featurizer</c> or <c>trainer</c>.</param>
    /// <param name="setting">The setting's .NET name, as an <see cref="ArgumentException.ParamName"/> gives it; null for the section's own line.</param>
    public static int LineOf(string json, string section, string? setting) => Find(json, section, setting, refused: null);

    /// <summary>
    /// The 1-based line of the value of <paramref name="setting"/> in <paramref name="section"/> refused as the file is
    /// read (a setting's own range, checked by its <c>init</c> accessor): the first occurrence, in any occurrence of the
    /// section, whose value is <paramref name="value"/> (the reader stops there, so a later occurrence that would have
    /// replaced it does not matter); when none is found, as <see cref="LineOf"/>.
    /// </summary>
    /// <param name="json">The config file's text.</param>
    /// <param name="section">The top-level key: <c>featurizer</c> or <c>trainer</c>.</param>
    /// <param name="setting">The setting's .NET name, as an <see cref="ArgumentException.ParamName"/> gives it.</param>
    /// <param name="value">The value refused, as <see cref="ArgumentOutOfRangeException.ActualValue"/> gives it.</param>
    public static int LineOfRefused(string json, string section, string? setting, object? value) =>
        value is null ? LineOf(json, section, setting) : Find(json, section, setting, value);

    private static int Find(string json, string section, string? setting, object? refused)
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
                    if (current == section)
                    {
                        // A repeated section replaces the earlier one whole: only its own settings count.
                        (sectionLine, settingLine) = (Line(bytes, reader.TokenStartIndex), 0);
                    }
                }
                else if (reader.CurrentDepth == 2 && current == section && name is not null && reader.ValueTextEquals(name))
                {
                    var line = Line(bytes, reader.TokenStartIndex);
                    if (refused is null)
                    {
                        settingLine = line;
                    }
                    else if (reader.Read() && Holds(ref reader, refused))
                    {
                        return line;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A range error can come before a syntax error further on (the reader stops at the first problem): keep what was found.
        }

        return refused is not null ? LineOf(json, section, setting) : settingLine > 0 ? settingLine : sectionLine;
    }

    /// <summary>Whether the value the reader is on is <paramref name="value"/> (a number or text, as settings are).</summary>
    private static bool Holds(ref Utf8JsonReader reader, object value) => reader.TokenType switch
    {
        JsonTokenType.Number => value switch
        {
            int i => reader.TryGetInt32(out var read) && read == i,
            long l => reader.TryGetInt64(out var read) && read == l,
            float f => reader.TryGetSingle(out var read) && read.Equals(f),
            double d => reader.TryGetDouble(out var read) && read.Equals(d),
            _ => false,
        },
        JsonTokenType.String => value is string s && reader.ValueTextEquals(s),
        _ => false,
    };

    /// <summary>The 1-based line of byte <paramref name="index"/>, counted as System.Text.Json counts lines (by line feeds).</summary>
    private static int Line(byte[] bytes, long index) => bytes.AsSpan(0, (int)index).Count((byte)'\n') + 1;
}
