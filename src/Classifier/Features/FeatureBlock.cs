namespace Classifier.Features;

/// <summary>
/// Groups of features that are weighted and L2-normalised separately, as a union of
/// vectorisers would be. The numeric values are written into model files: never renumber.
/// </summary>
internal enum FeatureBlock
{
    Word = 0,
    Char = 1,
    TargetWord = 2,
    Mention = 3,
    TargetChar = 4,
    Lexicon = 5,
    Vector = 6,
    TargetVector = 7,
}

internal static class FeatureBlocks
{
    /// <summary>Whether a block holds the dense word-vector values (<see cref="FeatureSink.Dense"/>) rather than counted keys.</summary>
    public static bool IsDense(FeatureBlock block) => block is FeatureBlock.Vector or FeatureBlock.TargetVector;

    public const int Count = 8;

    /// <summary>The blocks that depend on the stance target; every other block depends on the text alone.</summary>
    public static readonly FeatureBlock[] TargetBlocks = [FeatureBlock.TargetWord, FeatureBlock.Mention, FeatureBlock.TargetChar, FeatureBlock.TargetVector];

    /// <summary>Seeds that keep equal hashes in different blocks apart.</summary>
    public static ulong Seed(FeatureBlock block) => block switch
    {
        FeatureBlock.Word => 0x5157_4F52_4400_0001UL,
        FeatureBlock.Char => 0x5143_4841_5200_0002UL,
        FeatureBlock.TargetWord => 0x5154_5752_4400_0003UL,
        FeatureBlock.TargetChar => 0x5154_4348_4100_0005UL,
        FeatureBlock.Lexicon => 0x514C_4558_4900_0006UL,
        FeatureBlock.Vector => 0x5156_4543_5400_0007UL,
        FeatureBlock.TargetVector => 0x5154_5645_4300_0008UL,
        _ => 0x514D_454E_5400_0004UL,
    };
}
