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
/// term's word written with "n't" matches only that contraction, and a term's plain word never matches one: the token of
/// "can't" is "can", but "can't stand" is not found in "can stand", nor "can afford" in "can't afford"
/// (<see cref="FeatureExtractor.LexiconWord"/>; until 7 December they were). A contraction split as treebank text writes
/// it ("ca n't stand", "does n't work") is the same word, in a term or (with <see cref="FeaturizerSettings.Contractions"/>, which
/// reads its "n't") a text (<see cref="FeatureExtractor.SplitContraction"/>; until 7 December it matched no such term). A
/// phrase that starts with a letter or digit starts a word, and one that ends with one ends a word, so "a steal" is not
/// found in "Thieves steal" nor "&lt;3" in "&lt;35"; a space in it stands for any run of spaces. A phrase with a digit
/// matches nothing in a model that writes every digit as 0 (<see cref="FeaturizerSettings.NormalizeDigits"/>): "5 stars"
/// would read as "0 stars". A link ("http://...", "www....", to the next space) matches nothing: its "://" is no ":/".
/// Matching runs left to right and goes on after each match; where a word term and a phrase start at the same word, the
/// longer wins (the word term if they are as long). Each match becomes a feature of its polarity, strength and negation
/// (a phrase's is that of its first word token, if it has one), so words absent from the training data still carry
/// their polarity. Immutable; safe to share across threads.
/// </summary>
internal sealed partial class Lexicon
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
            // Read as text is read (ReadingForm), so a term written with decomposed accents matches the composed text.
            var read = ReadingForm.Of(e.Term, int.MaxValue);
            var folded = SingleSpaced(string.Create(read.Length, read, static (span, term) => TextNormalizer.Normalize(term, span)));
            if (folded.Length == 0)
            {
                continue;
            }

            var count = FeatureExtractor.WordHashes(read, hashes);
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
}
