using System.Text.Json;

namespace Classifier.Training.Cli;

/// <summary>
/// The <c>"text"</c> and <c>"target"</c> keys of a JSON-lines input, matched ignoring case (<c>"Text"</c> and
/// <c>"TARGET"</c> are read as a TSV header's <c>Text</c> and <c>TARGET</c> columns are). A line holding two keys that
/// match one name (<c>"text"</c> and <c>"Text"</c>, or <c>"text"</c> twice) is refused, naming both: which one is meant
/// cannot be told.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class JsonLineKeys
{
    /// <summary>
    /// The string of <paramref name="line"/>'s key <paramref name="name"/>, matched ignoring case: null when no key matches or
    /// its value is not a string; or, when two keys match, why the line is refused.
    /// </summary>
    /// <param name="line">A JSON object.</param>
    /// <param name="name">The key, in lower case: <c>text</c> or <c>target</c>.</param>
    public static (string? Value, string? Error) Find(JsonElement line, string name)
    {
        JsonProperty? found = null;
        foreach (var key in line.EnumerateObject())
        {
            if (!key.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (found is { } first)
            {
                return (null, first.Name == key.Name
                    ? $"the key \"{key.Name}\" is given twice; keep one"
                    : $"the keys \"{first.Name}\" and \"{key.Name}\" differ only by case, and keys are matched ignoring case; keep one");
            }

            found = key;
        }

        return (found is { Value.ValueKind: JsonValueKind.String } match ? match.Value.GetString() : null, null);
    }

    /// <summary>Whether <paramref name="line"/> has a key <paramref name="name"/>, matched ignoring case, whose value is a string.</summary>
    public static bool HasString(JsonElement line, string name) =>
        line.EnumerateObject().Any(key => key.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && key.Value.ValueKind == JsonValueKind.String);
}
