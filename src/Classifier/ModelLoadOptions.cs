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
    public string? ExpectedSha256 { get; init; }
}
