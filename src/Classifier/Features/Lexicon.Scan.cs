namespace Classifier.Features;

/// <summary>Finding the matches left to right: word terms over the tokens, phrases over the characters.</summary>
internal sealed partial class Lexicon
{
    /// <summary>
    /// Finds the matches, left to right over the characters: at each word, the longer of the word term (over the tokens) and
    /// the phrase that start there; at a symbol, the longest phrase that starts with it. Matching goes on after a match's
    /// end. With <paramref name="emit"/>, adds each match's keys and counts every match in <paramref name="net"/>; without,
    /// counts only the matches that start at or after <paramref name="from"/> and hold a word. With <paramref name="found"/>, adds
    /// every match to it instead of emitting (<see cref="EmitShifted"/>). Returns whether anything matched.
    /// </summary>
    private bool Scan(FeatureSink sink, int from, bool emit, out int net, List<LexiconMatch>? found = null)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        Span<ulong> window = stackalloc ulong[MaxTokens];
        net = 0;
        var matched = false;
        var token = 0;
        for (var at = 0; at < chars.Length;)
        {
            Phrase phrase = default;
            var phraseLength = -1;
            if (!TextNormalizer.IsWordChar(chars[at]))
            {
                if (_symbolsByFirstChar.TryGetValue(chars[at], out var symbols))
                {
                    phraseLength = LongestPhrase(symbols, chars, at, sink.DigitsFolded, out phrase);
                }

                if (phraseLength < 0)
                {
                    at++;
                    continue;
                }

                Count(sink, emit, from, at, phraseLength, phrase.Value, FirstToken(tokens, ref token, at, phraseLength).Negated, phrase.HasWord, ref net, found);
                matched = true;
                at += phraseLength;
                continue;
            }

            var wordEnd = WordEnd(chars, at);
            if (FeatureExtractor.IsLinkStart(chars, at, wordEnd))
            {
                // A link carries no polarity: its "://" is no ":/", nor its words any term.
                while (wordEnd < chars.Length && !char.IsWhiteSpace(chars[wordEnd]))
                {
                    wordEnd++;
                }

                at = wordEnd;
                continue;
            }

            var words = 0;
            sbyte wordValue = 0;
            var wordLength = -1;
            FirstToken(tokens, ref token, at, 0);
            if (token < tokens.Length && tokens[token].Start == at)
            {
                words = LongestMatch(tokens, chars, token, window, out wordValue);
                wordLength = words > 0 ? tokens[token + words - 1].Start + tokens[token + words - 1].Length - at : -1;
            }

            if (_phrasesByFirstWord.Count > 0)
            {
                var first = FeatureHash.Token(chars[at..wordEnd]);
                if (IsSet(_startsPhrase, first) && _phrasesByFirstWord.TryGetValue(first, out var phrases))
                {
                    phraseLength = LongestPhrase(phrases, chars, at, sink.DigitsFolded, out phrase);
                }
            }

            var firstToken = FirstToken(tokens, ref token, at, Math.Max(wordLength, phraseLength));
            if (words > 0 && wordLength >= phraseLength)
            {
                Count(sink, emit, from, at, wordLength, wordValue, firstToken.Negated, hasWord: true, ref net, found);
                token += words;
                at += wordLength;
            }
            else if (phraseLength > 0)
            {
                Count(sink, emit, from, at, phraseLength, phrase.Value, firstToken.Negated, phrase.HasWord, ref net, found);
                at += phraseLength;
            }
            else
            {
                at = wordEnd;
                continue;
            }

            matched = true;
        }

        return matched;
    }

    /// <summary>One match of <see cref="Scan"/>: its keys when emitting, and its share of the net polarity.</summary>
    private static void Count(FeatureSink sink, bool emit, int from, int at, int length, sbyte value, bool negated, bool hasWord, ref int net,
        List<LexiconMatch>? found)
    {
        if (found is not null)
        {
            found.Add(new LexiconMatch(at, length, value, negated));
            return;
        }

        if (emit)
        {
            EmitMatch(sink, value, negated, at, at + length);
        }

        if (emit || (hasWord && at >= from))
        {
            net += negated ? -value : value;
        }
    }

    /// <summary>
    /// The length of the first of <paramref name="phrases"/> (longest first) that matches at <paramref name="at"/>, and that
    /// phrase; -1 if none does. With <paramref name="digitsFolded"/>, a phrase with a digit never matches.
    /// </summary>
    private static int LongestPhrase(Phrase[] phrases, ReadOnlySpan<char> chars, int at, bool digitsFolded, out Phrase phrase)
    {
        foreach (var candidate in phrases)
        {
            var length = digitsFolded && candidate.HasDigit ? -1 : MatchLength(chars, at, candidate.Text);
            if (length >= 0)
            {
                phrase = candidate;
                return length;
            }
        }

        phrase = default;
        return -1;
    }

    /// <summary>
    /// The number of tokens (0: none) of the longest lexicon term starting at token <paramref name="i"/>, and its value. The
    /// tokens of a term lie within one clause: no clause break (<see cref="TextNormalizer.IsClauseBreak"/>) or bracket between
    /// them. A word and the split "n't" after it ("ca n't") are two tokens and one word of a term (<see cref="Word"/>).
    /// </summary>
    private int LongestMatch(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int i, Span<ulong> window, out sbyte value)
    {
        var next = i;
        var first = Word(tokens, chars, ref next);
        if (!IsSet(_startsTerm, first) || !_longestFrom.TryGetValue(first, out var longest))
        {
            value = 0;
            return 0;
        }

        Span<int> ends = stackalloc int[MaxTokens];
        (window[0], ends[0]) = (first, next);
        var joined = 1;
        for (; joined < longest && next < tokens.Length && !BreakBetween(chars, tokens[next - 1], tokens[next]); joined++)
        {
            window[joined] = Word(tokens, chars, ref next);
            ends[joined] = next;
        }

        for (var n = joined; n >= 1; n--)
        {
            if (_byTokens.TryGetValue(SequenceKey(window[..n]), out value))
            {
                return ends[n - 1] - i;
            }
        }

        value = 0;
        return 0;
    }

    /// <summary>
    /// The hash the term word at token <paramref name="next"/> is matched by, moving <paramref name="next"/> past it: a "n't"
    /// stem's marked (<see cref="FeatureExtractor.LexiconWord"/>: "can" of "can't" is not "can"), and a word with a split "n't"
    /// after it read as the contraction (<see cref="FeatureExtractor.SplitContraction"/>: "ca n't" as "can't").
    /// </summary>
    private static ulong Word(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, ref int next)
    {
        var token = tokens[next++];
        if (next < tokens.Length && FeatureExtractor.IsSplitNot(chars, token, tokens[next]))
        {
            next++;
            return FeatureExtractor.SplitContraction(token.Raw);
        }

        return FeatureExtractor.LexiconWord(token.Raw, chars, token.Start + token.Length);
    }

    /// <summary>
    /// Whether a clause break or a bracket lies between the end of <paramref name="left"/> and the start of
    /// <paramref name="right"/>; the period after a one-letter word is an initial, not a break ("lift U.S. sanctions").
    /// </summary>
    private static bool BreakBetween(ReadOnlySpan<char> chars, Token left, Token right)
    {
        for (var k = left.Start + left.Length; k < right.Start; k++)
        {
            var initial = chars[k] == '.' && TextNormalizer.IsWordChar(chars[k - 1]) && (k < 2 || !TextNormalizer.IsWordChar(chars[k - 2]));
            if ((TextNormalizer.IsClauseBreak(chars[k]) && !initial) || chars[k] is '(' or ')' or '[' or ']' or '{' or '}')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token that starts within <c>[at, at + length)</c>, or the default token (not negated, start 0) if none does;
    /// <paramref name="token"/> is moved on to the first token that starts at or after <paramref name="at"/> (matching only moves forward).
    /// </summary>
    private static Token FirstToken(ReadOnlySpan<Token> tokens, ref int token, int at, int length)
    {
        while (token < tokens.Length && tokens[token].Start < at)
        {
            token++;
        }

        return token < tokens.Length && tokens[token].Start < at + length ? tokens[token] : default;
    }
}
