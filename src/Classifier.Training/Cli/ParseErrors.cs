using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Classifier.Training.Cli;

/// <summary>
/// The parser's own errors (a value of the wrong kind, one outside an option's choices, a required option left out) in
/// the form of the CLI's other usage errors: one line after "error: ", naming the option, with no .NET type name.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>One line saying what is wrong with the command line, for "error: ".</summary>
    /// <param name="error">An error of the parse.</param>
    public static string Describe(ParseError error)
    {
        var option = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            _ => null,
        };

        if (CannotParse().Match(error.Message) is { Success: true } parse)
        {
            // "Cannot parse argument 'ten' for option '--budget-minutes' as expected type 'System.Double'."
            return $"{parse.Groups["option"].Value}: '{parse.Groups["value"].Value}' is not {Kind(parse.Groups["type"].Value)}";
        }

        if (NotRecognized().Match(error.Message) is { Success: true } choice)
        {
            // "Argument 'xml' not recognized. Must be one of:\n\t'text'\n\t'json'"
            var allowed = string.Join(", ", Quoted().Matches(choice.Groups["choices"].Value).Select(m => m.Groups[1].Value));
            return $"{(option is null ? string.Empty : $"{option}: ")}'{choice.Groups["value"].Value}' is not one of the values it takes: {allowed}";
        }

        if (MissingOptionValue().Match(error.Message) is { Success: true } missingValue)
        {
            // "Required argument missing for option: '--data'."
            return $"{missingValue.Groups["option"].Value} needs a value after it";
        }

        if (MissingCommandArgument().Match(error.Message) is { Success: true } missingArgument)
        {
            // "Required argument missing for command: 'explain'."
            var name = missingArgument.Groups["command"].Value;
            var argument = error.SymbolResult switch
            {
                ArgumentResult a => a.Argument.Name,
                CommandResult { Command.Arguments: [var first, ..] } => first.Name,
                _ => "text",
            };
            return $"{name} needs its <{argument}> argument (usage: {name} [options] <{argument}>)";
        }

        if (RequiredOption().Match(error.Message) is { Success: true } required)
        {
            // "Option '--task' is required."
            return $"{required.Groups["option"].Value} is required";
        }

        return string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>What a value of a .NET type is, in words.</summary>
    private static string Kind(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" => "a whole number",
        "System.Double" or "System.Single" or "System.Decimal" => "a number (written with a '.' for decimals, such as 0.5)",
        _ => "a value this option takes",
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<choices>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotRecognized();

    [GeneratedRegex(@"^Required argument missing for option: '(?<option>[^']+)'\.$")]
    private static partial Regex MissingOptionValue();

    [GeneratedRegex(@"^Required argument missing for command: '(?<command>[^']+)'\.$")]
    private static partial Regex MissingCommandArgument();

    [GeneratedRegex(@"^Option '(?<option>[^']+)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
