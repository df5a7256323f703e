using System.CommandLine;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Training.Cli;

/// <summary>The lexicon, alias table and representatives a model is trained with.</summary>
internal sealed record FeatureInputs(IReadOnlyList<LexiconEntry>? Lexicon, IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases)
{
    /// <summary>Stance: the people who speak or act for each target (<see cref="ModelInfo.Representatives"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Representatives { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>The options <c>--lexicon</c>, <c>--no-lexicon</c>, <c>--aliases</c> and <c>--representatives</c>, shared by the commands that train.</summary>
internal sealed class FeatureInputOptions
{
    private readonly Option<string?> _lexicon = new("--lexicon") { Description = "Polarity lexicon TSV (term, polarity, strength) stored in the model; default: the built-in lexicon (data/lexicon.tsv)." };
    private readonly Option<bool> _noLexicon = new("--no-lexicon") { Description = "Train without lexicon features." };
    private readonly Option<string?> _aliases = new("--aliases") { Description = "Stance: TSV of targets and their aliases (target, alias) stored in the model; default: the built-in table (data/stance/aliases.tsv)." };

    private readonly Option<string?> _representatives = new("--representatives")
    {
        Description = "Stance: TSV of the people who speak or act for targets (target, name: \"Russia\", \"Vladimir Putin\"; every target one the alias table knows) stored in the model, so that naming them mentions their target, as data/stance/representatives.tsv does for news; default: none.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_lexicon);
        command.Options.Add(_noLexicon);
        command.Options.Add(_aliases);
        command.Options.Add(_representatives);
    }

    /// <summary>The files these options name (null for those not given), each with its option, for <see cref="OutputPath.EnsureWritable"/>.</summary>
    public IEnumerable<(string Option, string? Path)> Files(ParseResult parse) =>
        [("--lexicon", parse.GetValue(_lexicon)), ("--aliases", parse.GetValue(_aliases)), ("--representatives", parse.GetValue(_representatives))];

    /// <summary>The error for <paramref name="option"/>, which applies to stance models only, in a run that trains sentiment models.</summary>
    private static UsageException StanceOnly(string option) =>
        new($"{option} applies to stance models only; this run trains a sentiment model (--task sentiment): leave out {option}, or use --task stance");

    /// <summary>
    /// The checks of these options that need no file (both --lexicon and --no-lexicon, a stance-only option for
    /// sentiment), for a command to make before it reads any file; <see cref="Read"/> makes them too.
    /// </summary>
    /// <exception cref="UsageException">Both --lexicon and --no-lexicon, or a stance-only option for sentiment.</exception>
    public void Check(ParseResult parse, ClassifierTask task)
    {
        if (parse.GetValue(_lexicon) is not null && parse.GetValue(_noLexicon))
        {
            throw new UsageException("give either --lexicon or --no-lexicon, not both");
        }

        if (parse.GetValue(_aliases) is not null && task != ClassifierTask.Stance)
        {
            throw StanceOnly("--aliases");
        }

        if (parse.GetValue(_representatives) is not null && task != ClassifierTask.Stance)
        {
            throw StanceOnly("--representatives");
        }
    }

    /// <summary>The lexicon, alias table and representatives the options name, for <paramref name="task"/>.</summary>
    /// <exception cref="UsageException">Both --lexicon and --no-lexicon, or a stance-only option for sentiment.</exception>
    public FeatureInputs Read(ParseResult parse, ClassifierTask task)
    {
        Check(parse, task);
        var lexiconFile = parse.GetValue(_lexicon);
        var aliasFile = parse.GetValue(_aliases);
        var peopleFile = parse.GetValue(_representatives);
        var lexicon = parse.GetValue(_noLexicon) ? null : lexiconFile is null ? BuiltInResources.Lexicon() : LexiconFile.Read(lexiconFile);
        if (task != ClassifierTask.Stance)
        {
            return new FeatureInputs(lexicon, new Dictionary<string, IReadOnlyList<string>>());
        }

        var aliases = aliasFile is null ? BuiltInResources.Aliases() : AliasFile.Read(aliasFile);
        var inputs = new FeatureInputs(lexicon, aliases);
        return peopleFile is null ? inputs : inputs with { Representatives = RepresentativesFile.Read(peopleFile, aliases) };
    }
}
