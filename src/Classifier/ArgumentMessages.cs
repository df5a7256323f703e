namespace Classifier;

/// <summary>The sentence an <see cref="ArgumentException"/> was thrown with, for messages that quote it in their own terms.</summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class ArgumentMessages
{
    /// <summary>
    /// <paramref name="e"/>'s message without the " (Parameter 'x')" and "Actual value was" lines .NET appends to it. The cut
    /// is at the last such suffix, not at the first line break, since the sentence may quote a value that holds one; a
    /// message without the suffix keeps its first line.
    /// </summary>
    public static string Sentence(ArgumentException e)
    {
        var cut = string.IsNullOrEmpty(e.ParamName) ? -1 : e.Message.LastIndexOf($" (Parameter '{e.ParamName}')", StringComparison.Ordinal);
        return cut >= 0 ? e.Message[..cut] : e.Message.Split('\n')[0].TrimEnd('\r');
    }

    /// <summary>
    /// How a message names one element of a list argument: <c>targets[1] (0-based)</c>, as C# indexes
    /// <paramref name="parameter"/>, with the base said so that no reader takes it for the second or the first. Every
    /// message of the library that names a list element by position uses it (a batch item, a target, an alias, a
    /// path, a contribution, an element of a record's list).
    /// </summary>
    public static string Element(string parameter, int index) => FormattableString.Invariant($"{parameter}[{index}] (0-based)");
}
