using System.CommandLine;
using System.Globalization;

namespace Classifier.Training.Cli;

/// <summary>
/// Catches a path option or argument (an input's, as <see cref="EmptyPaths"/> checks, or an output's: <c>--out</c>,
/// <c>--near-report</c>) whose value holds U+0000, which no file name may hold and no command line can pass but a
/// response file (<c>@args.rsp</c>) can: a usage error naming the option, before the command runs. Before, a model option
/// said the file "cannot be read: Null character in path." (exit 2, a bad model file), <c>analyze --file</c> that the
/// file was not found (exit 2), and the others .NET's "Null character in path. (Parameter 'path')", naming no option.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class NullCharacterPaths
{
    /// <summary>The options checked: every input path option and the outputs, whose empty value <see cref="OutputPath"/> reports in its own terms.</summary>
    private static readonly IReadOnlySet<string> Options = new HashSet<string>(EmptyPaths.Options.Append("--out"), StringComparer.Ordinal);

    /// <summary>
    /// The usage error for the first path holding U+0000, or null if there is none: "--model is given the path 'mod\0el.zip',
    /// which holds the null character U+0000 at index 3 (0-based); no file path may hold it: remove it". The path is quoted
    /// with each U+0000 written as <c>\0</c>, never as the character itself, which a terminal shows as nothing.
    /// </summary>
    public static string? Check(ParseResult parse)
    {
        foreach (var (name, values) in EmptyPaths.Given(parse, Options))
        {
            if (values.FirstOrDefault(v => v.Contains('\0', StringComparison.Ordinal)) is { } path)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{name} is given the path '{path.Replace("\0", "\\0", StringComparison.Ordinal)}', which holds the null character U+0000 at index {path.IndexOf('\0', StringComparison.Ordinal)} (0-based); no file path may hold it: remove it");
            }
        }

        return null;
    }
}
