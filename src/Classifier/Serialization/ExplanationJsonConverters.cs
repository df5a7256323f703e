using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Classifier.Model;

namespace Classifier.Serialization;

/// <summary>
/// Writes an <see cref="Explanation"/> as an object of <c>Label</c>, <c>Probability</c> and <c>Contributions</c>, named by
/// the options' naming policy, and reads one back (its property names in any case), checked: a label, a probability from 0
/// to 1, and contributions as <see cref="FeatureContributionJsonConverter"/> reads them. <see cref="Explanation"/> names
/// it in a <see cref="JsonConverterAttribute"/>, so there is no need to register it; it is public so that
/// source-generated serialisers (trimmed or AOT apps) can use it too.
/// </summary>
/// <threadsafety>Instances hold no state and are safe to use from any number of threads.</threadsafety>
public sealed class ExplanationJsonConverter : JsonConverter<Explanation>
{
    private const string TypeName = nameof(Explanation);
    private static readonly FeatureContributionJsonConverter Contribution = new();

    /// <summary>Reads an explanation.</summary>
    /// <param name="reader">The reader, at the object.</param>
    /// <param name="typeToConvert">The type to read, <see cref="Explanation"/>.</param>
    /// <param name="options">The serialiser's options.</param>
    /// <returns>The explanation, its contributions in a read-only list.</returns>
    /// <exception cref="JsonException">The value is not such an object, lacks a property, or holds a value no model would
    /// give (a blank label, a probability outside 0 to 1, a bad contribution); the message says which.</exception>
    public override Explanation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, TypeName);
        (string? label, double? probability, List<FeatureContribution>? contributions) = (null, null, null);
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            if (JsonFields.Is(name, nameof(Explanation.Label), options))
            {
                label = JsonFields.String(ref reader, nameof(Explanation.Label), TypeName);
            }
            else if (JsonFields.Is(name, nameof(Explanation.Probability), options))
            {
                probability = JsonFields.Number(ref reader, nameof(Explanation.Probability), TypeName, options);
            }
            else if (JsonFields.Is(name, nameof(Explanation.Contributions), options))
            {
                contributions = [];
                for (JsonFields.StartArray(ref reader, nameof(Explanation.Contributions), TypeName); reader.Read() && reader.TokenType != JsonTokenType.EndArray;)
                {
                    contributions.Add(Contribution.Read(ref reader, typeof(FeatureContribution), options));
                }
            }
            else
            {
                JsonFields.Skip(ref reader, name, TypeName, options);
            }
        }

        var problem = label is null ? "it has no 'Label'."
            : probability is null ? "it has no 'Probability'."
            : contributions is null ? "it has no 'Contributions'."
            : ExplanationRules.Explanation(label, probability.Value, contributions)?.Message;
        return problem is null ? Explanation.Scored(label!, probability!.Value, contributions!.ToArray()) : throw JsonFields.Error(TypeName, problem);
    }

    /// <summary>Writes an explanation.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The explanation.</param>
    /// <param name="options">The serialiser's options.</param>
    public override void Write(Utf8JsonWriter writer, Explanation value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(JsonFields.Name(nameof(Explanation.Label), options), value.Label);
        JsonFields.WriteNumber(writer, JsonFields.Name(nameof(Explanation.Probability), options), value.Probability, options);
        writer.WriteStartArray(JsonFields.Name(nameof(Explanation.Contributions), options));
        foreach (var contribution in value.Contributions)
        {
            Contribution.Write(writer, contribution, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="FeatureContribution"/> as an object of <c>Feature</c>, <c>Kind</c> (by name, or as a
/// <see cref="FeatureKind"/> converter in the options writes it), <c>Weight</c> and <c>Spans</c> (each <c>Start</c> and
/// <c>Length</c>), named by the options' naming policy, and reads one back checked: a feature, a defined kind (by name in
/// any case, or by number as written before kinds were written by name), a positive finite weight and spans that do not
/// start before the text. <see cref="FeatureContribution"/> names it in a <see cref="JsonConverterAttribute"/>; it is
/// public so that source-generated serialisers (trimmed or AOT apps) can use it too.
/// </summary>
/// <threadsafety>Instances hold no state and are safe to use from any number of threads.</threadsafety>
public sealed class FeatureContributionJsonConverter : JsonConverter<FeatureContribution>
{
    private const string TypeName = nameof(FeatureContribution);

    /// <summary>Reads a contribution.</summary>
    /// <param name="reader">The reader, at the object.</param>
    /// <param name="typeToConvert">The type to read, <see cref="FeatureContribution"/>.</param>
    /// <param name="options">The serialiser's options.</param>
    /// <returns>The contribution, its spans in a read-only list.</returns>
    /// <exception cref="JsonException">The value is not such an object, lacks a property, or holds a value no model would
    /// give; the message says which.</exception>
    public override FeatureContribution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, TypeName);
        (string? feature, FeatureKind? kind, double? weight, List<TextSpan>? spans) = (null, null, null, null);
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            if (JsonFields.Is(name, nameof(FeatureContribution.Feature), options))
            {
                feature = JsonFields.String(ref reader, nameof(FeatureContribution.Feature), TypeName);
            }
            else if (JsonFields.Is(name, nameof(FeatureContribution.Kind), options))
            {
                kind = ReadKind(ref reader);
            }
            else if (JsonFields.Is(name, nameof(FeatureContribution.Weight), options))
            {
                weight = JsonFields.Number(ref reader, nameof(FeatureContribution.Weight), TypeName, options);
            }
            else if (JsonFields.Is(name, nameof(FeatureContribution.Spans), options))
            {
                spans = [];
                for (JsonFields.StartArray(ref reader, nameof(FeatureContribution.Spans), TypeName); reader.Read() && reader.TokenType != JsonTokenType.EndArray;)
                {
                    spans.Add(ReadSpan(ref reader, options));
                }
            }
            else
            {
                JsonFields.Skip(ref reader, name, TypeName, options);
            }
        }

        var problem = feature is null ? "it has no 'Feature'."
            : kind is null ? "it has no 'Kind'."
            : weight is null ? "it has no 'Weight'."
            : spans is null ? "it has no 'Spans'."
            : ExplanationRules.Contribution(kind.Value, weight.Value)?.Message;
        return problem is null ? FeatureContribution.Scored(feature!, kind!.Value, weight!.Value, spans!.ToArray()) : throw JsonFields.Error(TypeName, problem);
    }

    /// <summary>Writes a contribution.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The contribution.</param>
    /// <param name="options">The serialiser's options.</param>
    public override void Write(Utf8JsonWriter writer, FeatureContribution value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(JsonFields.Name(nameof(FeatureContribution.Feature), options), value.Feature);
        writer.WritePropertyName(JsonFields.Name(nameof(FeatureContribution.Kind), options));

        // The options' own FeatureKind converter, if any, writes the kind (the CLI's camel-case names); else its name.
        if (options.TryGetTypeInfo(typeof(FeatureKind), out var info) && info is JsonTypeInfo<FeatureKind> kind)
        {
            JsonSerializer.Serialize(writer, value.Kind, kind);
        }
        else
        {
            writer.WriteStringValue(value.Kind.ToString());
        }

        JsonFields.WriteNumber(writer, JsonFields.Name(nameof(FeatureContribution.Weight), options), value.Weight, options);
        writer.WriteStartArray(JsonFields.Name(nameof(FeatureContribution.Spans), options));
        foreach (var span in value.Spans)
        {
            TextSpanJsonConverter.WriteSpan(writer, span, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A kind by name in any case, with or without the separators of a naming policy ("target_words"), or by number.</summary>
    private static FeatureKind ReadKind(ref Utf8JsonReader reader)
    {
        var text = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : reader.TokenType == JsonTokenType.String ? reader.GetString()!.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal)
            : throw JsonFields.Error(TypeName, "'Kind' must be a string, the name of a feature kind.");
        return Enum.TryParse<FeatureKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw JsonFields.Error(TypeName, ExplanationRules.KindProblem(text!));
    }

    private static TextSpan ReadSpan(ref Utf8JsonReader reader, JsonSerializerOptions options) => TextSpanJsonConverter.Read(ref reader, options, TypeName);
}
