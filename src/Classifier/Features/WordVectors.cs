using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Classifier.Features;

/// <summary>
/// Static word vectors built into the library (<c>Resources/word-vectors.bin</c>, made by
/// <c>scripts/word-vectors</c>): one 128-dimensional vector for each WordPiece token of the
/// all-MiniLM-L6-v2 sentence encoder, distilled by running the token through the encoder alone,
/// stored with 4 bits per value and one scale per dimension. A word found whole takes its own
/// vector; any other word the mean of its parts (<see cref="Split"/>): the whole words it is made
/// of, as in hashtags, or else its WordPiece pieces (greedy longest match, as BERT splits words).
/// A text's vector is the mean of its words' vectors, L2-normalised. Read once, on first use;
/// immutable after, so safe to share across threads.
/// </summary>
internal sealed partial class WordVectors
{
    /// <summary>Words longer than this are not split into pieces.</summary>
    private const int MaxPieceSearch = 40;

    private static readonly Model.LoadOnce<WordVectors> Shared = new(() => Load(OpenResource()));

    private static readonly ulong PieceOffset = FeatureHash.Step(FeatureHash.Step(FeatureHash.Offset, '#'), '#');

    /// <summary>Token hash to row.</summary>
    private readonly FeatureVocabulary _rows;

    /// <summary>The most characters a token has (after "##" for a piece): no longer piece is looked for.</summary>
    private readonly int _longestToken;

    /// <summary>What one step of each dimension's 4-bit value is worth.</summary>
    private readonly float[] _scales;

    /// <summary>The packed values, when read from a stream into memory; else null and <see cref="_pointer"/> holds them.</summary>
    private readonly byte[]? _array;

    /// <summary>The packed values inside the assembly's embedded resource, mapped for the life of the process (no copy).</summary>
    private readonly unsafe byte* _pointer;

    private unsafe WordVectors(FeatureVocabulary rows, int longestToken, float[] scales, byte[]? array, byte* pointer)
    {
        _rows = rows;
        _longestToken = longestToken;
        _scales = scales;
        _array = array;
        _pointer = pointer;
    }

    /// <summary>The table built into the library.</summary>
    public static WordVectors Default => Shared.Value;

    public int Dimensions => _scales.Length;

    /// <summary>
    /// The dimensions of the table built into the library, read from its header alone, so that a model can be checked
    /// against them at load without loading the table (which waits for its first use).
    /// </summary>
    internal static int TableDimensions => HeaderDimensions.Value;

    private static readonly Lazy<int> HeaderDimensions = new(() =>
    {
        using var stream = OpenResource();
        Span<byte> header = stackalloc byte[16];
        stream.ReadExactly(header);
        return BinaryPrimitives.ReadInt32LittleEndian(header[12..]);
    });

    public int Count => _rows.Count;

    /// <summary>
    /// The weight of table row <paramref name="row"/> under <see cref="FeaturizerSettings.ZipfWeighting"/>: ln(1 + rank),
    /// the rank counted from 1 in the table's order, which is the WordPiece vocabulary's (single characters first, then
    /// words and pieces, roughly the most frequent first), as Model2Vec weights its tokens: "!" weighs 0.7, "a" 3.7,
    /// "the" 6.9, "economy" 8.2, "sanctions" 9.7, the last row 10.3.
    /// </summary>
    internal static float ZipfWeight(int row) => MathF.Log(2 + row);

    /// <summary>The packed values: per row, <see cref="Dimensions"/> / 2 bytes, dimension 2k in the low nibble, 2k + 1 in the high.</summary>
    private unsafe ReadOnlySpan<byte> Packed => _array ?? new ReadOnlySpan<byte>(_pointer, _rows.Count * Dimensions / 2);

    /// <summary>
    /// Writes the L2-normalised mean vector of the word tokens in <paramref name="sink"/> into <paramref name="output"/>
    /// (<see cref="Dimensions"/> long), each word's vector weighted by <see cref="ZipfWeight"/> when
    /// <paramref name="zipfWeighting"/> is on; returns the number of words that had a vector (0: <paramref name="output"/> is all zero).
    /// </summary>
    public int TextVector(FeatureSink sink, Span<float> output, bool zipfWeighting)
    {
        output.Clear();
        var found = 0;
        foreach (var token in sink.Tokens.AsSpan(0, sink.TokenCount))
        {
            found += AddWord(sink.TokenText(token), output, zipfWeighting) ? 1 : 0;
        }

        MakeUnit(output);
        return found;
    }

    /// <summary>Scales <paramref name="vector"/> to length 1; false, and left as it is, when it is all zero.</summary>
    internal static bool MakeUnit(Span<float> vector)
    {
        var norm = 0.0;
        foreach (var v in vector)
        {
            norm += (double)v * v;
        }

        if (norm == 0)
        {
            return false;
        }

        var inverse = (float)(1 / Math.Sqrt(norm));
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] *= inverse;
        }

        return true;
    }

    /// <summary>
    /// Adds the vector of <paramref name="word"/> (lower case) to <paramref name="sum"/>, times its <see cref="ZipfWeight"/>
    /// when <paramref name="zipfWeighting"/> is on; false if neither it nor its pieces are known. A word made of
    /// parts adds the mean of its parts' (weighted) vectors.
    /// </summary>
    public bool AddWord(ReadOnlySpan<char> word, Span<float> sum, bool zipfWeighting = false)
    {
        var row = _rows.IndexOf(FeatureHash.Token(word));
        if (row >= 0)
        {
            AddRow(row, zipfWeighting ? ZipfWeight(row) : 1f, sum);
            return true;
        }

        if (word.Length > MaxPieceSearch)
        {
            return false;
        }

        Span<int> rows = stackalloc int[MaxPieceSearch];
        var count = Split(word, rows, stackalloc int[MaxPieceSearch + 1]);
        foreach (var r in rows[..count])
        {
            AddRow(r, (zipfWeighting ? ZipfWeight(r) : 1f) / count, sum);
        }

        return count > 0;
    }

    /// <summary>
    /// Adds row <paramref name="row"/>'s vector times <paramref name="weight"/> to <paramref name="sum"/>: each value is
    /// (nibble · scale) · weight, added in word order, the same operations whether done 16 values at a time (AVX2) or one.
    /// </summary>
    private void AddRow(int row, float weight, Span<float> sum)
    {
        var half = Dimensions / 2;
        var packed = Packed.Slice(row * half, half);
        var scales = _scales.AsSpan(0, Dimensions);
        sum = sum[..Dimensions];
        var k = 0;
        if (Avx2.IsSupported)
        {
            // 8 bytes give 16 values: dimension 2k from the low nibble of byte k, 2k + 1 from the high one.
            var w = Vector256.Create(weight);
            var mask = Vector128.Create((byte)0x0F);
            ref var s = ref MemoryMarshal.GetReference(sum);
            ref var c = ref MemoryMarshal.GetReference(scales);
            for (; k + 8 <= packed.Length; k += 8)
            {
                var bytes = Vector128.CreateScalar(BinaryPrimitives.ReadUInt64LittleEndian(packed[k..])).AsByte();
                var low = Sse2.And(bytes, mask);
                var high = Sse2.And(Sse2.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte(), mask);
                // Interleave to dimension order, then sign-extend the 4-bit values: (x ^ 8) − 8.
                var nibbles = Sse2.Subtract(Sse2.Xor(Sse2.UnpackLow(low, high), Vector128.Create((byte)8)).AsSByte(), Vector128.Create((sbyte)8));
                var first = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(nibbles));
                var second = Avx.ConvertToVector256Single(Avx2.ConvertToVector256Int32(Sse2.ShiftRightLogical128BitLane(nibbles, 8)));
                var at = 2 * k;
                Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref s, (nuint)at) + (first * Vector256.LoadUnsafe(ref c, (nuint)at) * w), ref s, (nuint)at);
                Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref s, (nuint)(at + 8)) + (second * Vector256.LoadUnsafe(ref c, (nuint)(at + 8)) * w), ref s, (nuint)(at + 8));
            }
        }

        for (; k < packed.Length; k++)
        {
            var b = packed[k];
            sum[2 * k] += ((sbyte)(b << 4) >> 4) * scales[2 * k] * weight;
            sum[(2 * k) + 1] += ((sbyte)b >> 4) * scales[(2 * k) + 1] * weight;
        }
    }
}
