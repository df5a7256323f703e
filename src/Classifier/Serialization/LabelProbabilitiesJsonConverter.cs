using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Serialization;

/// <summary>
/// Writes <see cref="LabelProbabilities"/> as a JSON object of each label and its probability, in the labels' order
/// (<c>{"negative":0.01,"neutral":0.04,"positive":0.95}</c>), and reads such an object back, checked as the public
/// constructor checks it. <see cref="LabelProbabilities"/> names it in a <see cref="JsonConverterAttribute"/>, so there
/// is no need to register it; it is public so that source-generated serialisers (trimmed or AOT apps) can use it too.
/// </summary>
/// <threadsafety>Instances hold no state and are safe to use from any number of threads.</threadsafety>
public sealed class LabelProbabilitiesJsonConverter : JsonConverter<LabelProbabilities>
{
    private const string TypeName = nameof(LabelProbabilities);

    /// <summary>Reads an object of labels and probabilities.</summary>
    /// <param name="reader">The reader, at the object.</param>
    /// <param name="typeToConvert">The type to read, <see cref="LabelProbabilities"/>.</param>
    /// <param name="options">The serialiser's options.</param>
    /// <returns>The probabilities.</returns>
    /// <exception cref="JsonException">The value is not such an object, or breaks a rule of
    /// <see cref="LabelProbabilities(IEnumerable{KeyValuePair{string, double}})"/>; the message says which.</exception>
    public override LabelProbabilities Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, TypeName);
        var pairs = new List<KeyValuePair<string, double>>(LabelProbabilities.MaxLabels);
        while (JsonFields.NextProperty(ref reader, out var label))
        {
            pairs.Add(new(label, JsonFields.Number(ref reader, $"the probability of '{label}'", TypeName, options, described: true)));
        }

        return LabelProbabilities.Problem(pairs) is { } problem
            ? throw JsonFields.Error(TypeName, problem)
            : new LabelProbabilities(pairs);
    }

    /// <summary>Writes the probabilities as an object of labels and probabilities, in the labels' order.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The probabilities.</param>
    /// <param name="options">The serialiser's options.</param>
    public override void Write(Utf8JsonWriter writer, LabelProbabilities value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (label, probability) in value)
        {
            // The label is written as it is: it is data (a model's label), not a member name for a naming policy.
            JsonFields.WriteNumber(writer, label, probability, options);
        }

        writer.WriteEndObject();
    }
}
