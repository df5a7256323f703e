using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Serialization;

/// <summary>
/// Writes a <see cref="TextSpan"/> as an object of <c>Start</c> and <c>Length</c>, named by the options' naming policy,
/// and reads one back checked as its constructor checks it, so that a bad span (a negative start, one missing, one ending
/// past <see cref="int.MaxValue"/>) is a <see cref="JsonException"/>, as for every other result record, not the
/// constructor's <see cref="ArgumentOutOfRangeException"/>. <see cref="TextSpan"/> names it in a
/// <see cref="JsonConverterAttribute"/>; it is public so that source-generated serialisers (trimmed or AOT apps) can use it too.
/// </summary>
/// <threadsafety>Instances hold no state and are safe to use from any number of threads.</threadsafety>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    /// <summary>Reads a span.</summary>
    /// <param name="reader">The reader, at the object.</param>
    /// <param name="typeToConvert">The type to read, <see cref="TextSpan"/>.</param>
    /// <param name="options">The options: their naming policy and case-insensitivity name the properties.</param>
    /// <returns>The span.</returns>
    /// <exception cref="JsonException">The JSON is not an object with a whole <c>Start</c> and <c>Length</c> of 0 or more, ending by <see cref="int.MaxValue"/>.</exception>
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, options, nameof(TextSpan));

    /// <summary>Writes a span.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The span.</param>
    /// <param name="options">The options: their naming policy names the properties.</param>
    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteSpan(writer, value, options);
    }

    /// <summary>A span as an object of <c>Start</c> and <c>Length</c> (a span alone, or one of a <see cref="FeatureContribution"/>'s).</summary>
    internal static void WriteSpan(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonFields.Name(nameof(TextSpan.Start), options), value.Start);
        writer.WriteNumber(JsonFields.Name(nameof(TextSpan.Length), options), value.Length);
        writer.WriteEndObject();
    }

    /// <summary>A span read as a part of <paramref name="typeName"/> (a <see cref="FeatureContribution"/>'s, or a span alone), its errors said in that type's terms.</summary>
    internal static TextSpan Read(ref Utf8JsonReader reader, JsonSerializerOptions options, string typeName)
    {
        JsonFields.StartObject(ref reader, nameof(TextSpan));
        (int? start, int? length) = (null, null);
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            if (JsonFields.Is(name, nameof(TextSpan.Start), options))
            {
                start = JsonFields.Integer(ref reader, nameof(TextSpan.Start), typeName);
            }
            else if (JsonFields.Is(name, nameof(TextSpan.Length), options))
            {
                length = JsonFields.Integer(ref reader, nameof(TextSpan.Length), typeName);
            }
            else
            {
                JsonFields.Skip(ref reader, name, nameof(TextSpan), options);
            }
        }

        // Checked here, as TextSpan's constructor checks them, so that a bad span is a JSON error, not an argument error.
        return start is { } s && length is { } l && TextSpan.Fits(s, l)
            ? new TextSpan(s, l)
            : throw JsonFields.Error(typeName, $"a span has Start {start?.ToString(CultureInfo.InvariantCulture) ?? "missing"} and Length {length?.ToString(CultureInfo.InvariantCulture) ?? "missing"}; each must be a whole number of 0 or more, ending by int.MaxValue.");
    }
}
