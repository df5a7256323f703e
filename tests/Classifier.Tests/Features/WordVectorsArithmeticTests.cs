using System.Buffers.Binary;
using System.Text;
using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>
/// The values <see cref="WordVectors"/> adds, on a small table written here: every 4-bit value from −8 to 7, a number
/// of dimensions that leaves a remainder after the 16-at-a-time path, and each value exactly (nibble · scale) · weight.
/// </summary>
public sealed class WordVectorsArithmeticTests
{
    private const int Dimensions = 40;

    private static readonly string[] Tokens = ["up", "down", "##s"];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void AddWord_WholeWord_AddsEachNibbleTimesItsScale(int token)
    {
        var table = WordVectors.Load(new MemoryStream(Table()));
        var sum = Start();

        Assert.True(table.AddWord(Tokens[token], sum));

        var expected = Start();
        for (var d = 0; d < Dimensions; d++)
        {
            expected[d] += Nibble(token, d) * Scale(d) * 1f;
        }

        Assert.Equal(expected, sum);
    }

    [Fact]
    public void AddWord_TwoPieces_AddsEachPieceAtHalfWeightInOrder()
    {
        var table = WordVectors.Load(new MemoryStream(Table()));
        var sum = Start();

        Assert.True(table.AddWord("downs", sum));

        var expected = Start();
        for (var d = 0; d < Dimensions; d++)
        {
            expected[d] += Nibble(1, d) * Scale(d) * 0.5f;
        }

        for (var d = 0; d < Dimensions; d++)
        {
            expected[d] += Nibble(2, d) * Scale(d) * 0.5f;
        }

        Assert.Equal(expected, sum);
    }

    private static int Nibble(int token, int d) => ((d + (5 * token)) % 16) - 8;

    private static float Scale(int d) => 0.0137f * (d + 1);

    private static float[] Start() => Enumerable.Range(0, Dimensions).Select(d => (d % 3) - 0.25f).ToArray();

    /// <summary>The CLWV 3 format: header, length-prefixed tokens, a scale per dimension, then two 4-bit values per byte.</summary>
    private static byte[] Table()
    {
        // The table must hold every 4-bit value, or the tests would not cover the sign extension of each.
        var values = Enumerable.Range(0, Tokens.Length).SelectMany(t => Enumerable.Range(0, Dimensions).Select(d => Nibble(t, d))).Distinct();
        Assert.Equal(Enumerable.Range(-8, 16), values.Order());

        var bytes = new List<byte>("CLWV"u8.ToArray());
        foreach (var n in new[] { 3, Tokens.Length, Dimensions })
        {
            bytes.AddRange(BitConverter.GetBytes(n));
        }

        foreach (var token in Tokens)
        {
            bytes.Add((byte)Encoding.UTF8.GetByteCount(token));
            bytes.AddRange(Encoding.UTF8.GetBytes(token));
        }

        var scale = new byte[4];
        for (var d = 0; d < Dimensions; d++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(scale, Scale(d));
            bytes.AddRange(scale);
        }

        for (var t = 0; t < Tokens.Length; t++)
        {
            for (var d = 0; d < Dimensions; d += 2)
            {
                bytes.Add((byte)((Nibble(t, d) & 0x0F) | ((Nibble(t, d + 1) & 0x0F) << 4)));
            }
        }

        return [.. bytes];
    }
}
