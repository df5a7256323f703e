namespace Classifier.Data;

/// <summary>One labeled row of a data file.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Label">The label, one of the task's labels.</param>
/// <param name="Target">The stance target, or <see langword="null"/> for sentiment data.</param>
/// <param name="Path">The file the row came from.</param>
/// <param name="Line">The 1-based line of the row in its file.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record LabeledExample(string Text, string Label, string? Target, string Path, int Line)
{
    /// <summary>Where the row came from, as <c>path:line</c>.</summary>
    public string Location => $"{Path}:{Line}";
}
