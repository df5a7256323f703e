using System.Globalization;

namespace Classifier;

/// <summary>
/// Paths no file system accepts, refused as the caller's mistake (an <see cref="ArgumentException"/> naming the parameter)
/// rather than as a problem with a file: a path holding U+0000 (a C string's terminator, or the separator of a list of
/// paths, left in), which .NET's own file APIs refuse with "Null character in path." and which names no file at all.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class PathArguments
{
    /// <summary>Throws when <paramref name="path"/> holds U+0000.</summary>
    /// <param name="path">The path given.</param>
    /// <param name="parameter">The parameter that gave it, named as the exception's <see cref="ArgumentException.ParamName"/>.</param>
    /// <param name="what">How the message names the path (<c>paths[1] (0-based)</c>); <paramref name="parameter"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> holds U+0000: "path holds the null character U+0000 at
    /// index 3 (0-based), which no file path may hold; remove it".</exception>
    public static void ThrowIfNullCharacter(string path, string parameter, string? what = null)
    {
        var at = path.IndexOf('\0', StringComparison.Ordinal);
        if (at >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{what ?? parameter} holds the null character U+0000 at index {at} (0-based), which no file path may hold; remove it."), parameter);
        }
    }
}
