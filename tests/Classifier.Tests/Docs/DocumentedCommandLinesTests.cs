using System.CommandLine;
using System.Text.RegularExpressions;
using Classifier.Training.Cli;

namespace Classifier.Tests.Docs;

/// <summary>
/// The command lines the docs show name commands and options the training CLI has: each <c>$cli COMMAND ...</c> line
/// (with its continuation lines and comment) and each inline <c>`COMMAND --option ...`</c>. An option renamed or removed
/// in the code, or misspelt in the docs, fails here rather than in a reader's terminal.
/// </summary>
public sealed partial class DocumentedCommandLinesTests
{
    /// <summary>Misspellings the docs show on purpose, as what the CLI answers "did you mean ...?" to.</summary>
    private static readonly HashSet<string> DeliberateTypos = ["--taget", "--fromat"];

    private static readonly Command[] Commands = CliCommands.Create();

    public static TheoryData<string> Documents => new()
    {
        "README.md", Path.Combine("samples", "README.md"), Path.Combine("models", "README.md"), Path.Combine("data", "README.md"),
        Path.Combine("docs", "reliability.md"), Path.Combine("docs", "cli.md"), Path.Combine("docs", "library.md"),
        Path.Combine("docs", "retraining.md"), Path.Combine("docs", "how-it-works.md"),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void CommandLines_Documented_NameOptionsTheCommandHas(string document)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, document)).ReplaceLineEndings("\n");
        var lines = CliLine().Matches(text).Concat(InlineCommand().Matches(text)).ToArray();

        Assert.NotEmpty(lines);
        var unknown = new List<string>();
        foreach (var line in lines)
        {
            var name = line.Groups["command"].Value;
            var command = Commands.SingleOrDefault(c => c.Name == name);
            if (command is null)
            {
                unknown.Add($"'{name}' is no command: {line.Value}");
                continue;
            }

            // --help and --verbose are the root command's, and every command takes them.
            var options = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Concat(["--help", "--verbose"]).ToHashSet(StringComparer.Ordinal);
            unknown.AddRange(OptionName().Matches(line.Groups["rest"].Value).Select(o => o.Value)
                .Where(o => !options.Contains(o) && !DeliberateTypos.Contains(o))
                .Select(o => $"{name} has no option {o}: {line.Value}"));
        }

        Assert.Empty(unknown);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void OptionDefaults_Documented_AreTheDefaultsTheOptionsHave(string document)
    {
        // "`--samples`, default 2,000", "`--flips` (default 10 ...": the option's default in every command that has it.
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, document)).ReplaceLineEndings(" ");
        var wrong = new List<string>();
        foreach (Match stated in StatedDefault().Matches(text))
        {
            var name = stated.Groups["option"].Value;
            var value = double.Parse(stated.Groups["value"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            var options = Commands.SelectMany(c => c.Options.Where(o => o.Name == name).Select(o => (Command: c.Name, Option: o))).ToList();
            if (options.Count == 0)
            {
                wrong.Add($"{stated.Value}: no command has {name}");
            }

            wrong.AddRange(options.Where(o => !o.Option.HasDefaultValue || Convert.ToDouble(o.Option.GetDefaultValue(), System.Globalization.CultureInfo.InvariantCulture) != value)
                .Select(o => $"{stated.Value}: {o.Command} {name} defaults to {(o.Option.HasDefaultValue ? o.Option.GetDefaultValue() : "nothing")}"));
        }

        Assert.Empty(wrong);
    }

    /// <summary>An option and the number the docs give as its default: "`--max-targets`, default 8", "`--flips` (default 10".</summary>
    [GeneratedRegex(@"`(?<option>--[a-z][a-z0-9-]*)`,? \(?default (?<value>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex StatedDefault();

    /// <summary>A <c>$cli COMMAND ...</c> line and its continuation lines (ending in a backslash).</summary>
    [GeneratedRegex(@"\$cli (?<command>[a-z-]+)(?<rest>[^\n]*(?:\\\n[^\n]*)*)")]
    private static partial Regex CliLine();

    /// <summary>A command and its options in backticks in the prose: <c>`train --check`</c>, <c>`analyze --stance-model`</c>.</summary>
    [GeneratedRegex(@"`(?<command>train|evaluate|compare|predict|validate-data|cross-validate|tune|audit|benchmark|analyze|explain|uncertain) (?<rest>--[^`\n]*)`")]
    private static partial Regex InlineCommand();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9-]*")]
    private static partial Regex OptionName();
}
