using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Articles;

namespace Classifier.Serialization;

/// <summary>
/// The values the article records hold, read and written without the options' type resolver: numbers, strings, true or
/// false, the results (by their own converters), label-keyed counts and means, lists of records, and the records themselves
/// (by <see cref="ArticleRecordJsonConverter"/>).
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class RecordValues
{
    private static readonly SentimentResultJsonConverter Sentiment = new();
    private static readonly StanceResultJsonConverter Stance = new();

    /// <summary>Reads the value of the property <paramref name="name"/> of <paramref name="owner"/>, of type <paramref name="type"/>.</summary>
    public static object? Read(ref Utf8JsonReader reader, Type type, string name, string owner, JsonSerializerOptions options)
    {
        if (type == typeof(int))
        {
            return Integer(ref reader, name, owner, options);
        }

        if (type == typeof(bool))
        {
            return reader.TokenType is JsonTokenType.True or JsonTokenType.False
                ? reader.GetBoolean()
                : throw JsonFields.Error(owner, $"'{name}' must be true or false, not {Describe(ref reader)}.");
        }

        if (type == typeof(string))
        {
            return JsonFields.String(ref reader, name, owner);
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (type == typeof(SentimentResult))
        {
            return Sentiment.Read(ref reader, type, options);
        }

        if (type == typeof(StanceResult))
        {
            return Stance.Read(ref reader, type, options);
        }

        if (type == typeof(IReadOnlyDictionary<string, int>))
        {
            return Dictionary(ref reader, name, owner, (ref Utf8JsonReader r, string key) => Integer(ref r, $"the value of '{key}' in '{name}'", owner, options, described: true));
        }

        if (type == typeof(IReadOnlyDictionary<string, double>))
        {
            return Dictionary(ref reader, name, owner, (ref Utf8JsonReader r, string key) => JsonFields.Number(ref r, $"the value of '{key}' in '{name}'", owner, options, described: true));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return List(ref reader, type.GetGenericArguments()[0], name, owner, options);
        }

        return ArticleRecordJsonConverter.For(type) is { } record
            ? Record(ref reader, record, type, options)
            : throw new NotSupportedException($"{owner}.{name} is of type {type}, which RecordValues does not read.");
    }

    /// <summary>Writes <paramref name="value"/>, one of the values <see cref="Read"/> reads.</summary>
    public static void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case int i: WriteInteger(writer, i, options); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case string s: writer.WriteStringValue(s); break;
            case StanceResult stance: Stance.Write(writer, stance, options); break;
            case SentimentResult sentiment: Sentiment.Write(writer, sentiment, options); break;
            case IReadOnlyDictionary<string, int> counts:
                writer.WriteStartObject();
                foreach (var (key, count) in counts)
                {
                    writer.WritePropertyName(key);
                    WriteInteger(writer, count, options);
                }

                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, double> means:
                writer.WriteStartObject();
                foreach (var (key, mean) in means)
                {
                    JsonFields.WriteNumber(writer, key, mean, options);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                var converter = ArticleRecordJsonConverter.For(value.GetType())
                    ?? throw new NotSupportedException($"RecordValues does not write a {value.GetType()}.");
                Record(writer, converter, value, options);
                break;
        }
    }

    private delegate T ValueReader<T>(ref Utf8JsonReader reader, string key);

    /// <summary>
    /// A whole number, or one in a string where the options allow it (as the web defaults do), as the default contract reads
    /// one. A dictionary's value is described (<paramref name="described"/>), "the value of 'favor' in 'Counts'", not
    /// quoted as a path: <c>'Counts['favor']'</c> nested quotes.
    /// </summary>
    private static int Integer(ref Utf8JsonReader reader, string name, string owner, JsonSerializerOptions options, bool described = false) =>
        reader.TokenType == JsonTokenType.String && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) != 0
            && int.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : JsonFields.Integer(ref reader, name, owner, described);

    /// <summary>A whole number, in a string where the options say so, as the default contract writes one.</summary>
    private static void WriteInteger(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        if ((options.NumberHandling & JsonNumberHandling.WriteAsString) != 0)
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    private static Dictionary<string, T> Dictionary<T>(ref Utf8JsonReader reader, string name, string owner, ValueReader<T> value)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonFields.Error(owner, $"'{name}' must be an object, not {Describe(ref reader)}.");
        }

        var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
        while (JsonFields.NextProperty(ref reader, out var key))
        {
            dictionary[key] = value(ref reader, key);
        }

        return dictionary;
    }

    private static object List(ref Utf8JsonReader reader, Type element, string name, string owner, JsonSerializerOptions options)
    {
        JsonFields.StartArray(ref reader, name, owner);
        var items = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Read(ref reader, element, $"{name}[{items.Count}]", owner, options));
        }

        // A typed array, which the record's IReadOnlyList<element> parameter takes (and copies); a null element is the record's to refuse.
        return element == typeof(TargetStance) ? Typed<TargetStance>(items)
            : element == typeof(TargetSummary) ? Typed<TargetSummary>(items)
            : element == typeof(SentenceAnalysis) ? Typed<SentenceAnalysis>(items)
            : throw new NotSupportedException($"{owner}.{name} is a list of {element}, which RecordValues does not read.");
    }

    private static T?[] Typed<T>(List<object?> items)
        where T : class => items.Select(item => (T?)item).ToArray();

    private static object? Record(ref Utf8JsonReader reader, System.Text.Json.Serialization.JsonConverter converter, Type type, JsonSerializerOptions options) => converter switch
    {
        CheckedRecordJsonConverter<SentenceSpan> c => c.Read(ref reader, type, options),
        CheckedRecordJsonConverter<TargetStance> c => c.Read(ref reader, type, options),
        CheckedRecordJsonConverter<SentenceAnalysis> c => c.Read(ref reader, type, options),
        CheckedRecordJsonConverter<TargetSummary> c => c.Read(ref reader, type, options),
        CheckedRecordJsonConverter<ArticleSummary> c => c.Read(ref reader, type, options),
        CheckedRecordJsonConverter<ArticleAnalysis> c => c.Read(ref reader, type, options),
        _ => throw new NotSupportedException(type.ToString()),
    };

    private static void Record(Utf8JsonWriter writer, System.Text.Json.Serialization.JsonConverter converter, object value, JsonSerializerOptions options)
    {
        switch (converter)
        {
            case CheckedRecordJsonConverter<SentenceSpan> c: c.Write(writer, (SentenceSpan)value, options); break;
            case CheckedRecordJsonConverter<TargetStance> c: c.Write(writer, (TargetStance)value, options); break;
            case CheckedRecordJsonConverter<SentenceAnalysis> c: c.Write(writer, (SentenceAnalysis)value, options); break;
            case CheckedRecordJsonConverter<TargetSummary> c: c.Write(writer, (TargetSummary)value, options); break;
            case CheckedRecordJsonConverter<ArticleSummary> c: c.Write(writer, (ArticleSummary)value, options); break;
            case CheckedRecordJsonConverter<ArticleAnalysis> c: c.Write(writer, (ArticleAnalysis)value, options); break;
            default: throw new NotSupportedException(value.GetType().ToString());
        }
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.Null => "null",
        _ => reader.TokenType.ToString(),
    };
}
