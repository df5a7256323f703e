using System.CommandLine;
using System.CommandLine.Parsing;

namespace Classifier.Training.Cli;

/// <summary>
/// Catches an option or argument that names a file or folder given as an empty string (<c>--data ""</c>, most often an
/// unset variable in a script: <c>--data "$TRAIN"</c>): a usage error naming the option, before the command runs,
/// instead of .NET's "The value cannot be an empty string. (Parameter 'path')", which names none. <c>--out</c> says so
/// in its own terms (<see cref="OutputPath"/>).
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class EmptyPaths
{
    /// <summary>The options whose values are paths of files or folders, in every command that has them.</summary>
    internal static readonly IReadOnlySet<string> Options = new HashSet<string>(StringComparer.Ordinal)
    {
        "--data", "--dev", "--test", "--check-file", "--config", "--model", "--baseline", "--stance-model", "--sentiment-model",
        "--file", "--aliases", "--lexicon", "--representatives", "--near-sources", "--near-report", "--unseen-targets",
        "--datasets", "--sklearn", "--configs", "--models",
    };

    /// <summary>The arguments whose values are paths (validate-data's <c>files</c>).</summary>
    private static readonly IReadOnlySet<string> Arguments = new HashSet<string>(StringComparer.Ordinal) { "files" };

    /// <summary>The usage error for the first path given empty or white space, or null if there is none.</summary>
    public static string? Check(ParseResult parse) =>
        Given(parse, Options).FirstOrDefault(g => g.Values.Any(string.IsNullOrWhiteSpace)) is { Name: { } name }
            ? $"{name} is given an empty path; give the path of a file or folder (an unset variable in a script gives an empty value)"
            : null;

    /// <summary>
    /// Each of <paramref name="options"/> given in the command line, and validate-data's <c>files</c> argument, with the
    /// values given: named as the errors name them (<c>--data</c>, <c>the files argument</c>).
    /// </summary>
    internal static IEnumerable<(string Name, IReadOnlyList<string> Values)> Given(ParseResult parse, IReadOnlySet<string> options)
    {
        foreach (var child in parse.CommandResult.Children)
        {
            var (name, tokens) = child switch
            {
                OptionResult o when options.Contains(o.Option.Name) => (o.Option.Name, o.Tokens),
                ArgumentResult a when Arguments.Contains(a.Argument.Name) => ($"the {a.Argument.Name} argument", a.Tokens),
                _ => (null, []),
            };

            if (name is not null)
            {
                yield return (name, tokens.Select(t => t.Value).ToArray());
            }
        }
    }
}
