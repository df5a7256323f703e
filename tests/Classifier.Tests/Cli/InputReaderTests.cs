using System.Text;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

public sealed class InputReaderTests
{
    [Theory]
    [InlineData("tsv", "text\ttarget\n", true)]
    [InlineData("tsv", "Text\t TARGET \n", true)]
    [InlineData("tsv", "text\tlabel\n", false)]
    [InlineData("jsonl", "{\"text\": \"Talks resumed.\", \"target\": \"China\"}\n", true)]
    [InlineData("jsonl", "\n \n{\"text\": \"Talks resumed.\", \"target\": \"China\"}\n", true)]
    [InlineData("jsonl", "{\"text\": \"Talks resumed.\"}\n", false)]
    [InlineData("jsonl", "not json\n", false)]
    [InlineData("lines", "text\ttarget\n", false)]
    public void DeclaresTargets_FirstLineOfAnInputThatNeverEnds_AnswersWithoutReadingFurther(string format, string first, bool expected)
    {
        // Standard input may stay open: a read past the first line would wait forever, so here it fails the test.
        using var reader = new Utf8LineReader(new FirstLinesOnlyStream(Encoding.UTF8.GetBytes(first)), "(stdin)");

        Assert.Equal(expected, InputReader.DeclaresTargets(reader, format));
    }

    [Theory]
    [InlineData("{\"text\": \"Talks resumed.\"}\n", "line 1: text")]
    [InlineData("\n \r\n{\"text\": \"Talks resumed.\", \"id\": 7}\n", "line 3: text, id")]
    [InlineData("{\"text\": \"Talks resumed.\", \"target\": 7}\r\n", "line 1: text, target")]
    [InlineData("{\"text\": \"Talks resumed.\", \"target\": \"China\"}\n", null)]
    [InlineData("not json\n", null)]
    public void FirstLineWithoutTarget_FirstLineOfAnInputThatNeverEnds_AnswersWithoutReadingFurther(string first, string? expected)
    {
        // As predict and uncertain ask it of standard input, which may stay open with more lines to come: a read past the
        // first JSON line would wait forever, so here it fails the test. The TSV check they make first must not read either.
        using var reader = new Utf8LineReader(new FirstLinesOnlyStream(Encoding.UTF8.GetBytes(first)), "(stdin)");

        Assert.Null(InputReader.ColumnsWithoutTarget(reader, "jsonl"));
        var found = InputReader.FirstLineWithoutTarget(reader, "jsonl");

        Assert.Equal(expected, found is var (line, keys) ? $"line {line}: {string.Join(", ", keys)}" : null);
    }

    [Fact]
    public void FirstLineWithoutTarget_ThenRead_TheFirstLineIsStillRead()
    {
        var bytes = Encoding.UTF8.GetBytes("\n{\"text\": \"Talks resumed.\"}\n{\"text\": \"Seoul agreed.\", \"target\": \"China\"}\n");
        using var reader = new Utf8LineReader(new MemoryStream(bytes), "pairs.jsonl");

        Assert.NotNull(InputReader.FirstLineWithoutTarget(reader, "jsonl"));
        var items = InputReader.Read(reader, "jsonl", "pairs.jsonl").ToArray();

        Assert.Equal([new InputItem("Talks resumed.", null, 2), new InputItem("Seoul agreed.", "China", 3)], items);
    }

    [Fact]
    public void Read_AfterDeclaresTargets_TheFirstLineIsStillTheHeader()
    {
        var bytes = Encoding.UTF8.GetBytes("text\ttarget\nBeijing condemned the drills.\tChina\n");
        using var reader = new Utf8LineReader(new MemoryStream(bytes), "pairs.tsv");

        Assert.True(InputReader.DeclaresTargets(reader, "tsv"));
        var items = InputReader.Read(reader, "tsv", "pairs.tsv").ToArray();

        Assert.Equal([new InputItem("Beijing condemned the drills.", "China", 2)], items);
    }

    [Theory]
    [InlineData("not json", "not valid JSON ('not json' is an invalid JSON literal. Expected the literal 'null'.)")]
    [InlineData("{\"text\": \"Talks resumed.\"", "not valid JSON (Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.)")]
    public void Read_JsonlLineNotJson_ErrorGivesNoZeroBasedLineNumberOfItsOwn(string line, string expected)
    {
        // The item carries the file's 1-based line; System.Text.Json's "LineNumber: 0 | BytePositionInLine: 1." counts
        // within the line from 0 and would contradict it.
        var bytes = Encoding.UTF8.GetBytes($"{{\"text\": \"Seoul agreed.\"}}\n{line}\n");
        using var reader = new Utf8LineReader(new MemoryStream(bytes), "pairs.jsonl");

        var item = InputReader.Read(reader, "jsonl", "pairs.jsonl").ToArray()[1];

        Assert.Equal((2L, expected), (item.Line, item.Error));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\t")]
    [InlineData(" \t \r")]
    public void Read_TsvWhiteSpaceOnlyLine_SkippedAsALabeledFileSkipsIt(string blank)
    {
        var bytes = Encoding.UTF8.GetBytes($"text\ttarget\nBeijing condemned the drills.\tChina\n{blank}\nTalks resumed.\tChina\n");
        using var reader = new Utf8LineReader(new MemoryStream(bytes), "pairs.tsv");

        var items = InputReader.Read(reader, "tsv", "pairs.tsv").ToArray();

        Assert.Equal([new InputItem("Beijing condemned the drills.", "China", 2), new InputItem("Talks resumed.", "China", 4)], items);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \t \r")]
    public void Read_LinesWhiteSpaceOnlyLine_SkippedAsTsvSkipsIt(string blank)
    {
        // Before, a lines file's blank line between paragraphs was scored as an empty text.
        var bytes = Encoding.UTF8.GetBytes($"Beijing condemned the drills.\n{blank}\nTalks resumed.\n");
        using var reader = new Utf8LineReader(new MemoryStream(bytes), "texts.txt");

        var items = InputReader.Read(reader, "lines", "texts.txt").ToArray();

        Assert.Equal([new InputItem("Beijing condemned the drills.", null, 1), new InputItem("Talks resumed.", null, 3)], items);
    }

    [Fact]
    public void PeekLine_ThenReadLine_SameLineOnceWithItsNumber()
    {
        using var reader = new Utf8LineReader(new MemoryStream("one\ntwo\n"u8.ToArray()), "t.txt");

        Assert.Equal(new InputLine("one", 1, null), reader.PeekLine());
        Assert.Equal(new InputLine("one", 1, null), reader.PeekLine());
        Assert.Equal(new InputLine("one", 1, null), reader.ReadLine());
        Assert.Equal(new InputLine("two", 2, null), reader.ReadLine());
        Assert.Null(reader.PeekLine());
        Assert.Null(reader.ReadLine());
    }

    /// <summary>A stream that gives its bytes, then fails as a pipe still open would block: nothing more may be read.</summary>
    private sealed class FirstLinesOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => Position < Length
            ? base.Read(buffer, offset, count)
            : throw new InvalidOperationException("read past the lines given: on standard input this would wait for more");
    }
}
