using System.CommandLine;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Training.Cli;

/// <summary>The lexicon and alias table a model is trained with.</summary>
internal sealed record FeatureInputs(IReadOnlyList<LexiconEntry>? Lexicon, IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases);

/// <summary>The options <c>--lexicon</c>, <c>--no-lexicon</c> and <c>--aliases</c>, shared by the commands that train.</summary>
internal sealed class FeatureInputOptions
{
    private readonly Option<string?> _lexicon = new("--lexicon") { Description = "Polarity lexicon TSV (term, polarity, strength) stored in the model; default: the built-in lexicon (data/lexicon.tsv)." };
    private readonly Option<bool> _noLexicon = new("--no-lexicon") { Description = "Train without lexicon features." };
    private readonly Option<string?> _aliases = new("--aliases") { Description = "Stance: TSV of targets and their aliases (target, alias) stored in the model; default: the built-in table (data/stance/aliases.tsv)." };

    public void AddTo(Command command)
    {
        command.Options.Add(_lexicon);
        command.Options.Add(_noLexicon);
        command.Options.Add(_aliases);
    }

    public FeatureInputs Read(ParseResult parse, ClassifierTask task)
    {
        var lexiconFile = parse.GetValue(_lexicon);
        if (lexiconFile is not null && parse.GetValue(_noLexicon))
        {
            throw new UsageException("give either --lexicon or --no-lexicon, not both");
        }

        var aliasFile = parse.GetValue(_aliases);
        if (aliasFile is not null && task != ClassifierTask.Stance)
        {
            throw new UsageException("--aliases applies to stance models only");
        }

        var lexicon = parse.GetValue(_noLexicon) ? null : lexiconFile is null ? BuiltInResources.Lexicon() : LexiconFile.Read(lexiconFile);
        var aliases = task != ClassifierTask.Stance ? new Dictionary<string, IReadOnlyList<string>>()
            : aliasFile is null ? BuiltInResources.Aliases() : AliasFile.Read(aliasFile);
        return new FeatureInputs(lexicon, aliases);
    }
}
