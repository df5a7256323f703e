namespace Classifier;

/// <summary>Options for loading a model file.</summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record ModelLoadOptions
{
    /// <summary>
    /// If set, the SHA-256 (hex, either case) the whole model file must have; a file with any other
    /// hash is refused before anything in it is read.
    /// </summary>
    /// <value>Default <see langword="null"/>: no check beyond the file's own checksums.</value>
    /// <exception cref="ArgumentException">The value is not 64 hexadecimal digits (surrounding white space aside).</exception>
    public string? ExpectedSha256
    {
        get => _expectedSha256;
        init => _expectedSha256 = value is null || IsSha256(value.Trim())
            ? value
            : throw new ArgumentException(
                $"ExpectedSha256 must be a SHA-256 written as 64 hexadecimal digits, as sha256sum prints it; got \"{value}\".",
                nameof(ExpectedSha256));
    }

    private readonly string? _expectedSha256;

    private static bool IsSha256(string value) => value.Length == 64 && value.All(char.IsAsciiHexDigit);
}
