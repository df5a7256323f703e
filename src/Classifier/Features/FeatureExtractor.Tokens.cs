namespace Classifier.Features;

/// <summary>Word tokens: negation marking, "n't" contractions, social-media tokens, and the hashes of a lexicon term's words.</summary>
internal static partial class FeatureExtractor
{
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

    /// <summary>Combined with the hash of a word that a lexicon term writes with "n't" ("can't stand"), and of such a word in a text.</summary>
    private static readonly ulong ContractionMark = FeatureHash.Token("\u0001N'T");

    /// <summary>
    /// The hash a lexicon matches the word ending at <paramref name="end"/> by: <paramref name="raw"/>, combined with a mark when
    /// the word is the stem of a "n't" contraction. The token of "can't" is "can", whose raw hash is that of "can"; without the
    /// mark the term "can't stand" (negative) also matched "can stand" (until 7 December).
    /// </summary>
    internal static ulong LexiconWord(ulong raw, ReadOnlySpan<char> chars, int end) =>
        end >= 1 && IsNotContraction(chars, end) ? FeatureHash.Combine(raw, ContractionMark) : raw;

    /// <summary>
    /// The hash a lexicon matches a word followed by a split "n't" by ("ca n't", "does n't", as treebank-tokenised text writes
    /// "can't" and "doesn't"): that of the contraction's stem ("can", "doesn") as <see cref="LexiconWord"/> marks it.
    /// <paramref name="raw"/> is the word's raw hash ("ca", "does").
    /// </summary>
    internal static ulong SplitContraction(ulong raw) => FeatureHash.Combine(FeatureHash.Step(raw, 'n'), ContractionMark);

    /// <summary>
    /// Whether <paramref name="next"/> is the lone "n't" of a split contraction (<see cref="Tokenize"/>) written right after
    /// <paramref name="word"/>, with only spaces between.
    /// </summary>
    internal static bool IsSplitNot(ReadOnlySpan<char> chars, Token word, Token next) =>
        next.Length == 3 && chars[next.Start] == 'n' && chars[next.Start + 1] == '\'' && OnlySpaces(chars, word.Start + word.Length, next.Start);

    /// <summary>Whether <c>[from, to)</c> is one or more spaces and nothing else.</summary>
    private static bool OnlySpaces(ReadOnlySpan<char> chars, int from, int to) => from < to && chars[from..to].Trim(' ').IsEmpty;

    /// <summary>
    /// Writes the hashes a lexicon matches the word tokens of <paramref name="text"/> by into <paramref name="hashes"/>, at
    /// most its length, and returns how many there are: the raw hashes of the words <see cref="Tokenize"/> finds, a "n't"
    /// stem's marked as by <see cref="LexiconWord"/>, and a word followed by a split "n't" ("does n't") read as its
    /// contraction (<see cref="SplitContraction"/>), so a term matches either way of writing it.
    /// </summary>
    public static int WordHashes(string text, Span<ulong> hashes)
    {
        Span<char> folded = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        TextNormalizer.Normalize(text, folded);
        var count = 0;
        var i = 0;
        var (previousEnd, previousRaw) = (-1, 0UL);
        while (i < folded.Length)
        {
            var start = i;
            while (i < folded.Length && TextNormalizer.IsWordChar(folded[i]))
            {
                i++;
            }

            if (i - start == 1 && IsNotContraction(folded, i) && previousEnd >= 0 && OnlySpaces(folded, previousEnd, start))
            {
                if (count <= hashes.Length)
                {
                    hashes[count - 1] = SplitContraction(previousRaw);
                }

                previousEnd = -1;
            }
            else if (i - start >= 2)
            {
                var raw = FeatureHash.Token(folded[start..i]);
                if (count < hashes.Length)
                {
                    hashes[count] = LexiconWord(raw, folded, i);
                }

                count++;
                (previousEnd, previousRaw) = (i, raw);
            }

            i = Math.Max(i, start + 1);
        }

        return count;
    }
}
