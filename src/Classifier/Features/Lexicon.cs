namespace Classifier.Features;

/// <summary>One polarity term of a lexicon: a word or short phrase, its polarity (+1 or -1) and strength (1 or 2).</summary>
internal sealed record LexiconEntry(string Term, int Polarity, int Strength);

/// <summary>
/// Polarity words and phrases, matched on word tokens (longest first, up to four tokens) or, for
/// terms without letters such as ":)", as substrings. Each match becomes a feature of its polarity,
/// strength and negation, so words absent from the training data still carry their polarity.
/// Immutable; safe to share across threads.
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
    private readonly Dictionary<char, (string Symbol, sbyte Value)[]> _symbolsByFirstChar;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public Lexicon(IReadOnlyList<LexiconEntry> entries)
    {
        Entries = entries;
        _byTokens = new Dictionary<ulong, sbyte>(entries.Count);
        _longestFrom = new Dictionary<ulong, byte>(entries.Count);
        var symbols = new Dictionary<char, List<(string, sbyte)>>();
        Span<ulong> hashes = stackalloc ulong[16];
        foreach (var e in entries)
        {
            var value = (sbyte)(Math.Sign(e.Polarity) * Math.Clamp(e.Strength, 1, 2));
            var count = FeatureExtractor.WordHashes(e.Term, hashes);
            if (count == 0)
            {
                var folded = string.Create(e.Term.Length, e.Term, static (span, term) => TextNormalizer.Normalize(term, span));
                if (folded.Length > 0)
                {
                    (symbols.TryGetValue(folded[0], out var list) ? list : symbols[folded[0]] = []).Add((folded, value));
                }
            }
            else if (count <= MaxTokens)
            {
                _byTokens.TryAdd(SequenceKey(hashes[..count]), value);
                _longestFrom[hashes[0]] = (byte)Math.Max(count, _longestFrom.GetValueOrDefault(hashes[0]));
                var bit = StartBit(hashes[0]);
                _startsTerm[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        _symbolsByFirstChar = new Dictionary<char, (string, sbyte)[]>(symbols.Count);
        foreach (var (first, list) in symbols)
        {
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
            _symbolsByFirstChar[first] = list.ToArray();
        }
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Emits the lexicon block for the tokens and characters already in <paramref name="sink"/>.</summary>
    public void Emit(FeatureSink sink)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        Span<ulong> window = stackalloc ulong[MaxTokens];
        var net = 0;
        var matched = false;
        for (var i = 0; i < tokens.Length;)
        {
            var length = LongestMatch(tokens, i, window, out var value);
            if (length == 0)
            {
                i++;
                continue;
            }

            var negated = tokens[i].Negated;
            EmitMatch(sink, value, negated, tokens[i].Start, tokens[i + length - 1].Start + tokens[i + length - 1].Length);
            net += negated ? -value : value;
            matched = true;
            i += length;
        }

        if (_symbolsByFirstChar.Count > 0)
        {
            var chars = sink.Chars.AsSpan(0, sink.CharCount);
            for (var at = 0; at < chars.Length; at++)
            {
                if (TextNormalizer.IsWordChar(chars[at]) || !_symbolsByFirstChar.TryGetValue(chars[at], out var candidates))
                {
                    continue;
                }

                foreach (var (symbol, value) in candidates)
                {
                    if (chars[at..].StartsWith(symbol, StringComparison.Ordinal))
                    {
                        EmitMatch(sink, value, negated: false, at, at + symbol.Length);
                        net += value;
                        matched = true;
                        at += symbol.Length - 1;
                        break;
                    }
                }
            }
        }

        if (matched)
        {
            sink.Add(NetKey(Math.Sign(net)));
        }
    }

    /// <summary>
    /// The net polarity (sum of values, negated matches counted against) of the word matches <see cref="Emit"/> would
    /// find among the tokens starting at or after character <paramref name="from"/>; symbols are not counted.
    /// </summary>
    public int NetValue(FeatureSink sink, int from)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        Span<ulong> window = stackalloc ulong[MaxTokens];
        var net = 0;
        for (var i = 0; i < tokens.Length;)
        {
            if (tokens[i].Start < from)
            {
                i++;
                continue;
            }

            var length = LongestMatch(tokens, i, window, out var value);
            if (length == 0)
            {
                i++;
                continue;
            }

            net += tokens[i].Negated ? -value : value;
            i += length;
        }

        return net;
    }

    /// <summary>The number of tokens (0: none) of the longest lexicon term starting at token <paramref name="i"/>, and its value.</summary>
    private int LongestMatch(ReadOnlySpan<Token> tokens, int i, Span<ulong> window, out sbyte value)
    {
        var bit = StartBit(tokens[i].Raw);
        if ((_startsTerm[bit >> 6] & (1UL << (bit & 63))) == 0 || !_longestFrom.TryGetValue(tokens[i].Raw, out var longest))
        {
            value = 0;
            return 0;
        }

        for (var n = Math.Min(longest, tokens.Length - i); n >= 1; n--)
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
