using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Classifier.Features;

/// <summary>Reading the table from the embedded resource or a stream (format CLWV 3).</summary>
internal sealed partial class WordVectors
{
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
