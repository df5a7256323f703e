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
}
