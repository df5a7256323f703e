using System.CommandLine;

namespace Classifier.Training.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<ClassifierTask> Task() => new("--task")
    {
        Description = "The task: sentiment or stance.",
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

    /// <summary>Checks <c>--unseen-targets</c> against the task and the number of folds; throws a usage error when it cannot apply.</summary>
    public static void CheckUnseenTargets(bool unseen, ClassifierTask task, Data.LabeledDataSet data, int folds)
    {
        if (!unseen)
        {
            return;
        }

        if (task != ClassifierTask.Stance)
        {
            throw new UsageException("--unseen-targets applies to stance only");
        }

        var targets = data.Examples.Select(e => e.Target).Distinct(StringComparer.Ordinal).Count();
        if (targets < folds)
        {
            throw new UsageException($"--unseen-targets puts whole targets in each fold: the data has {targets} targets, fewer than --folds {folds}; use --folds {targets} or fewer");
        }
    }

    public static Option<bool> KeepDuplicates() => new("--keep-duplicates")
    {
        Description = "Keep repeated and conflicting rows (for public benchmark sets); by default conflicting labels are an error and repeats are kept once.",
    };

    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(" or ", allowed)}.", DefaultValueFactory = _ => allowed[0] };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    private static ClassifierTask Invalid(System.CommandLine.Parsing.ArgumentResult r, string message)
    {
        r.AddError(message);
        return default;
    }
}
