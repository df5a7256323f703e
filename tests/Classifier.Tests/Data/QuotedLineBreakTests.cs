using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>
/// The edges of <see cref="TsvFields.QuotedLineBreak"/> as the reader reports them: how many lines one row may run over,
/// a row whose joined lines still lack a field, and the spreadsheet's quotes named only when they are there.
/// </summary>
public sealed class QuotedLineBreakTests : IDisposable
{
    private const string Join = "as a spreadsheet saves a cell holding one; the format has no quoting, so every line is a row: " +
        "join the lines into one, each break replaced by a space";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_RowOverElevenLinesInsideQuotes_OneErrorNamingAllElevenLines()
    {
        // Ten line breaks, the most joined in search of the closing quote: lines 2-12 are one row.
        var words = new[] { "\"One", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven.\"\tnegative" };
        var path = _dir.File("eleven.tsv", "text\tlabel\n" + string.Join("\n", words) + "\nTalks resumed.\tpositive\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal(new DataFileError(path, 2, $"one row over lines 2-12: a line break inside quotes ('\"One<line break>two'), {Join}, " +
            "and remove the spreadsheet's quotes around the text"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void Read_LinesJoinedAtAQuoteStillShortOfAField_EachLineReportedAsItIs()
    {
        // The quote closes on line 3, but lines 2 and 3 together have two of the three fields: no one row, so each line
        // is told its own count.
        var path = _dir.File("short.tsv", "text\ttarget\tlabel\n\"The envoy left\nin protest.\"\tChina\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        Assert.Equal(
            [new DataFileError(path, 2, "expected 3 tab-separated fields as in the header, found 1; check for a missing or extra tab"),
             new DataFileError(path, 3, "expected 3 tab-separated fields as in the header, found 2; check for a missing or extra tab")],
            ex.Errors);
    }

    [Fact]
    public void Read_LineBreakInsideAWritersQuoteThatDoesNotEndTheText_NoWordOfSpreadsheetQuotesAroundIt()
    {
        // The text opens with a quote that closes before its end: the writer's quote, not a spreadsheet's around the text.
        var path = _dir.File("writer.tsv", "text\tlabel\n\"The envoy left\nin protest,\" she said.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal(new DataFileError(path, 2,
            $"one row over lines 2-3: a line break inside quotes ('\"The envoy left<line break>in protest,\" she said.'), {Join}"), Assert.Single(ex.Errors));
    }
}
