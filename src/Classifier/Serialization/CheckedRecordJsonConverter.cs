using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Classifier.Serialization;

/// <summary>
/// One article record read through its public constructor (then its other <c>init</c> properties) and written property by
/// property, in declaration order, as System.Text.Json's default contract writes it. Values are read and written by
/// <see cref="RecordValues"/>, never through the options' type resolver, so a source-generated context needs nothing but
/// the record itself. The records' <see cref="ArgumentException"/>s become <see cref="JsonException"/>s.
/// </summary>
/// <threadsafety>Stateless after its static set-up; safe from any thread.</threadsafety>
internal sealed class CheckedRecordJsonConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties)] T> : JsonConverter<T>
    where T : class
{
    public static readonly CheckedRecordJsonConverter<T> Instance = new();

    private static readonly string TypeName = typeof(T).Name;
    private static readonly ConstructorInfo Constructor = typeof(T).GetConstructors().Single();
    private static readonly ParameterInfo[] Parameters = Constructor.GetParameters();
    private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonFields.StartObject(ref reader, TypeName);
        var (values, given) = (new object?[Properties.Length], new bool[Properties.Length]);
        while (JsonFields.NextProperty(ref reader, out var name))
        {
            var i = Array.FindIndex(Properties, p => JsonFields.Is(name, p.Name, options));
            if (i < 0)
            {
                JsonFields.Skip(ref reader, name, TypeName, options);
                continue;
            }

            (values[i], given[i]) = (RecordValues.Read(ref reader, Properties[i].PropertyType, Properties[i].Name, TypeName, options), true);
        }

        var arguments = new object?[Parameters.Length];
        for (var p = 0; p < Parameters.Length; p++)
        {
            var i = Array.FindIndex(Properties, q => q.Name == Parameters[p].Name);
            if (!given[i] && Parameters[p].ParameterType.IsValueType)
            {
                throw JsonFields.Error(TypeName, $"it has no '{Properties[i].Name}'.");
            }

            arguments[p] = values[i];
        }

        try
        {
            var record = (T)Constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, null);
            for (var i = 0; i < Properties.Length; i++)
            {
                if (given[i] && !Parameters.Any(p => p.Name == Properties[i].Name))
                {
                    Assign(record, Properties[i], values[i]);
                }
            }

            return record;
        }
        catch (ArgumentException e)
        {
            // A reference the JSON left out arrives as null: say it is missing rather than null.
            var missing = Array.FindIndex(Properties, p => p.Name == e.ParamName) is var i and >= 0 && !given[i];
            throw missing ? JsonFields.Error(TypeName, $"it has no '{e.ParamName}'.") : new JsonException($"Cannot read JSON as {TypeName}: {ArgumentMessages.Sentence(e)}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var property in Properties)
        {
            // A computed property (no init, not the constructor's) is left out under IgnoreReadOnlyProperties, as the
            // default contract does; reading gives it back. One the constructor takes (SentenceSpan.Length) is written.
            if (options.IgnoreReadOnlyProperties && !property.CanWrite && !Parameters.Any(p => p.Name == property.Name))
            {
                continue;
            }

            var v = property.GetValue(value);
            if (v is null && options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull)
            {
                continue;
            }

            writer.WritePropertyName(JsonFields.Name(property.Name, options));
            RecordValues.Write(writer, v, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>Sets an <c>init</c> property the constructor does not take; a computed one given in the JSON must agree.</summary>
    private static void Assign(T record, PropertyInfo property, object? value)
    {
        if (property.CanWrite)
        {
            property.SetValue(record, value, BindingFlags.DoNotWrapExceptions, null, null, null);
        }
        else if (!Equals(property.GetValue(record), value))
        {
            throw JsonFields.Error(TypeName, $"'{property.Name}' is {Shown(value)}, but the other values give {Shown(property.GetValue(record))}; leave it out or make it agree.");
        }
    }

    private static string Shown(object? value) => value is string s ? $"'{s}'" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
