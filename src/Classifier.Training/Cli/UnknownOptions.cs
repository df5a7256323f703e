using System.CommandLine;
using System.CommandLine.Parsing;

namespace Classifier.Training.Cli;

/// <summary>
/// Catches a mistyped option that the parser took as a text (<c>predict --taget China "..."</c>, whose texts are
/// variadic) or as one more value of an option that takes several (<c>evaluate --data x.tsv --fromat json</c>): a token
/// that looks like an option (<c>-x…</c> or <c>--x…</c>, a letter after the dashes) but names none of the command's
/// options. Tokens after <c>--</c> are left alone: that is how a text that starts with '-' is passed. No option of the
/// CLI takes a value that starts with a dash and a letter (negative numbers start with a dash and a digit).
/// </summary>
internal static class UnknownOptions
{
    /// <summary>The usage error for the first such token, or null if there is none.</summary>
    public static string? Check(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var names = KnownNames(parse.CommandResult);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                break;
            }

            if (token.Type != TokenType.Argument || !LooksLikeOption(token.Value))
            {
                continue;
            }

            // "--targt=China" arrives whole; its name is the part before the '=' (or ':').
            var name = token.Value.Split('=', ':')[0];
            if (names.Contains(name))
            {
                continue;
            }

            var message = $"unknown option '{name}'";
            // Short aliases (-h, -?) are within two edits of any short token: only long names are suggested.
            var closest = names
                .Where(n => n.Length > 2)
                .Select(n => (Name: n, Distance: Classifier.EditDistance.Between(name, n)))
                .Where(c => c.Distance <= 2)
                .OrderBy(c => c.Distance)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => c.Name)
                .FirstOrDefault();
            if (closest is not null)
            {
                message += $"; did you mean '{closest}'?";
            }

            if (command.Arguments.Count > 0)
            {
                var what = command.Arguments[0].Name == "text" ? "a text" : "an argument";
                message += $"; {what} that starts with '-' goes last, after '--': {command.Name} [options] -- \"{token.Value}\"";
            }

            return message;
        }

        return null;
    }

    private static bool LooksLikeOption(string value) =>
        (value.Length >= 2 && value[0] == '-' && char.IsAsciiLetter(value[1]))
        || (value.Length >= 3 && value.StartsWith("--", StringComparison.Ordinal) && char.IsAsciiLetter(value[2]));

    /// <summary>The names and aliases of the command's options and of its ancestors' recursive options (--help, --verbose).</summary>
    private static HashSet<string> KnownNames(CommandResult result)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var own = true;
        for (SymbolResult? at = result; at is not null; at = at.Parent)
        {
            if (at is not CommandResult commandResult)
            {
                continue;
            }

            foreach (var option in commandResult.Command.Options.Where(o => own || o.Recursive))
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }

            own = false;
        }

        return names;
    }
}
