namespace Classifier.Features;

/// <summary>
/// Reusable buffers for one featurisation: the normalised characters, the tokens, and the
/// feature keys emitted per block. One instance per thread; never shared.
/// </summary>
internal sealed class FeatureSink
{
    private ulong[] _keys = new ulong[1024];
    private readonly (int Start, int End)[] _ranges = new (int Start, int End)[FeatureBlocks.Count];

    public char[] Chars { get; private set; } = new char[512];

    public int CharCount { get; set; }

    /// <summary>Whether <see cref="Chars"/> has its digits 1-9 written as 0 (<see cref="FeaturizerSettings.NormalizeDigits"/>).</summary>
    public bool DigitsFolded { get; set; }

    /// <summary>Whether <see cref="NameChars"/> keeps the digits <see cref="Chars"/> folded (<see cref="FeaturizerSettings.NameDigitsAsWritten"/>).</summary>
    public bool NamesUnfolded { get; set; }

    /// <summary>
    /// The text target names are found in: with <see cref="NamesUnfolded"/>, the normalised text with its digits as written
    /// ("G20", "Group of 20", "Article 50"), blanked where <see cref="Chars"/> is; otherwise <see cref="Chars"/> itself.
    /// </summary>
    public ReadOnlySpan<char> NameChars => NamesUnfolded ? _nameChars.AsSpan(0, CharCount) : Chars.AsSpan(0, CharCount);

    private char[] _nameChars = [];

    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> into <see cref="Chars"/>, its digits folded as
    /// <see cref="DigitsFolded"/> says, and, when <see cref="NamesUnfolded"/>, into <see cref="NameChars"/> with its digits
    /// as written: one pass of the normaliser, the folded copy made from the other. Set both flags and reset first.
    /// </summary>
    public void Normalize(ReadOnlySpan<char> text)
    {
        if (!NamesUnfolded)
        {
            TextNormalizer.Normalize(text, Chars, DigitsFolded);
            return;
        }

        if (_nameChars.Length < text.Length)
        {
            _nameChars = new char[Math.Max(text.Length, Chars.Length)];
        }

        TextNormalizer.Normalize(text, _nameChars);
        for (var i = 0; i < text.Length; i++)
        {
            // Fold never makes an ASCII digit of another character, so this is TextNormalizer.Normalize's digit rule.
            var c = _nameChars[i];
            Chars[i] = c is >= '1' and <= '9' ? '0' : c;
        }
    }

    /// <summary>Blanks the first <see cref="Skipped"/> characters of <see cref="NameChars"/> as <see cref="Chars"/>' are, when they are a copy of their own.</summary>
    public void BlankSkippedNames()
    {
        if (NamesUnfolded)
        {
            _nameChars.AsSpan(0, Skipped).Fill(' ');
        }
    }

    public Token[] Tokens { get; private set; } = new Token[128];

    public int TokenCount { get; set; }

    public int Count { get; private set; }

    /// <summary>Stance: mentions found in the text.</summary>
    public List<Stance.Mention> Mentions { get; } = [];

    /// <summary>Stance: token identities with mentions replaced by placeholders.</summary>
    public List<ulong> Sequence { get; } = [];

    /// <summary>Stance: the character start of each <see cref="Sequence"/> item, or -1 for a placeholder.</summary>
    public List<int> SequenceStarts { get; } = [];

    /// <summary>Stance: the characters each <see cref="Sequence"/> item covers (a placeholder: its whole mention).</summary>
    public List<(int Start, int End)> SequenceSpans { get; } = [];

    /// <summary>The words' listed parts (<see cref="FeaturizerSettings.SplitWords"/>): each part's hash and characters, found once per text for the word block and reused by the target block.</summary>
    public List<(ulong Hash, int Start, int End)> WordParts { get; } = [];

    /// <summary>The lexicon's matches in the text, kept for reading shifters (<see cref="FeaturizerSettings.MarkShifters"/>).</summary>
    public List<LexiconMatch> LexiconMatches { get; } = [];

    private int[] _shiftInts = [];
    private sbyte[] _shiftBytes = [];

    /// <summary>
    /// Scratch for reading shifters (<see cref="Lexicon.EmitShifted"/>): <paramref name="ints"/> ints and
    /// <paramref name="bytes"/> bytes, their contents left as the last text's; grown as needed and kept, so that a long
    /// text allocates nothing once the sink has read one as long.
    /// </summary>
    public Span<int> ShiftScratch(int ints, int bytes, out Span<sbyte> byteScratch)
    {
        if (_shiftInts.Length < ints)
        {
            _shiftInts = new int[Math.Max(ints, _shiftInts.Length * 2)];
        }

        if (_shiftBytes.Length < bytes)
        {
            _shiftBytes = new sbyte[Math.Max(bytes, _shiftBytes.Length * 2)];
        }

        byteScratch = _shiftBytes.AsSpan(0, bytes);
        return _shiftInts.AsSpan(0, ints);
    }

    public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

    /// <summary>When set (explanations only), the character span each emitted key came from, by key position; -1 for none.</summary>
    public List<(int Start, int End)>? Trace { get; set; }

    /// <summary>Where in <see cref="Keys"/> the change features of the word block start and end (explanations tell them apart); empty when none.</summary>
    public (int Start, int End) ChangeRange { get; set; }

    /// <summary>The text's word vector (see <see cref="WordVectors"/>), the values of the dense blocks' keys in order; empty when not computed.</summary>
    public float[] Dense { get; private set; } = [];

    /// <summary>How many leading characters of the text were blanked as a dateline (<see cref="FeaturizerSettings.SkipDatelines"/>); mentions there do not count.</summary>
    public int Skipped { get; set; }

    /// <summary>
    /// Stance: whether the target blocks just emitted found the target neither in full nor in part (set with the mention
    /// features, which <see cref="FeaturizerSettings.UntouchedIssueMargin"/> needs; false when they are off).
    /// </summary>
    public bool TargetUntouched { get; set; }

    /// <summary>How many values of <see cref="Dense"/> hold the current text's vector (0: none).</summary>
    public int DenseCount { get; set; }

    /// <summary>Makes <see cref="Dense"/> at least <paramref name="length"/> long and returns its first <paramref name="length"/> values.</summary>
    public Span<float> DenseBuffer(int length)
    {
        if (Dense.Length < length)
        {
            Dense = new float[length];
        }

        return Dense.AsSpan(0, length);
    }

    public void Reset(int textLength)
    {
        Count = 0;
        DenseCount = 0;
        ChangeRange = default;
        Skipped = 0;
        WordParts.Clear();
        Trace?.Clear();
        CharCount = 0;
        TokenCount = 0;
        Array.Clear(_ranges);
        if (Chars.Length < textLength)
        {
            Chars = new char[Math.Max(textLength, Chars.Length * 2)];
        }
    }

    /// <summary>
    /// Drops every key from position <paramref name="count"/> on and forgets the target blocks' ranges, keeping the text blocks
    /// (emitted first, up to <paramref name="count"/>), so that the same text can be scored toward another target.
    /// </summary>
    public void KeepTextBlocks(int count)
    {
        Count = count;
        foreach (var block in FeatureBlocks.TargetBlocks)
        {
            _ranges[(int)block] = default;
        }

        if (Trace is { } trace && trace.Count > count)
        {
            trace.RemoveRange(count, trace.Count - count);
        }
    }

    public void BeginBlock(FeatureBlock block) => _ranges[(int)block].Start = Count;

    public void EndBlock(FeatureBlock block) => _ranges[(int)block].End = Count;

    /// <summary>Where each block's keys start and end in <see cref="Keys"/>, by <see cref="FeatureBlock"/> value (end &lt;= start: not emitted).</summary>
    public ReadOnlySpan<(int Start, int End)> Ranges => _ranges;

    /// <summary>The range of <see cref="Keys"/> emitted for a block (empty if the block was not emitted).</summary>
    public Range BlockRange(FeatureBlock block)
    {
        var (start, end) = _ranges[(int)block];
        return end > start ? new Range(start, end) : new Range(0, 0);
    }

    /// <summary>A copy of the keys and block ranges, to replay later without extracting again.</summary>
    public FeatureKeys Snapshot()
    {
        return new FeatureKeys(Keys.ToArray(), _ranges.ToArray(), Dense.AsSpan(0, DenseCount).ToArray());
    }

    /// <summary>Loads keys and block ranges taken by <see cref="Snapshot"/> (tokens and characters are not restored).</summary>
    public void Replay(FeatureKeys keys)
    {
        Reset(0);
        foreach (var key in keys.Keys)
        {
            Add(key);
        }

        keys.Ranges.CopyTo(_ranges, 0);
        keys.Dense.CopyTo(DenseBuffer(keys.Dense.Length));
        DenseCount = keys.Dense.Length;
    }

    public void Add(ulong key) => Add(key, -1, -1);

    /// <summary>Adds a key that came from the characters <c>[start, end)</c> of the text.</summary>
    public void Add(ulong key, int start, int end)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, _keys.Length * 2);
        }

        _keys[Count++] = key;
        Trace?.Add((start, end));
    }

    /// <summary>The normalised characters of <paramref name="token"/> (a lone "n't" is cut at the end of the text).</summary>
    public ReadOnlySpan<char> TokenText(Token token) =>
        Chars.AsSpan(token.Start, Math.Min(CharCount, token.Start + token.Length) - token.Start);

    public void AddToken(Token token)
    {
        if (TokenCount == Tokens.Length)
        {
            var grown = Tokens;
            Array.Resize(ref grown, grown.Length * 2);
            Tokens = grown;
        }

        Tokens[TokenCount++] = token;
    }
}

/// <summary>The feature keys of one text, with the range each block occupies and the text's word vector (empty if none).</summary>
internal sealed record FeatureKeys(ulong[] Keys, (int Start, int End)[] Ranges, float[] Dense);

/// <summary>
/// A word token: its span in <see cref="FeatureSink.Chars"/>, its identity hash (negation-marked when
/// inside a negation scope), its raw hash (the word alone), and whether it is negated.
/// </summary>
internal readonly record struct Token(int Start, int Length, ulong Hash, ulong Raw, bool Negated);
