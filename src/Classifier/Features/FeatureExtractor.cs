using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Turns a text (and, for stance, a target) into feature keys, block by block. Training builds
/// its vocabulary and vectors through this class and scoring uses it unchanged: one code path.
/// </summary>
internal static partial class FeatureExtractor
{
    /// <summary>Combined with a word's hash when it stands in a negation scope.</summary>
    internal static readonly ulong NegationMark = FeatureHash.Token("\u0001NEG");
    private static readonly ulong ContrastMark = FeatureHash.Token("\u0001BUT");

    private static readonly FrozenSet<ulong> Contrasts = new[] { "but", "however", "yet", "nevertheless", "nonetheless", "still" }
        .Select(w => FeatureHash.Token(w)).ToFrozenSet();

    private static readonly FrozenSet<ulong> Negators = new[]
    {
        "not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "nowhere", "cannot", "without",
        "cant", "dont", "didnt", "doesnt", "isnt", "wasnt",
    }.Select(w => FeatureHash.Token(w)).ToFrozenSet();

    /// <summary>
    /// What is left of "n't" contractions once the apostrophe splits them. Without
    /// <see cref="FeaturizerSettings.Contractions"/> these negate on their own, "won" and "haven" included.
    /// </summary>
    private static readonly FrozenSet<ulong> ContractionStems = new[]
    {
        "don", "doesn", "didn", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "won", "wouldn",
        "couldn", "shouldn", "mustn", "ain",
    }.Select(w => FeatureHash.Token(w)).ToFrozenSet();

    /// <summary>Normalises and tokenises <paramref name="text"/> into <paramref name="sink"/>, then emits every text block.</summary>
    public static void Extract(FeaturizerSettings settings, ReadOnlySpan<char> text, FeatureSink sink)
    {
        if (text.Length > settings.MaxTextLength)
        {
            text = text[..settings.MaxTextLength];
        }

        sink.Reset(text.Length);
        sink.DigitsFolded = settings.NormalizeDigits;
        sink.NamesUnfolded = settings.NormalizeDigits && !settings.NamesDigitsFolded;
        sink.Normalize(text);
        sink.CharCount = text.Length;
        if (settings.SkipDatelines)
        {
            // Blanked, not cut: every offset into the text stays where it was.
            sink.Skipped = Articles.Dateline.Length(text);
            sink.Chars.AsSpan(0, sink.Skipped).Fill(' ');
        }

        sink.BlankSkippedNames();

        Tokenize(settings, sink);
        if (settings.WordNgramMax > 0)
        {
            sink.BeginBlock(FeatureBlock.Word);
            EmitWordNgrams(sink, settings.WordNgramMax, FeatureBlocks.Seed(FeatureBlock.Word), cross: 0);
            if (settings.MarkContrast)
            {
                EmitContrastClause(sink);
            }

            if (settings.SplitWords)
            {
                FindWordParts(sink);
                EmitWordParts(sink, FeatureBlocks.Seed(FeatureBlock.Word), cross: 0);
            }

            if (settings.MarkChanges)
            {
                var first = sink.Count;
                ChangeFeatures.Emit(sink, FeatureBlocks.Seed(FeatureBlock.Word), settings.MarkMoodChanges, settings.AppositiveChanges, settings.ObjectChanges,
                    settings.MarkExpectations);
                if (settings.MarkComparisons)
                {
                    ComparisonFeatures.Emit(sink, FeatureBlocks.Seed(FeatureBlock.Word));
                }

                if (settings.MarkMeasures)
                {
                    MeasureFeatures.Emit(sink, FeatureBlocks.Seed(FeatureBlock.Word));
                }

                if (settings.MarkExpectations)
                {
                    ExpectationFeatures.Emit(sink, FeatureBlocks.Seed(FeatureBlock.Word));
                }

                sink.ChangeRange = (first, sink.Count);
            }

            sink.EndBlock(FeatureBlock.Word);
        }

        if (settings.CharNgramMax > 0)
        {
            sink.BeginBlock(FeatureBlock.Char);
            EmitCharNgrams(sink, settings.CharNgramMin, settings.CharNgramMax, FeatureBlocks.Seed(FeatureBlock.Char), cross: 0);
            sink.EndBlock(FeatureBlock.Char);
        }

        if (settings.WordVectors)
        {
            EmitWordVector(sink, settings.ZipfWeighting);
        }
    }

    /// <summary>Finds the listed parts of each word (<see cref="FeaturizerSettings.SplitWords"/>) into <see cref="FeatureSink.WordParts"/>.</summary>
    private static void FindWordParts(FeatureSink sink)
    {
        Span<int> ends = stackalloc int[64];
        foreach (var token in sink.Tokens.AsSpan(0, sink.TokenCount))
        {
            var text = sink.TokenText(token);
            var parts = WordVectors.Default.WordParts(text, ends);
            for (int p = 0, start = 0; p < parts; start = ends[p++])
            {
                sink.WordParts.Add((FeatureHash.Token(text[start..ends[p]]), token.Start + start, token.Start + ends[p]));
            }
        }
    }

    /// <summary>The parts found for the text (<see cref="FeatureSink.WordParts"/>) as unigram keys with their spans, optionally crossed with a target hash.</summary>
    internal static void EmitWordParts(FeatureSink sink, ulong seed, ulong cross)
    {
        foreach (var (hash, start, end) in sink.WordParts)
        {
            sink.Add(FeatureHash.Key(cross == 0 ? hash : FeatureHash.Combine(cross, hash), seed), start, end);
        }
    }

    /// <summary>The text's word vector (<see cref="WordVectors"/>): one key per dimension, its value in <see cref="FeatureSink.Dense"/>; nothing if no word is known.</summary>
    private static void EmitWordVector(FeatureSink sink, bool zipfWeighting)
    {
        var table = WordVectors.Default;
        if (table.TextVector(sink, sink.DenseBuffer(table.Dimensions), zipfWeighting) == 0)
        {
            return;
        }

        sink.DenseCount = table.Dimensions;
        EmitDenseKeys(sink, FeatureBlock.Vector, cross: 0);
    }

    /// <summary>Keys for the <see cref="FeatureSink.DenseCount"/> dimensions of the word vector, as block <paramref name="block"/>, optionally crossed with a target hash.</summary>
    internal static void EmitDenseKeys(FeatureSink sink, FeatureBlock block, ulong cross)
    {
        var seed = FeatureBlocks.Seed(block);
        sink.BeginBlock(block);
        for (var d = 1UL; d <= (ulong)sink.DenseCount; d++)
        {
            sink.Add(block == FeatureBlock.Vector && cross == 0 && d <= (ulong)VectorKeys.Length ? VectorKeys[d - 1] : FeatureHash.Key(cross == 0 ? d : FeatureHash.Combine(cross, d), seed));
        }

        sink.EndBlock(block);
    }

    /// <summary>The uncrossed word-vector keys, by dimension, computed once.</summary>
    internal static readonly ulong[] VectorKeys = Enumerable.Range(1, 256).Select(d => FeatureHash.Key((ulong)d, FeatureBlocks.Seed(FeatureBlock.Vector))).ToArray();
}
