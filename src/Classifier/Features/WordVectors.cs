using System.Collections.Frozen;
using System.Text;

namespace Classifier.Features;

/// <summary>
/// Static word vectors built into the library (<c>Resources/word-vectors.bin</c>, made by
/// <c>scripts/word-vectors</c>): one 128-dimensional vector for each WordPiece token of the
/// all-MiniLM-L6-v2 sentence encoder, distilled by running the token through the encoder alone.
/// A word found whole takes its own vector; any other word the mean of its WordPiece pieces
/// (greedy longest match, as BERT splits words). A text's vector is the mean of its words'
/// vectors, L2-normalised. Read once, on first use; immutable after, so safe to share across threads.
/// </summary>
internal sealed class WordVectors
{
    /// <summary>Words longer than this are not split into pieces (the search is quadratic in the length).</summary>
    private const int MaxPieceSearch = 40;

    private static readonly Lazy<WordVectors> Shared = new(() => Load(OpenResource()));

    private static readonly ulong PieceOffset = FeatureHash.Step(FeatureHash.Step(FeatureHash.Offset, '#'), '#');

    private readonly FrozenDictionary<ulong, int> _rows;
    private readonly sbyte[] _values;
    private readonly float[] _scales;

    private WordVectors(FrozenDictionary<ulong, int> rows, sbyte[] values, float[] scales, int dimensions)
    {
        _rows = rows;
        _values = values;
        _scales = scales;
        Dimensions = dimensions;
    }

    /// <summary>The table built into the library.</summary>
    public static WordVectors Default => Shared.Value;

    public int Dimensions { get; }

    public int Count => _scales.Length;

    /// <summary>
    /// Writes the L2-normalised mean vector of the word tokens in <paramref name="sink"/> into <paramref name="output"/>
    /// (<see cref="Dimensions"/> long); returns the number of words that had a vector (0: <paramref name="output"/> is all zero).
    /// </summary>
    public int TextVector(FeatureSink sink, Span<float> output)
    {
        output.Clear();
        var found = 0;
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        foreach (var token in sink.Tokens.AsSpan(0, sink.TokenCount))
        {
            var end = Math.Min(chars.Length, token.Start + token.Length);
            found += AddWord(chars[token.Start..end], output) ? 1 : 0;
        }

        var norm = 0.0;
        foreach (var v in output)
        {
            norm += (double)v * v;
        }

        if (norm > 0)
        {
            var inverse = (float)(1 / Math.Sqrt(norm));
            for (var d = 0; d < output.Length; d++)
            {
                output[d] *= inverse;
            }
        }

        return found;
    }

    /// <summary>Adds the vector of <paramref name="word"/> (lower case) to <paramref name="sum"/>; false if neither it nor its pieces are known.</summary>
    public bool AddWord(ReadOnlySpan<char> word, Span<float> sum)
    {
        if (_rows.TryGetValue(FeatureHash.Token(word), out var row))
        {
            AddRow(row, 1f, sum);
            return true;
        }

        if (word.Length > MaxPieceSearch)
        {
            return false;
        }

        Span<int> pieces = stackalloc int[MaxPieceSearch];
        var count = 0;
        var start = 0;
        while (start < word.Length)
        {
            var piece = -1;
            var end = word.Length;
            for (; end > start; end--)
            {
                var h = start == 0 ? FeatureHash.Offset : PieceOffset;
                foreach (var c in word[start..end])
                {
                    h = FeatureHash.Step(h, c);
                }

                if (_rows.TryGetValue(h, out piece))
                {
                    break;
                }
            }

            if (end == start)
            {
                return false;
            }

            pieces[count++] = piece;
            start = end;
        }

        foreach (var p in pieces[..count])
        {
            AddRow(p, 1f / count, sum);
        }

        return true;
    }

    private void AddRow(int row, float weight, Span<float> sum)
    {
        var scale = _scales[row] * weight;
        var values = _values.AsSpan(row * Dimensions, Dimensions);
        for (var d = 0; d < values.Length; d++)
        {
            sum[d] += values[d] * scale;
        }
    }

    private static Stream OpenResource() =>
        typeof(WordVectors).Assembly.GetManifestResourceStream("Classifier.Resources.word-vectors.bin")
        ?? throw new InvalidOperationException("The word-vector table is missing from the Classifier assembly; rebuild the library (src/Classifier/Resources/word-vectors.bin).");

    /// <summary>Reads a table in the format <c>scripts/word-vectors</c> writes: "CLWV", version 1, count, dimensions, then per token its text, scale and values.</summary>
    internal static WordVectors Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual("CLWV"u8) || reader.ReadInt32() != 1)
        {
            throw new InvalidDataException("The word-vector table is not in format CLWV 1.");
        }

        var count = reader.ReadInt32();
        var dimensions = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var values = new sbyte[count * dimensions];
        var scales = new float[count];
        for (var i = 0; i < count; i++)
        {
            rows[FeatureHash.Token(reader.ReadString())] = i;
            scales[i] = reader.ReadSingle();
            var bytes = reader.ReadBytes(dimensions);
            Buffer.BlockCopy(bytes, 0, values, i * dimensions, dimensions);
        }

        return new WordVectors(rows.ToFrozenDictionary(), values, scales, dimensions);
    }
}
