namespace Classifier.Features;

/// <summary>One polarity term of a lexicon: a word or short phrase, its polarity (+1 or -1) and strength (1 or 2).</summary>
internal sealed record LexiconEntry(string Term, int Polarity, int Strength);

/// <summary>
/// Polarity words and phrases. A term that word tokens represent exactly (words of two or more letters or digits,
/// separated by spaces, hyphens or apostrophes, with one-letter words only between two such, as in "struck a deal")
/// is matched on tokens, longest first, up to <see cref="MaxTokens"/> tokens within one clause, with no bracket between them (until 4 December
/// also across a clause break: "Exports were strong. Demand at home fell" matched "strong demand"). Any other term is matched on the
/// characters as a phrase: one with a symbol (":)", "&lt;3", "#fail", "0/10"), a one-letter word or a separator at either
/// end ("a steal", "i love", "f'd up", "-ish") or more words than that. (Until 4 December such terms were matched by their
/// longer words alone, "a steal" as "steal", "f'd up" as "up", "0/10" as "10", and terms of more words not at all.) A
/// phrase that starts with a letter or digit starts a word, and one that ends with one ends a word, so "a steal" is not
/// found in "Thieves steal" nor "&lt;3" in "&lt;35"; a space in it stands for any run of spaces. A phrase with a digit
/// matches nothing in a model that writes every digit as 0 (<see cref="FeaturizerSettings.NormalizeDigits"/>): "5 stars"
/// would read as "0 stars". A link ("http://...", "www....", to the next space) matches nothing: its "://" is no ":/".
/// Matching runs left to right and goes on after each match; where a word term and a phrase start at the same word, the
/// longer wins (the word term if they are as long). Each match becomes a feature of its polarity, strength and negation
/// (a phrase's is that of its first word token, if it has one), so words absent from the training data still carry
/// their polarity. Immutable; safe to share across threads.
/// </summary>
internal sealed class Lexicon
{
    public const int MaxTokens = 4;
    private static readonly ulong Match = FeatureHash.Token("\u0001LEX");
    private static readonly ulong Net = FeatureHash.Token("\u0001NET");
    private static readonly ulong[] MatchKeys = [MatchKey(1), MatchKey(12), MatchKey(2), MatchKey(11)];
    private static readonly ulong[] NetKeys = [NetKey(-1), NetKey(0), NetKey(1)];
    private readonly Dictionary<ulong, sbyte> _byTokens;

    /// <summary>
    /// For each word that begins a word term, the most words of a term it begins. Most words begin none, so one lookup
    /// here spares <see cref="LongestMatch"/> the four lookups of every length in <see cref="_byTokens"/>.
    /// </summary>
    private readonly Dictionary<ulong, byte> _longestFrom;

    /// <summary>
    /// One bit per bucket of word hashes, set for the buckets of the words in <see cref="_longestFrom"/>: small enough to stay
    /// in cache, so most words that begin no term are turned away without a dictionary lookup.
    /// </summary>
    private readonly ulong[] _startsTerm = new ulong[StartBits / 64];

    private const int StartBits = 1 << 16;

    /// <summary>Phrases that start with a symbol, by that first character, longest first.</summary>
    private readonly Dictionary<char, Phrase[]> _symbolsByFirstChar;

    /// <summary>Phrases that start with a letter or digit, by the hash of their first word (of any length), longest first.</summary>
    private readonly Dictionary<ulong, Phrase[]> _phrasesByFirstWord;

    /// <summary>As <see cref="_startsTerm"/>, for the first words of <see cref="_phrasesByFirstWord"/>.</summary>
    private readonly ulong[] _startsPhrase = new ulong[StartBits / 64];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public Lexicon(IReadOnlyList<LexiconEntry> entries)
    {
        Entries = entries;
        _byTokens = new Dictionary<ulong, sbyte>(entries.Count);
        _longestFrom = new Dictionary<ulong, byte>(entries.Count);
        var symbols = new Dictionary<char, List<Phrase>>();
        var phrases = new Dictionary<ulong, List<Phrase>>();
        Span<ulong> hashes = stackalloc ulong[16];
        foreach (var e in entries)
        {
            var value = (sbyte)(Math.Sign(e.Polarity) * Math.Clamp(e.Strength, 1, 2));
            var folded = SingleSpaced(string.Create(e.Term.Length, e.Term, static (span, term) => TextNormalizer.Normalize(term, span)));
            if (folded.Length == 0)
            {
                continue;
            }

            var count = FeatureExtractor.WordHashes(e.Term, hashes);
            if (count is > 0 and <= MaxTokens && MatchesAsWords(folded))
            {
                _byTokens.TryAdd(SequenceKey(hashes[..count]), value);
                _longestFrom[hashes[0]] = (byte)Math.Max(count, _longestFrom.GetValueOrDefault(hashes[0]));
                Set(_startsTerm, hashes[0]);
            }
            else if (TextNormalizer.IsWordChar(folded[0]))
            {
                var first = FeatureHash.Token(folded.AsSpan(0, WordEnd(folded, 0)));
                (phrases.TryGetValue(first, out var list) ? list : phrases[first] = []).Add(Phrase.Of(folded, value));
                Set(_startsPhrase, first);
            }
            else
            {
                (symbols.TryGetValue(folded[0], out var list) ? list : symbols[folded[0]] = []).Add(Phrase.Of(folded, value));
            }
        }

        _symbolsByFirstChar = symbols.ToDictionary(p => p.Key, p => LongestFirst(p.Value));
        _phrasesByFirstWord = phrases.ToDictionary(p => p.Key, p => LongestFirst(p.Value));
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Emits the lexicon block for the tokens and characters already in <paramref name="sink"/>.</summary>
    public void Emit(FeatureSink sink)
    {
        if (Scan(sink, from: 0, emit: true, out var net))
        {
            sink.Add(NetKey(Math.Sign(net)));
        }
    }

    /// <summary>
    /// The net polarity (sum of values, negated matches counted against) of the matches <see cref="Emit"/> finds that start
    /// at or after character <paramref name="from"/>; phrases without a letter or digit (":)") are not counted.
    /// </summary>
    public int NetValue(FeatureSink sink, int from)
    {
        Scan(sink, from, emit: false, out var net);
        return net;
    }

    /// <summary>
    /// Finds the matches, left to right over the characters: at each word, the longer of the word term (over the tokens) and
    /// the phrase that start there; at a symbol, the longest phrase that starts with it. Matching goes on after a match's
    /// end. With <paramref name="emit"/>, adds each match's keys and counts every match in <paramref name="net"/>; without,
    /// counts only the matches that start at or after <paramref name="from"/> and hold a word. Returns whether anything matched.
    /// </summary>
    private bool Scan(FeatureSink sink, int from, bool emit, out int net)
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

                Count(sink, emit, from, at, phraseLength, phrase.Value, FirstToken(tokens, ref token, at, phraseLength).Negated, phrase.HasWord, ref net);
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
                Count(sink, emit, from, at, wordLength, wordValue, firstToken.Negated, hasWord: true, ref net);
                token += words;
                at += wordLength;
            }
            else if (phraseLength > 0)
            {
                Count(sink, emit, from, at, phraseLength, phrase.Value, firstToken.Negated, phrase.HasWord, ref net);
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
    private static void Count(FeatureSink sink, bool emit, int from, int at, int length, sbyte value, bool negated, bool hasWord, ref int net)
    {
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
    /// tokens of a term lie within one clause: no clause break (<see cref="TextNormalizer.IsClauseBreak"/>) or bracket between them.
    /// </summary>
    private int LongestMatch(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int i, Span<ulong> window, out sbyte value)
    {
        if (!IsSet(_startsTerm, tokens[i].Raw) || !_longestFrom.TryGetValue(tokens[i].Raw, out var longest))
        {
            value = 0;
            return 0;
        }

        var joined = 1;
        for (var limit = Math.Min(longest, tokens.Length - i); joined < limit && !BreakBetween(chars, tokens[i + joined - 1], tokens[i + joined]); joined++)
        {
        }

        for (var n = joined; n >= 1; n--)
        {
            for (var j = 0; j < n; j++)
            {
                window[j] = tokens[i + j].Raw;
            }

            if (_byTokens.TryGetValue(SequenceKey(window[..n]), out value))
            {
                return n;
            }
        }

        value = 0;
        return 0;
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
    /// How many characters of <paramref name="chars"/> from <paramref name="at"/> <paramref name="phrase"/> matches (-1: none): each
    /// space of the phrase matches a run of spaces, and a phrase that ends with a letter or digit must end a word there.
    /// </summary>
    private static int MatchLength(ReadOnlySpan<char> chars, int at, string phrase)
    {
        var i = at;
        foreach (var c in phrase)
        {
            if (i >= chars.Length)
            {
                return -1;
            }

            if (c == ' ')
            {
                if (chars[i] != ' ')
                {
                    return -1;
                }

                while (i + 1 < chars.Length && chars[i + 1] == ' ')
                {
                    i++;
                }
            }
            else if (chars[i] != c)
            {
                return -1;
            }

            i++;
        }

        return TextNormalizer.IsWordChar(phrase[^1]) && i < chars.Length && TextNormalizer.IsWordChar(chars[i]) ? -1 : i - at;
    }

    /// <summary>
    /// Whether tokens represent <paramref name="folded"/> exactly: runs of letters and digits separated only by spaces, hyphens
    /// and apostrophes, starting and ending with a run of two characters or more (inside, tokens skip one-character words in the
    /// text as in the term).
    /// </summary>
    private static bool MatchesAsWords(string folded)
    {
        var (first, last, run) = (0, 0, 0);
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (TextNormalizer.IsWordChar(c))
            {
                run++;
                continue;
            }

            if (c is not (' ' or '-' or '\''))
            {
                return false;
            }

            if (run > 0)
            {
                first = first == 0 ? run : first;
                last = run;
                run = 0;
            }
        }

        return first >= 2 && last >= 2 && TextNormalizer.IsWordChar(folded[0]) && TextNormalizer.IsWordChar(folded[^1]);
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

    /// <summary><paramref name="folded"/> without leading and trailing spaces, each run of spaces inside it made one.</summary>
    private static string SingleSpaced(string folded) => folded.Contains("  ", StringComparison.Ordinal)
        ? string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        : folded.Trim(' ');

    private static int WordEnd(ReadOnlySpan<char> chars, int at)
    {
        while (at < chars.Length && TextNormalizer.IsWordChar(chars[at]))
        {
            at++;
        }

        return at;
    }

    private static Phrase[] LongestFirst(List<Phrase> phrases) => [.. phrases.OrderByDescending(p => p.Text.Length)];

    private static void Set(ulong[] bits, ulong hash)
    {
        var bit = StartBit(hash);
        bits[bit >> 6] |= 1UL << (bit & 63);
    }

    private static bool IsSet(ulong[] bits, ulong hash)
    {
        var bit = StartBit(hash);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>A term matched on characters: its folded text, its value, and whether it has a letter or digit, and a digit.</summary>
    private readonly record struct Phrase(string Text, sbyte Value, bool HasWord, bool HasDigit)
    {
        public static Phrase Of(string folded, sbyte value) =>
            new(folded, value, folded.Any(char.IsLetterOrDigit), folded.Any(char.IsDigit));
    }

    /// <summary>The keys <see cref="Emit"/> adds per match: its polarity key, then its strength key. The block ends with one net key if anything matched.</summary>
    internal const int KeysPerMatch = 2;

    /// <summary>
    /// The polarity a match's first key (see <see cref="KeysPerMatch"/>) stands for: +1 for a positive match or a negated
    /// negative one ("not bad"), -1 for a negative match or a negated positive one, 0 for any other key. Only the first
    /// key of a match can be read: a strength key can equal a negated polarity key.
    /// </summary>
    internal static int MatchPolarity(ulong key) =>
        key == MatchKeys[0] || key == MatchKeys[1] ? 1 : key == MatchKeys[2] || key == MatchKeys[3] ? -1 : 0;

    /// <summary>The sign of the net polarity if <paramref name="key"/> is this block's net key, else null.</summary>
    internal static int? NetSign(ulong key)
    {
        var at = Array.IndexOf(NetKeys, key);
        return at < 0 ? null : at - 1;
    }

    private static ulong MatchKey(ulong polarity) => FeatureHash.Key(FeatureHash.Combine(Match, polarity), FeatureBlocks.Seed(FeatureBlock.Lexicon));

    private static ulong NetKey(int sign) => FeatureHash.Key(FeatureHash.Combine(Net, (ulong)(sign + 1)), FeatureBlocks.Seed(FeatureBlock.Lexicon));

    private static void EmitMatch(FeatureSink sink, sbyte value, bool negated, int start, int end)
    {
        var polarity = (ulong)(value > 0 ? 1 : 2) + (negated ? 10UL : 0UL);
        var seed = FeatureBlocks.Seed(FeatureBlock.Lexicon);
        sink.Add(FeatureHash.Key(FeatureHash.Combine(Match, polarity), seed), start, end);
        sink.Add(FeatureHash.Key(FeatureHash.Combine(Match, (polarity * 10) + (ulong)Math.Abs(value)), seed), start, end);
    }

    private static int StartBit(ulong hash) => (int)(hash >> 48) & (StartBits - 1);

    private static ulong SequenceKey(ReadOnlySpan<ulong> hashes)
    {
        var h = hashes[0];
        for (var i = 1; i < hashes.Length; i++)
        {
            h = FeatureHash.Combine(h, hashes[i]);
        }

        return FeatureHash.Combine(h, (ulong)hashes.Length);
    }
}
