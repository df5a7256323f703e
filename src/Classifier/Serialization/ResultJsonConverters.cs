using System.Text.Json;
using System.Text.Json.Serialization;
using Classifier.Model;

namespace Classifier.Serialization;

/// <summary>
/// Writes a <see cref="SentimentResult"/> as an object of <c>Label</c>, <c>Confidence</c> and <c>Probabilities</c>, named
/// by the options' naming policy (so <c>label</c> under the web defaults), and reads one back (its property names in any
/// case), checked as the constructor checks it. <see cref="SentimentResult"/> names it in a
/// <see cref="JsonConverterAttribute"/>, so there is no need to register it; it is public so that source-generated
/// serialisers (trimmed or AOT apps) can use it too.
/// </summary>
/// <threadsafety>Instances hold no state and are safe to use from any number of threads.</threadsafety>
public sealed class SentimentResultJsonConverter : JsonConverter<SentimentResult>
{
    private const string TypeName = nameof(SentimentResult);

    /// <summary>Reads a result.</summary>
    /// <param name="reader">The reader, at the object.</param>
    /// <param name="typeToConvert">The type to read, <see cref="SentimentResult"/>.</param>
    /// <param name="options">The serialiser's options.</param>
    /// <returns>The result.</returns>
    /// <exception cref="JsonException">The value is not such an object, lacks a property, or is not a result a model could
    /// give (see <see cref="SentimentResult(string, double, LabelProbabilities)"/>); the message says which.</exception>
    public override SentimentResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (label, confidence, probabilities) = ResultFields.Read(ref reader, TypeName, options, out _);
        return SentimentResult.Scored(label, confidence, probabilities);
    }

    /// <summary>Writes a result.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The result.</param>
    /// <param name="options">The serialiser's options.</param>
    public override void Write(Utf8JsonWriter writer, SentimentResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ResultFields.Write(writer, null, value.Label, value.Confidence, value.Probabilities, options);
    }
}

/// <summary>
/// Writes a <see cref="StanceResult"/> as an object of <c>Target</c>, <c>Label</c>, <c>Confidence</c> and
/// <c>Probabilities</c>, named by the options' naming policy, and reads one back (its property names in any case), checked
/// as the constructor checks it. <see cref="StanceResult"/> names it in a <see cref="JsonConverterAttribute"/>, so there
/// is no need to register it; it is public so that source-generated serialisers (trimmed or AOT apps) can use it too.
/// </summary>
/// <threadsafety>Instances hold no state and are safe to use from any number of threads.</threadsafety>
public sealed class StanceResultJsonConverter : JsonConverter<StanceResult>
{
    private const string TypeName = nameof(StanceResult);

    /// <summary>Reads a result.</summary>
    /// <param name="reader">The reader, at the object.</param>
    /// <param name="typeToConvert">The type to read, <see cref="StanceResult"/>.</param>
    /// <param name="options">The serialiser's options.</param>
    /// <returns>The result.</returns>
    /// <exception cref="JsonException">The value is not such an object, lacks a property, or is not a result a model could
    /// give (see <see cref="StanceResult(string, string, double, LabelProbabilities)"/>); the message says which.</exception>
    public override StanceResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var (label, confidence, probabilities) = ResultFields.Read(ref reader, TypeName, options, out var target);
        target = target ?? throw JsonFields.Error(TypeName, "it has no 'Target'.");
        return ResultFactory.TargetProblem(target) is { } problem
            ? throw JsonFields.Error(TypeName, problem)
            : StanceResult.Scored(target, label, confidence, probabilities);
    }

    /// <summary>Writes a result.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The result.</param>
    /// <param name="options">The serialiser's options.</param>
    public override void Write(Utf8JsonWriter writer, StanceResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ResultFields.Write(writer, value.Target, value.Label, value.Confidence, value.Probabilities, options);
    }
}

/// <summary>The properties both results share, read and checked, and written in the order the records declare them.</summary>
internal static class ResultFields
{
    private static readonly LabelProbabilitiesJsonConverter Probabilities = new();

    public static (string Label, double Confidence, LabelProbabilities Probabilities) Read(ref Utf8JsonReader reader, string type, JsonSerializerOptions options, out string? target)
    {
        JsonFields.StartObject(ref reader, type);
        (target, string? label, double? confidence, LabelProbabilities? probabilities) = (null, null, null, null);
        var probabilitiesNull = false;
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            if (type == nameof(StanceResult) && JsonFields.Is(name, nameof(StanceResult.Target), options))
            {
                target = JsonFields.String(ref reader, nameof(StanceResult.Target), type);
            }
            else if (JsonFields.Is(name, nameof(SentimentResult.Label), options))
            {
                label = JsonFields.String(ref reader, nameof(SentimentResult.Label), type);
            }
            else if (JsonFields.Is(name, nameof(SentimentResult.Confidence), options))
            {
                confidence = JsonFields.Number(ref reader, nameof(SentimentResult.Confidence), type, options);
            }
            else if (JsonFields.Is(name, nameof(SentimentResult.Probabilities), options))
            {
                // A null is not an absent property: say which, as a null label or confidence is said.
                probabilitiesNull = reader.TokenType == JsonTokenType.Null;
                probabilities = probabilitiesNull ? null : Probabilities.Read(ref reader, typeof(LabelProbabilities), options);
            }
            else
            {
                JsonFields.Skip(ref reader, name, type, options);
            }
        }

        var missing = label is null ? "Label" : confidence is null ? "Confidence" : probabilities is null && !probabilitiesNull ? "Probabilities" : null;
        if (missing is not null)
        {
            throw JsonFields.Error(type, $"it has no '{missing}'.");
        }

        if (probabilities is null)
        {
            throw JsonFields.Error(type, "'Probabilities' is null, not an object of each label's probability; give the probability of every label.");
        }

        var task = type == nameof(StanceResult) ? ClassifierTask.Stance : ClassifierTask.Sentiment;
        return ResultFactory.LabelsProblem(probabilities, task) is { } labels ? throw JsonFields.Error(type, labels)
            : ResultFactory.Problem(label!, confidence!.Value, probabilities!) is { } problem
            ? throw JsonFields.Error(type, problem.Message)
            : (label!, confidence.Value, probabilities!);
    }

    public static void Write(Utf8JsonWriter writer, string? target, string label, double confidence, LabelProbabilities probabilities, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (target is not null)
        {
            writer.WriteString(JsonFields.Name(nameof(StanceResult.Target), options), target);
        }

        writer.WriteString(JsonFields.Name(nameof(SentimentResult.Label), options), label);
        JsonFields.WriteNumber(writer, JsonFields.Name(nameof(SentimentResult.Confidence), options), confidence, options);
        writer.WritePropertyName(JsonFields.Name(nameof(SentimentResult.Probabilities), options));
        Probabilities.Write(writer, probabilities, options);
        writer.WriteEndObject();
    }
}
