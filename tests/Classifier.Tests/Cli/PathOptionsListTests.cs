using System.CommandLine;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

/// <summary>
/// <see cref="EmptyPaths"/> and <see cref="NullCharacterPaths"/> check the path options by name, from a list: a path
/// option added to a command but not to the list would escape both checks, and fail as .NET's "(Parameter 'path')".
/// </summary>
public sealed class PathOptionsListTests
{
    /// <summary>The options that take text and are not paths: a target, an alias (<c>TARGET=ALIAS</c>), a label, a format or a metric's name, set names.</summary>
    private static readonly HashSet<string> NotPaths = ["--target", "--alias", "--label", "--format", "--input", "--metric", "--only"];

    /// <summary>The outputs: <see cref="OutputPath"/> says an empty one in its own terms; <see cref="NullCharacterPaths"/> checks them.</summary>
    private static readonly HashSet<string> Outputs = ["--out"];

    [Fact]
    public void Options_EveryTextOptionOfEveryCommand_IsAListedPathOrKnownNotToBeOne()
    {
        var unlisted = CliCommands.Create()
            .SelectMany(c => c.Options.Where(o => o.ValueType == typeof(string) || o.ValueType == typeof(string[]))
                .Where(o => !EmptyPaths.Options.Contains(o.Name) && !Outputs.Contains(o.Name) && !NotPaths.Contains(o.Name))
                .Select(o => $"{c.Name} {o.Name}"))
            .ToArray();

        Assert.Empty(unlisted);
    }

    [Fact]
    public void Options_ListedPaths_EachAnOptionSomeCommandHas()
    {
        var names = CliCommands.Create().SelectMany(c => c.Options).Select(o => o.Name).ToHashSet();
        var stale = EmptyPaths.Options.Where(o => !names.Contains(o)).ToArray();

        Assert.Empty(stale);
    }
}
