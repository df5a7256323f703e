namespace Classifier.Articles;

/// <summary>
/// Value equality of the article records' lists and dictionaries, which a record's own equality compares by reference: so
/// that an analysis read back from JSON, or made again from the same article, equals the original.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class RecordEquality
{
    /// <summary>Whether the lists hold equal elements in the same order.</summary>
    public static bool Lists<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) =>
        ReferenceEquals(a, b) || (a.Count == b.Count && a.SequenceEqual(b));

    /// <summary>Whether the dictionaries map the same keys to equal values, in whatever order.</summary>
    public static bool Dictionaries<TValue>(IReadOnlyDictionary<string, TValue> a, IReadOnlyDictionary<string, TValue> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !EqualityComparer<TValue>.Default.Equals(value, other))
            {
                return false;
            }
        }

        return true;
    }
}
