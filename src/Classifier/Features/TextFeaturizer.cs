using Classifier.Stance;

namespace Classifier.Features;

/// <summary>
/// The whole featurisation of a model: its settings, its lexicon (if any) and its alias table.
/// Training and scoring both call <see cref="Extract"/>, so a text becomes the same features in both.
/// Immutable; safe to share across threads.
/// </summary>
internal sealed class TextFeaturizer(FeaturizerSettings settings, Lexicon? lexicon, AliasTable aliases)
{
    public FeaturizerSettings Settings => settings;

    public Lexicon? Lexicon => lexicon;

    public AliasTable Aliases => aliases;

    /// <summary>Extracts the features of <paramref name="text"/> (toward <paramref name="target"/> for stance) into <paramref name="sink"/>.</summary>
    public void Extract(ReadOnlySpan<char> text, TargetContext? target, FeatureSink sink)
    {
        ExtractText(text, sink);
        if (target is not null)
        {
            ExtractTarget(text, target, sink);
        }
    }

    /// <summary>The blocks that do not depend on a target (words, characters, lexicon, word vector), after a reset of <paramref name="sink"/>.</summary>
    public void ExtractText(ReadOnlySpan<char> text, FeatureSink sink)
    {
        FeatureExtractor.Extract(settings, text, sink);
        if (lexicon is not null)
        {
            sink.BeginBlock(FeatureBlock.Lexicon);
            if (settings.MarkShifters)
            {
                lexicon.EmitShifted(sink, settings.EndingOutcomes);
            }
            else
            {
                lexicon.Emit(sink);
            }

            sink.EndBlock(FeatureBlock.Lexicon);
        }
    }

    /// <summary>
    /// The target blocks of (<paramref name="text"/>, <paramref name="target"/>), after the text blocks <see cref="ExtractText"/> put in
    /// <paramref name="sink"/> and after any earlier target's blocks are dropped (<see cref="FeatureSink.KeepTextBlocks"/>).
    /// </summary>
    public void ExtractTarget(ReadOnlySpan<char> text, TargetContext target, FeatureSink sink) =>
        StanceFeatures.EmitTargetBlocks(settings, text, target, aliases, sink, lexicon);
}
