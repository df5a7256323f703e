namespace Classifier.Data;

/// <summary>One problem found in a data file.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record DataFileError(string Path, int Line, string Message)
{
    /// <summary>Formats the error as <c>path:line: message</c> (or <c>path: message</c> when there is no line).</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";
}
