using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

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
internal sealed class WordVectors
{
    /// <summary>Words longer than this are not split into pieces.</summary>
    private const int MaxPieceSearch = 40;

    private static readonly Lazy<WordVectors> Shared = new(() => Load(OpenResource()));

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
    /// The parts of a word that is not in the table whole: the fewest whole words of two or more characters
    /// ("stopthewar": stop, the, war) when there are no more of them than WordPiece pieces, else the WordPiece
    /// pieces ("feminists": feminist, ##s). Writes their rows to <paramref name="rows"/> and their end offsets to
    /// <paramref name="ends"/> (both at least <paramref name="word"/>'s length + 1 long) and returns how many; 0 if
    /// the word cannot be split.
    /// </summary>
    internal int Split(ReadOnlySpan<char> word, Span<int> rows, Span<int> ends)
    {
        var pieces = Pieces(word, rows, ends);
        var words = Words(word, pieces == 0 ? MaxPieceSearch : pieces, rows, ends);
        return words > 0 ? words : pieces;
    }

    /// <summary>The number of whole-word parts of <paramref name="word"/> (see <see cref="Split"/>) and their ends; 0 if it is whole or splits into WordPiece pieces.</summary>
    internal int WordParts(ReadOnlySpan<char> word, Span<int> ends)
    {
        if (word.Length > MaxPieceSearch || _rows.IndexOf(FeatureHash.Token(word)) >= 0)
        {
            return 0;
        }

        Span<int> rows = stackalloc int[MaxPieceSearch + 1];
        var pieces = Pieces(word, rows, ends);
        return Words(word, pieces == 0 ? MaxPieceSearch : pieces, rows, ends);
    }

    /// <summary>WordPiece: greedy longest match, "##" before every piece but the first; the count, or 0 if some rest matches nothing.</summary>
    private int Pieces(ReadOnlySpan<char> word, Span<int> rows, Span<int> ends)
    {
        Span<ulong> prefixes = stackalloc ulong[MaxPieceSearch];
        var count = 0;
        var start = 0;
        while (start < word.Length)
        {
            // The hashes of every prefix of the rest (no longer than the longest token), then the longest one in the table.
            var h = start == 0 ? FeatureHash.Offset : PieceOffset;
            var n = Math.Min(word.Length - start, _longestToken);
            for (var k = 0; k < n; k++)
            {
                h = FeatureHash.Step(h, word[start + k]);
                prefixes[k] = h;
            }

            var piece = -1;
            for (; n > 0; n--)
            {
                piece = _rows.IndexOf(prefixes[n - 1]);
                if (piece >= 0)
                {
                    break;
                }
            }

            if (piece < 0)
            {
                return 0;
            }

            rows[count] = piece;
            start += n;
            ends[count++] = start;
        }

        return count;
    }

    /// <summary>The fewest whole words of two or more characters that make up <paramref name="word"/>, if no more than <paramref name="most"/>; else 0.</summary>
    private int Words(ReadOnlySpan<char> word, int most, Span<int> rows, Span<int> ends)
    {
        var n = word.Length;
        Span<int> best = stackalloc int[MaxPieceSearch + 1];
        Span<int> from = stackalloc int[MaxPieceSearch + 1];
        Span<int> row = stackalloc int[MaxPieceSearch + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (var start = 0; start < n; start++)
        {
            if (best[start] >= most)
            {
                continue;
            }

            var h = FeatureHash.Offset;
            var longest = Math.Min(n - start, _longestToken);
            for (var k = 0; k < longest; k++)
            {
                h = FeatureHash.Step(h, word[start + k]);
                var end = start + k + 1;
                if (k == 0 || best[start] + 1 >= best[end])
                {
                    continue;
                }

                var r = _rows.IndexOf(h);
                if (r >= 0)
                {
                    (best[end], from[end], row[end]) = (best[start] + 1, start, r);
                }
            }
        }

        var count = best[n];
        if (count > most)
        {
            return 0;
        }

        for (int end = n, i = count - 1; end > 0; end = from[end], i--)
        {
            rows[i] = row[end];
            ends[i] = end;
        }

        return count;
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

    private static Stream OpenResource() =>
        typeof(WordVectors).Assembly.GetManifestResourceStream("Classifier.Resources.word-vectors.bin")
        ?? throw new InvalidOperationException("The word-vector table is missing from the Classifier assembly; rebuild the library (src/Classifier/Resources/word-vectors.bin).");

    /// <summary>
    /// Reads a table in the format <c>scripts/word-vectors</c> writes: "CLWV", version 3, count, dimensions (32-bit
    /// little-endian), the tokens (length-prefixed UTF-8), one float scale per dimension, then per token its values,
    /// 4 bits each, two to a byte. Only the tokens' hashes are kept. From an embedded resource the values are used where
    /// they lie, not copied: copying into fresh memory cost more than the rest of loading on a virtual machine.
    /// </summary>
    internal static unsafe WordVectors Load(Stream stream)
    {
        if (stream is UnmanagedMemoryStream mapped)
        {
            // An assembly's manifest resource stays mapped while the assembly is loaded, whatever becomes of this stream.
            // The assembly is the library's own, which it cannot outlive, so the pointer stays valid for this instance.
            var start = mapped.PositionPointer;
            return Parse(new ReadOnlySpan<byte>(start, checked((int)(mapped.Length - mapped.Position))), (rows, longest, scales, offset) =>
                new WordVectors(rows, longest, scales, null, start + offset));
        }

        var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        return Parse(bytes, (rows, longest, scales, offset) => new WordVectors(rows, longest, scales, bytes[offset..], null));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // its loops run once per process: compile them optimised at once
    private static WordVectors Parse(ReadOnlySpan<byte> data, Func<FeatureVocabulary, int, float[], int, WordVectors> create)
    {
        if (data.Length < 16 || !data[..4].SequenceEqual("CLWV"u8) || BinaryPrimitives.ReadInt32LittleEndian(data[4..]) != 3)
        {
            throw new InvalidDataException("The word-vector table is not in format CLWV 3.");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(data[8..]);
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(data[12..]);
        if (count <= 0 || dimensions <= 0 || dimensions % 2 != 0)
        {
            throw new InvalidDataException($"The word-vector table has {count} tokens of {dimensions} dimensions; a positive count and an even number of dimensions are expected.");
        }

        var hashes = new ulong[count];
        var longest = 0;
        var position = 16;
        Span<char> chars = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[position++];
                length |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            if (length > chars.Length)
            {
                throw new InvalidDataException($"The word-vector table's token {i} is {length} bytes long; at most {chars.Length} are expected.");
            }

            var decoded = Encoding.UTF8.GetChars(data.Slice(position, length), chars);
            hashes[i] = FeatureHash.Token(chars[..decoded]);
            longest = Math.Max(longest, chars[..decoded].StartsWith("##") ? decoded - 2 : decoded);
            position += length;
        }

        var scales = new float[dimensions];
        for (var d = 0; d < dimensions; d++, position += 4)
        {
            scales[d] = BinaryPrimitives.ReadSingleLittleEndian(data[position..]);
        }

        if (data.Length - position != (long)count * dimensions / 2)
        {
            throw new InvalidDataException($"The word-vector table holds {data.Length - position:N0} value bytes; {count:N0} x {dimensions} / 2 were expected.");
        }

        return create(new FeatureVocabulary(hashes, new float[count]), Math.Min(longest, MaxPieceSearch), scales, position);
    }
}
