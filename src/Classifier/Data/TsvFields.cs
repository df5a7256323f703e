namespace Classifier.Data;

/// <summary>What a row with the wrong number of tab-separated fields is told, by the data reader and the table readers alike.</summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class TsvFields
{
    /// <summary>
    /// The error for a row of <paramref name="found"/> fields where the header has <paramref name="expected"/>: when the extra
    /// fields at its end are all empty, to delete the tab at the end of the line; otherwise to check for a missing or extra tab.
    /// </summary>
    public static string WrongCount(int expected, string[] found)
    {
        var extraAtEnd = found.Length > expected && found.Skip(expected).All(f => f.Trim().Length == 0);
        return $"expected {expected} tab-separated fields as in the header, found {found.Length}" + (extraAtEnd
            ? $", the last {(found.Length - expected == 1 ? "one" : $"{found.Length - expected}")} empty; delete the tab at the end of the line"
            : "; check for a missing or extra tab");
    }
}
