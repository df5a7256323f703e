using System.CommandLine;

namespace Classifier.Training.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<ClassifierTask> Task() => new("--task")
    {
        Description = "The task: sentiment or stance.",
        HelpName = "sentiment|stance",
        Required = true,
        CustomParser = r => r.Tokens.Single().Value.ToLowerInvariant() switch
        {
            "sentiment" => ClassifierTask.Sentiment,
            "stance" => ClassifierTask.Stance,
            var other => Invalid(r, $"Unknown task '{other}'; use sentiment or stance."),
        },
    };

    public static Option<string[]> Data(bool required = true, string description = "Labeled TSV file(s); repeat the option for several.") => new("--data")
    {
        Description = description,
        Required = required,
        AllowMultipleArgumentsPerToken = true,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    public static Option<bool> UnseenTargets() => new("--unseen-targets")
    {
        Description = "Stance: folds hold whole targets, so each is scored on targets its model never trained on (how settings carry over to new targets).",
    };

    /// <summary>The error for a <c>--target</c> given empty or blank (predict, explain, analyze, uncertain): one wording for all.</summary>
    public const string EmptyTarget = "--target is empty; give the name of a target, such as --target China or --target \"carbon tax\"";

    /// <summary>
    /// Throws a usage error when any of the <c>--target</c> values given is empty or blank, or longer than
    /// <see cref="StanceClassifier.MaxTargetLength"/> (<see cref="LongTarget.OptionError"/>), or holding a control character or no
    /// letter or digit (<see cref="Classifier.Stance.TargetCharacters"/>); null (not given) is fine.
    /// </summary>
    /// <exception cref="UsageException">A value is empty or white space, too long, or has characters no target may have.</exception>
    public static void CheckTargets(params IEnumerable<string?> targets)
    {
        var given = targets.ToList();
        if (given.Any(t => t is not null && string.IsNullOrWhiteSpace(t)))
        {
            throw new UsageException(EmptyTarget);
        }

        if (given.Select(LongTarget.OptionError).FirstOrDefault(e => e is not null) is { } tooLong)
        {
            throw tooLong;
        }

        if (given.Select(t => Classifier.Stance.TargetCharacters.RowProblem(t)).FirstOrDefault(e => e is not null) is { } characters)
        {
            // "--target: target '.' has no letter or digit, ..." in the CLI's terms, not the library's ArgumentException.
            throw new UsageException($"--target: {characters}");
        }
    }

    /// <summary>Throws a usage error unless <paramref name="value"/> of <paramref name="option"/> is a probability, from 0 to 1.</summary>
    /// <exception cref="UsageException">The value is below 0, above 1, or not a number.</exception>
    public static void CheckProbability(string option, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new UsageException(FormattableString.Invariant($"{option} must be between 0 and 1 (a probability); got {value}"));
        }
    }

    /// <summary>--config: the settings file; its help says what runs without one, since the shipped models' settings do not.</summary>
    public static Option<string?> Config() => new("--config")
    {
        Description = "Settings file written by 'tune' (JSON). Default: the CLI's built-in settings, not the shipped models' " +
            "(models/<task>.config.json, which scripts/retrain.sh trains with; give it here to train as they were).",
    };

    public static Option<bool> KeepDuplicates() => new("--keep-duplicates")
    {
        Description = "Keep repeated and conflicting rows (for public benchmark sets); by default conflicting labels are an error and repeats are kept once.",
    };

    public static Option<string> Format(params string[] allowed)
    {
        // In any case, as --task is: "JSON" is json. The value the command reads is the allowed one, in lower case.
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(" or ", allowed)}.",
            HelpName = string.Join("|", allowed),
            DefaultValueFactory = _ => allowed[0],
            CustomParser = AnyCaseOf(allowed),
        };
        option.CompletionSources.Add(allowed);
        return option;
    }

    /// <summary>
    /// A parser for an option whose value is one of <paramref name="allowed"/>, matched in any case ("JSON", "MacroF1"),
    /// giving the allowed spelling; any other value is the error the parser's own choices give (<see cref="ParseErrors"/>):
    /// "--format: 'xml' is not one of the values it takes: text, json".
    /// </summary>
    public static Func<System.CommandLine.Parsing.ArgumentResult, string?> AnyCaseOf(params string[] allowed) => r =>
    {
        var given = r.Tokens.Count == 0 ? null : r.Tokens[^1].Value;
        var option = r.Parent is System.CommandLine.Parsing.OptionResult o ? $"{o.Option.Name}: " : "";
        return given is null ? null
            : allowed.FirstOrDefault(a => a.Equals(given, StringComparison.OrdinalIgnoreCase))
                ?? Invalid(r, $"{option}'{given}' is not one of the values it takes: {string.Join(", ", allowed)}", (string?)null);
    };

    private static ClassifierTask Invalid(System.CommandLine.Parsing.ArgumentResult r, string message) => Invalid(r, message, default(ClassifierTask));

    private static T Invalid<T>(System.CommandLine.Parsing.ArgumentResult r, string message, T value)
    {
        r.AddError(message);
        return value;
    }
}
