namespace Classifier.Features;

/// <summary>The word n-gram, contrast-clause and character n-gram keys of a text.</summary>
internal static partial class FeatureExtractor
{
    /// <summary>Unigrams after the last contrast word, marked so they can weigh more than the words before it.</summary>
    private static void EmitContrastClause(FeatureSink sink)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var last = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Contrasts.Contains(tokens[i].Raw))
            {
                last = i;
            }
        }

        var seed = FeatureBlocks.Seed(FeatureBlock.Word);
        for (var i = last + 1; last >= 0 && i < tokens.Length; i++)
        {
            sink.Add(FeatureHash.Key(FeatureHash.Combine(ContrastMark, tokens[i].Hash), seed), tokens[i].Start, tokens[i].Start + tokens[i].Length);
        }
    }

    /// <summary>Word n-grams from 1 to <paramref name="max"/>, optionally crossed with a target hash.</summary>
    internal static void EmitWordNgrams(FeatureSink sink, int max, ulong seed, ulong cross)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        for (var s = 0; s < tokens.Length; s++)
        {
            var g = tokens[s].Hash;
            sink.Add(FeatureHash.Key(cross == 0 ? g : FeatureHash.Combine(cross, g), seed), tokens[s].Start, tokens[s].Start + tokens[s].Length);
            for (var e = s + 1; e < tokens.Length && e - s < max; e++)
            {
                g = FeatureHash.Combine(g, tokens[e].Hash);
                sink.Add(FeatureHash.Key(cross == 0 ? g : FeatureHash.Combine(cross, g), seed), tokens[s].Start, tokens[e].Start + tokens[e].Length);
            }
        }
    }

    /// <summary>Character n-grams inside space-padded, whitespace-separated words (scikit-learn's char_wb).</summary>
    internal static void EmitCharNgrams(FeatureSink sink, int min, int max, ulong seed, ulong cross)
    {
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        seed ^= cross;
        var i = 0;
        while (i < chars.Length)
        {
            if (char.IsWhiteSpace(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && !char.IsWhiteSpace(chars[i]))
            {
                i++;
            }

            EmitPaddedWord(sink, chars[start..i], start, min, max, seed);
        }
    }

    private static void EmitPaddedWord(FeatureSink sink, ReadOnlySpan<char> word, int at, int min, int max, ulong seed)
    {
        var length = word.Length + 2;
        if (length < min)
        {
            var h = FeatureHash.Step(FeatureHash.Offset, ' ');
            foreach (var c in word)
            {
                h = FeatureHash.Step(h, c);
            }

            sink.Add(FeatureHash.Key(FeatureHash.Step(h, ' '), seed), at, at + word.Length);
            return;
        }

        for (var p = 0; p < length; p++)
        {
            var h = FeatureHash.Offset;
            var end = Math.Min(length, p + max);
            for (var q = p; q < end; q++)
            {
                h = FeatureHash.Step(h, q == 0 || q == length - 1 ? ' ' : word[q - 1]);
                if (q - p + 1 >= min)
                {
                    sink.Add(FeatureHash.Key(h, seed), at, at + word.Length);
                }
            }
        }
    }
}
