using System.CommandLine;
using Classifier.Model;

namespace Classifier.Training.Cli;

/// <summary>
/// The option <c>--alias TARGET=NAME</c> (repeatable), shared by <c>predict</c>, <c>evaluate</c>, <c>explain</c> and
/// <c>analyze</c>: another name of a stance target for one run, added as <see cref="StanceClassifier.WithAliases"/> adds it.
/// </summary>
internal sealed class AliasOption
{
    public Option<string[]> Option { get; } = new("--alias")
    {
        Description = "Stance: TARGET=NAME, another name of a target for this run, as StanceClassifier.WithAliases adds it ('windfall tax=windfall levy'); repeatable. "
            + "A name the model's alias table gives to another target is refused.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The names given, by target (as written before the '='), in the order first given.</summary>
    /// <exception cref="UsageException">A value is not TARGET=NAME with both sides non-empty, or a side is longer than
    /// <see cref="StanceClassifier.MaxTargetLength"/> or has characters no target may have (a control character, or no
    /// letter or digit).</exception>
    public IReadOnlyList<(string Target, string[] Names)> Read(ParseResult parse)
    {
        var given = parse.GetValue(Option) ?? [];
        var pairs = new List<(string Target, string Name)>();
        foreach (var value in given)
        {
            var at = value.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || string.IsNullOrWhiteSpace(value[..at]) || string.IsNullOrWhiteSpace(value[(at + 1)..]))
            {
                throw new UsageException($"--alias needs TARGET=NAME, such as 'windfall tax=windfall levy', not '{value}'");
            }

            var (target, name) = (value[..at].Trim(), value[(at + 1)..].Trim());
            if ((LongTarget.AliasError("target", target) ?? LongTarget.AliasError("name", name)) is { } tooLong)
            {
                throw tooLong;
            }

            // As StanceClassifier.WithAliases refuses them: a name "." would make every full stop a mention of the target.
            if ((Classifier.Stance.TargetCharacters.RowProblem(target) ?? Classifier.Stance.TargetCharacters.RowProblem(name, "name")) is { } characters)
            {
                throw new UsageException($"--alias: {characters}");
            }

            pairs.Add((target, name));
        }

        return pairs.GroupBy(p => p.Target, StringComparer.Ordinal).Select(g => (g.Key, g.Select(p => p.Name).ToArray())).ToArray();
    }

    /// <summary>The scorer with <paramref name="aliases"/> added to its alias table.</summary>
    /// <param name="scorer">The model's scorer.</param>
    /// <param name="aliases">The names given with <c>--alias</c>.</param>
    /// <param name="modelPath">The <c>--model</c> file the scorer was loaded from, named in the error; null for the embedded model.</param>
    /// <exception cref="UsageException">Aliases were given for a sentiment model, a name already names another target, or the
    /// target or a name is only function words the model would find in every text ("the": <see cref="ModelScorer.FunctionWordsProblem"/>).</exception>
    public static ModelScorer Apply(ModelScorer scorer, IReadOnlyList<(string Target, string[] Names)> aliases, string? modelPath)
    {
        if (aliases.Count > 0 && !scorer.IsStance)
        {
            throw ModelOption.StanceOnly("--alias", modelPath);
        }

        foreach (var (target, names) in aliases)
        {
            Check(scorer, target, names);
            scorer = scorer.WithAliases(target, names);
        }

        return scorer;
    }

    /// <summary>The classifier with <paramref name="aliases"/> added to its alias table.</summary>
    /// <exception cref="UsageException">A name already names another target, or the target or a name is only function words the model would find in every text.</exception>
    public static StanceClassifier Apply(StanceClassifier classifier, IReadOnlyList<(string Target, string[] Names)> aliases)
    {
        foreach (var (target, names) in aliases)
        {
            Check(classifier.Scorer, target, names);
            classifier = classifier.WithAliases(target, names);
        }

        return classifier;
    }

    private static void Check(ModelScorer scorer, string target, string[] names)
    {
        if (scorer.Aliases.Conflict(target, names) is { } conflict)
        {
            throw new UsageException($"--alias: {conflict}");
        }

        // As StanceClassifier.WithAliases refuses them: a target or name "the" would make every "the" a mention.
        if ((scorer.FunctionWordsProblem(target) ?? names.Select(n => scorer.FunctionWordsProblem(n, target)).FirstOrDefault(p => p is not null)) is { } everywhere)
        {
            throw new UsageException($"--alias: {everywhere}");
        }
    }
}
