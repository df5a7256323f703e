using System.Text;
using Classifier.Data;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

public sealed class Utf8LineReaderTests
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "line feeds", "one\ntwo\n\nfour\n" },
        { "no final line end", "one\ntwo" },
        { "carriage returns", "one\r\ntwo\rthree\r\r\nfive\r" },
        { "byte-order mark", "\uFEFFone\ntwo\n" },
        { "only a byte-order mark", "\uFEFF" },
        { "short", "a" },
        { "a line longer than the buffer", new string('x', 200_000) + "\nshort\n" + new string('é', 70_000) },
        { "non-ASCII", "Séoul — 서울\n🎉\n" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadLine_AnyChunking_SameLinesAsATextReader(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = new List<string>();
        using (var reader = new StringReader(text.TrimStart('\uFEFF')))
        {
            while (reader.ReadLine() is { } line)
            {
                expected.Add(line);
            }
        }

        foreach (var chunk in new[] { 1, 2, 3, 7, 1 << 20 })
        {
            using var lines = new Utf8LineReader(new ChunkedStream(bytes, chunk), "t.txt");
            var read = new List<InputLine>();
            while (lines.ReadLine() is { } line)
            {
                read.Add(line);
            }

            Assert.True(expected.SequenceEqual(read.Select(l => l.Text)), $"{name}, {chunk}-byte reads");
            Assert.Equal(Enumerable.Range(1, expected.Count).Select(n => (long)n), read.Select(l => l.Number));
            Assert.All(read, l => Assert.Null(l.Problem));
        }
    }

    [Fact]
    public void ReadLine_NulByteInALineOfAMegabyte_RefusedNamingItsLine()
    {
        var bytes = new byte[1 << 20];
        bytes.AsSpan().Fill((byte)'x');
        bytes[10] = 0;
        using var lines = new Utf8LineReader(new ChunkedStream([.. "ok\n"u8, .. bytes], 1 << 16), "big.bin");

        Assert.Equal("ok", lines.ReadLine()!.Value.Text);
        var error = Assert.Throws<DataFileException>(() => lines.ReadLine());
        Assert.Equal("big.bin:2: has a NUL byte: it looks like a binary file, not text; give UTF-8 text", error.Errors[0].ToString());
    }

    /// <summary>Returns at most <c>chunk</c> bytes a read, as a pipe may.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
