using System.Text;
using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>
/// Where the reader says a byte that is not UTF-8 stands: after up to 30 characters of its line, cut with "…", never from
/// the middle of a character; and what the byte stands for in a file saved on Windows.
/// </summary>
public sealed class InvalidUtf8Tests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_BadByteOnTheFirstLine_NamesWhatComesBeforeItFromTheFilesStart()
    {
        var error = BadFile([.. "Caf"u8, 0xE9, .. " prices rose.\tpositive\n"u8]);

        Assert.Equal((1, "is not valid UTF-8: byte 0xE9 after 'Caf' ('é' in Windows-1252 or Latin-1); save the file as UTF-8"), error);
    }

    [Fact]
    public void Read_BadByteOpeningALine_NamesNothingBeforeIt()
    {
        // A Windows-1252 opening quote: a continuation byte in UTF-8 (0x80-0xBF), and the first byte of its line.
        var error = BadFile([.. "text\tlabel\n"u8, 0x93, .. "Never again,"u8, 0x94, .. " she said.\tnegative\n"u8]);

        Assert.Equal((2, "is not valid UTF-8: byte 0x93 ('“' in Windows-1252); save the file as UTF-8"), error);
    }

    [Fact]
    public void Read_NoBreakSpaceInLatin1_NamesItAsTheCharacterItIs()
    {
        var error = BadFile([.. "text\tlabel\nTalks"u8, 0xA0, .. "resumed.\tpositive\n"u8]);

        Assert.Equal((2, "is not valid UTF-8: byte 0xA0 after 'Talks' ('\u00A0' in Windows-1252 or Latin-1); save the file as UTF-8"), error);
    }

    [Fact]
    public void Read_BadByteAfterThirtyCharacters_ShowsThemAllWithoutAnEllipsis()
    {
        var error = BadFile([.. "text\tlabel\nThe dockers and the port owner"u8, 0x92, .. "s union backed the deal.\tpositive\n"u8]);

        Assert.Equal((2, "is not valid UTF-8: byte 0x92 after 'The dockers and the port owner' ('’' in Windows-1252); save the file as UTF-8"), error);
    }

    [Fact]
    public void Read_BadByteAfterALongLineOfTwoByteCharacters_ShowsTheLastThirtyWholeCharacters()
    {
        // 'Ā' is two bytes (C4 80). The bad byte is 141 bytes into its line, and more than 120 into the file: the 120
        // bytes looked back at start on the second byte of an 'Ā', which is skipped, not decoded.
        var line = string.Concat(Enumerable.Repeat("Ā", 70)) + "x";
        var error = BadFile([.. "text\tlabel\n"u8, .. Encoding.UTF8.GetBytes(line), 0xE9, .. "\tpositive\n"u8]);

        Assert.Equal((2, $"is not valid UTF-8: byte 0xE9 after '…{new string('Ā', 29)}x' ('é' in Windows-1252 or Latin-1); save the file as UTF-8"), error);
    }

    [Fact]
    public void Read_Utf16FileBehindAUtf8ByteOrderMark_SaysItIsUtf16()
    {
        // A UTF-8 byte-order mark put before any file, as some tools do: the UTF-16 one after it still says what the file is.
        var error = BadFile([0xEF, 0xBB, 0xBF, 0xFF, 0xFE, .. Encoding.Unicode.GetBytes("text\tlabel\nTalks resumed.\tpositive\n")]);

        Assert.Equal((1, "is UTF-16 text (it opens with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8"), error);
    }

    private (int Line, string Message) BadFile(byte[] bytes)
    {
        var path = Path.Combine(_dir.Path, "windows.tsv");
        File.WriteAllBytes(path, bytes);
        var error = Assert.Single(Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment)).Errors);
        Assert.Equal(path, error.Path);
        return (error.Line, error.Message);
    }
}
