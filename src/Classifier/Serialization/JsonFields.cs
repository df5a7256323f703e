using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Serialization;

/// <summary>
/// What the result converters share: property names as the options' naming policy writes them (read back in any case),
/// numbers as the options' number handling allows, and errors that say which type could not be read and why.
/// </summary>
internal static class JsonFields
{
    /// <summary>The JSON name of the property <paramref name="name"/> under <paramref name="options"/>.</summary>
    public static string Name(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;

    /// <summary>Whether the JSON property <paramref name="json"/> is <paramref name="name"/>: in any case, or as the naming policy writes it.</summary>
    public static bool Is(string json, string name, JsonSerializerOptions options) =>
        json.Equals(name, StringComparison.OrdinalIgnoreCase) || json == Name(name, options);

    /// <summary>An error reading a <paramref name="type"/>; <paramref name="problem"/> is a sentence, lower-cased to follow the colon.</summary>
    public static JsonException Error(string type, string problem) =>
        new($"Cannot read JSON as {type}: {char.ToLowerInvariant(problem[0])}{problem[1..]}");

    /// <summary>Checks that the reader is at the start of an object.</summary>
    public static void StartObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(type, $"expected a JSON object, found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Checks that the property <paramref name="name"/> holds an array.</summary>
    public static void StartArray(ref Utf8JsonReader reader, string name, string type)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(type, $"'{name}' must be an array, not {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Moves to the next property's value, giving its name; false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    /// <summary>Skips a property the type does not have, or refuses it when the options disallow unmapped members.</summary>
    public static void Skip(ref Utf8JsonReader reader, string name, string type, JsonSerializerOptions options)
    {
        if (options.UnmappedMemberHandling == JsonUnmappedMemberHandling.Disallow)
        {
            throw Error(type, $"it has a property '{name}', which {type} does not have.");
        }

        reader.Skip();
    }

    public static string String(ref Utf8JsonReader reader, string name, string type) => reader.TokenType == JsonTokenType.String
        ? reader.GetString()!
        : throw Error(type, $"'{name}' must be a string, not {Describe(reader.TokenType)}.");

    /// <summary>A number, as the options' number handling allows; <paramref name="name"/> is the property's name, quoted in the
    /// error, or, with <paramref name="described"/>, a description or path of the value written as it is ("the probability of
    /// 'positive'", "the value of 'positive' in 'MeanSentiment'"), which quotes of its own would nest.</summary>
    public static double Number(ref Utf8JsonReader reader, string name, string type, JsonSerializerOptions options, bool described = false)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) != 0
            && double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return value;
        }

        throw Error(type, $"{(described ? name : $"'{name}'")} must be a number, not {Describe(reader.TokenType)}.");
    }

    /// <summary>A whole number; <paramref name="name"/> is the property's name, quoted in the error, or, with
    /// <paramref name="described"/>, a description written as it is ("the value of 'favor' in 'Counts'").</summary>
    public static int Integer(ref Utf8JsonReader reader, string name, string type, bool described = false) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw Error(type, $"{(described ? name : $"'{name}'")} must be a whole number, not {Describe(reader.TokenType)}.");

    /// <summary>Writes a number property; <paramref name="name"/> is written as it is.</summary>
    public static void WriteNumber(Utf8JsonWriter writer, string name, double value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        if ((options.NumberHandling & JsonNumberHandling.WriteAsString) != 0)
        {
            writer.WriteStringValue(value.ToString("R", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
