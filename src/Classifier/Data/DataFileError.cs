using Classifier.Articles;

namespace Classifier.Data;

/// <summary>One problem found in a data file.</summary>
/// <param name="Path">The file; not null (empty when the path given was empty).</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file; not negative.</param>
/// <param name="Message">What is wrong and what to do about it; not null, empty or white space.</param>
/// <remarks>The constructor and the <c>init</c> accessors (so a <see langword="with"/> expression too) check these rules.</remarks>
/// <exception cref="ArgumentNullException"><paramref name="Path"/> or <paramref name="Message"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Line"/> is negative.</exception>
/// <exception cref="ArgumentException"><paramref name="Message"/> is empty or white space.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record DataFileError(string Path, int Line, string Message)
{
    /// <summary>The file.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Path { get; init => field = RecordRules.NotNull(value, nameof(Path)); } = RecordRules.NotNull(Path, nameof(Path));

    /// <summary>The 1-based line, or 0 when the problem concerns the whole file.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Line { get; init => field = RecordRules.NotNegative(value, nameof(Line)); } = RecordRules.NotNegative(Line, nameof(Line));

    /// <summary>What is wrong and what to do about it.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string Message { get; init => field = RecordRules.NotBlank(value, nameof(Message), WhatMessageSays); } = RecordRules.NotBlank(Message, nameof(Message), WhatMessageSays);

    private const string WhatMessageSays = "what is wrong and what to do about it";

    /// <summary>Formats the error as <c>path:line: message</c> (or <c>path: message</c> when there is no line).</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";
}
