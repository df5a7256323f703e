using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Turns a text (and, for stance, a target) into feature keys, block by block. Training builds
/// its vocabulary and vectors through this class and scoring uses it unchanged: one code path.
/// </summary>
internal static class FeatureExtractor
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
                ChangeFeatures.Emit(sink, FeatureBlocks.Seed(FeatureBlock.Word), settings.MarkMoodChanges, settings.AppositiveChanges, settings.ObjectChanges);
                if (settings.MarkComparisons)
                {
                    ComparisonFeatures.Emit(sink, FeatureBlocks.Seed(FeatureBlock.Word));
                }

                if (settings.MarkMeasures)
                {
                    MeasureFeatures.Emit(sink, FeatureBlocks.Seed(FeatureBlock.Word));
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

    /// <summary>Word tokens: runs of letters and digits of two or more characters (<see cref="WordHashes"/>), negation-marked if asked.</summary>
    private static void Tokenize(FeaturizerSettings settings, FeatureSink sink)
    {
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        var negated = false;
        var i = 0;
        while (i < chars.Length)
        {
            if (!TextNormalizer.IsWordChar(chars[i]))
            {
                if (TextNormalizer.IsClauseBreak(chars[i]))
                {
                    negated = false;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < chars.Length && TextNormalizer.IsWordChar(chars[i]))
            {
                i++;
            }

            // "n't": a word ending in n before 't ("can't", "isn't"), or the lone "n" of text split as "does n't".
            var notContraction = settings.Contractions && IsNotContraction(chars, i);
            if (i - start < 2 && !(notContraction && i - start == 1))
            {
                continue;
            }

            if (settings.NormalizeSocial && IsLinkStart(chars, start, i))
            {
                sink.AddToken(new Token(start, i - start, UrlToken, UrlToken, false));
                while (i < chars.Length && !char.IsWhiteSpace(chars[i]))
                {
                    i++;
                }

                continue;
            }

            var lone = notContraction && i - start == 1;
            var hash = lone ? NotToken : settings.NormalizeSocial ? SocialHash(chars, start, i) : FeatureHash.Token(chars[start..i]);
            var isNegator = settings.MarkNegation
                && (notContraction || Negators.Contains(hash) || (!settings.Contractions && ContractionStems.Contains(hash)));
            var marked = negated && !isNegator;
            sink.AddToken(new Token(start, (lone ? i + 2 : i) - start, marked ? FeatureHash.Combine(hash, NegationMark) : hash, hash, marked));
            negated |= isNegator;
        }
    }

    private static readonly ulong NotToken = FeatureHash.Token("not");

    /// <summary>True when the word ending at <paramref name="end"/> ends in n and is followed by 't and no more letters.</summary>
    private static bool IsNotContraction(ReadOnlySpan<char> chars, int end) =>
        chars[end - 1] == 'n' && end + 1 < chars.Length && chars[end] == '\'' && chars[end + 1] == 't'
        && (end + 2 == chars.Length || !TextNormalizer.IsWordChar(chars[end + 2]));

    private static readonly ulong UrlToken = FeatureHash.Token("\u0001URL");
    private static readonly ulong UserToken = FeatureHash.Token("\u0001USER");

    /// <summary>Whether the word <c>[start, end)</c> opens a link: "http", "https" or "www" followed by ':' or '.'.</summary>
    internal static bool IsLinkStart(ReadOnlySpan<char> chars, int start, int end) =>
        chars[start..end] is "http" or "https" or "www" && end < chars.Length && chars[end] is ':' or '.';

    /// <summary>The token hash with social-media normalisation: a link or an @name is one token; runs of 3+ equal letters count as 2.</summary>
    private static ulong SocialHash(ReadOnlySpan<char> chars, int start, int end)
    {
        if (start > 0 && chars[start - 1] == '@')
        {
            return UserToken;
        }

        var word = chars[start..end];
        var h = FeatureHash.Offset;
        for (var i = 0; i < word.Length; i++)
        {
            if (i >= 2 && word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsLetter(word[i]))
            {
                continue;
            }

            h = FeatureHash.Step(h, word[i]);
        }

        return h;
    }

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

    /// <summary>
    /// Writes the raw hashes of the word tokens of <paramref name="text"/> (by the same rules as <see cref="Tokenize"/>;
    /// for lexicon terms) into <paramref name="hashes"/>, at most its length; returns how many there are.
    /// </summary>
    public static int WordHashes(string text, Span<ulong> hashes)
    {
        Span<char> folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        TextNormalizer.Normalize(text, folded);
        var count = 0;
        var i = 0;
        while (i < folded.Length)
        {
            var start = i;
            while (i < folded.Length && TextNormalizer.IsWordChar(folded[i]))
            {
                i++;
            }

            if (i - start >= 2)
            {
                if (count < hashes.Length)
                {
                    hashes[count] = FeatureHash.Token(folded[start..i]);
                }

                count++;
            }

            i = Math.Max(i, start + 1);
        }

        return count;
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
