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
        FeatureExtractor.Extract(settings, text, sink);
        if (lexicon is not null)
        {
            sink.BeginBlock(FeatureBlock.Lexicon);
            lexicon.Emit(sink);
            sink.EndBlock(FeatureBlock.Lexicon);
        }

        if (target is not null)
        {
            StanceFeatures.EmitTargetBlocks(settings, text, target, aliases, sink, lexicon);
        }
    }
}
