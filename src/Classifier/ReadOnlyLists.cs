using System.Collections.ObjectModel;

namespace Classifier;

/// <summary>Read-only views for the lists the library's immutable results hold.</summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class ReadOnlyLists
{
    /// <summary>
    /// <paramref name="list"/> itself when it is already read-only (a <see cref="ReadOnlyCollection{T}"/>), an array wrapped
    /// without copying (the library's own, which nothing else holds), or else a read-only copy: cast to
    /// <see cref="IList{T}"/>, none of them can be changed.
    /// </summary>
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> list) => list switch
    {
        ReadOnlyCollection<T> readOnly => readOnly,
        T[] array => Array.AsReadOnly(array),
        _ => Array.AsReadOnly(list.ToArray()),
    };
}
