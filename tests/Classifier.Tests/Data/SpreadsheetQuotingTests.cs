using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>What the reader says of files a spreadsheet saved with its quoting, which the format does not have.</summary>
public sealed class SpreadsheetQuotingTests : IDisposable
{
    private const string QuotingWarning =
        "the text is in a spreadsheet's quoting (the whole text in quotes, each of its own quotes doubled: \"\"), which the format does not " +
        "have, so it is read with those quotes as they are; save the file from the spreadsheet without quoting (text delimiter none), " +
        "or remove the quotes around the text and write each \"\" as one \"";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_RowSplitByALineBreakInsideQuotes_OneErrorNamingItsLines()
    {
        var path = _dir.File("break.tsv", "text\tlabel\nTalks resumed.\tpositive\n\"The envoy left\nin protest.\"\tnegative\nShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        // Before, line 3 was "expected 2 tab-separated fields" and line 4 was read as a row with the text 'in protest."'.
        var error = Assert.Single(ex.Errors);
        Assert.Equal(new DataFileError(path, 3,
            "one row over lines 3-4: a line break inside quotes ('\"The envoy left<line break>in protest.\"'), as a spreadsheet saves a cell " +
            "holding one; the format has no quoting, so every line is a row: join the lines into one, each break replaced by a space, " +
            "and remove the spreadsheet's quotes around the text"), error);
    }

    [Fact]
    public void Read_RowSplitByALineBreakInsideQuotesInALastTextColumn_OneErrorNotARowCutShort()
    {
        // The row's first line has every field, so it was read as a row whose text ends at the break ('"The envoy left'),
        // and only its second line was an error.
        var path = _dir.File("last.tsv", "label\ttext\nnegative\t\"The envoy left\nin protest.\"\npositive\tTalks resumed.\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal(new DataFileError(path, 2,
            "one row over lines 2-3: a line break inside quotes ('\"The envoy left<line break>in protest.\"'), as a spreadsheet saves a cell " +
            "holding one; the format has no quoting, so every line is a row: join the lines into one, each break replaced by a space, " +
            "and remove the spreadsheet's quotes around the text"), Assert.Single(ex.Errors));
    }

    [Fact]
    public void Read_LastTextColumnWithAQuoteLeftOpenAndAFullRowAfterIt_ReadAsWritten()
    {
        // A quote that runs on into the next paragraph, as news prints it, is no break when the next line is a row.
        var path = _dir.File("open-last.tsv", "label\ttext\nnegative\t\"We will not back down, the minister said.\npositive\tTalks resumed.\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(["\"We will not back down, the minister said.", "Talks resumed."], data.Examples.Select(e => e.Text));
    }

    [Fact]
    public void Read_RowSplitOverThreeLinesInsideQuotes_NamesAllItsLines()
    {
        var path = _dir.File("break3.tsv", "text\tlabel\n\"The envoy\nleft in\nprotest.\"\tnegative\nShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.StartsWith("one row over lines 2-4: a line break inside quotes ('\"The envoy<line break>left in')", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortRowWithAQuoteTheNextLineDoesNotClose_SaysTheFieldCountIsWrong()
    {
        var path = _dir.File("open.tsv", "text\tlabel\n\"The envoy left\nShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:2: expected 2 tab-separated fields as in the header, found 1; check for a missing or extra tab", ex.Message);
    }

    [Fact]
    public void Read_TextInSpreadsheetQuoting_WarnsAndReadsItAsWritten()
    {
        var path = _dir.File("quoted.tsv", "text\tlabel\n\"He called it \"\"a farce\"\".\"\tnegative\nTalks resumed.\tpositive\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal("\"He called it \"\"a farce\"\".\"", data.Examples[0].Text);
        Assert.Equal([new DataFileError(path, 2, QuotingWarning)], data.Warnings);
    }

    [Fact]
    public void Read_SpreadsheetQuotedTextWhoseUnquotedTextIsALaterRowWithAnotherLabel_NamesThatRow()
    {
        var quoted = _dir.File("quoted.tsv", "text\tlabel\n\"He called it \"\"a farce\"\".\"\tnegative\n");
        var plain = _dir.File("plain.tsv", "text\tlabel\nHe called it \"a farce\".\tpositive\n");

        var data = LabeledDataReader.Read([quoted, plain], ClassifierTask.Sentiment);

        Assert.Equal([new DataFileError(quoted, 2, QuotingWarning +
            $"; unquoted, it is the row at {plain}:2, labeled 'positive' there but 'negative' here: give both the same label, and delete one")], data.Warnings);
    }

    [Fact]
    public void Read_SpreadsheetQuotedTextWhoseUnquotedTextIsAnEarlierRowWithItsLabel_SaysToDeleteOne()
    {
        var path = _dir.File("both.tsv", "text\tlabel\nHe called it \"a farce\".\tnegative\n\"He called it \"\"a farce\"\".\"\tnegative\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal([new DataFileError(path, 3, QuotingWarning + $"; unquoted, it is the row at {path}:2 (the same label): delete one of them")], data.Warnings);
    }

    [Theory]
    [InlineData("\"Never again.\"")]
    [InlineData("\"We will respond,\" the ministry said, calling the plan \"reckless\".")]
    [InlineData("\"\"")]
    [InlineData("\"He said \"\"no\"\" and \"left\".\"")]
    public void Read_QuotesAWriterWrote_NoWarning(string text)
    {
        var path = _dir.File("plain.tsv", $"text\tlabel\n{text}\tnegative\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(text, Assert.Single(data.Examples).Text);
        Assert.Empty(data.Warnings);
    }

    [Fact]
    public void Read_LabelInQuotes_SaysToSaveWithoutQuoting()
    {
        var path = _dir.File("labels.tsv", "text\tlabel\n\"Talks resumed.\"\t\"positive\"\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:2: label '\"positive\"' is not a sentiment label; use one of: negative, neutral, positive (it is in quotes, as a spreadsheet " +
            "saved with quoting writes every field: save the file again without quoting (text delimiter none), or write 'positive')", ex.Message);
    }

    [Fact]
    public void Read_HeaderInQuotes_SaysToSaveWithoutQuoting()
    {
        // A spreadsheet saving with quoting quotes the header too; the reader stops there, so the label's hint is never reached.
        var path = _dir.File("all-quoted.tsv", "\"text\"\t\"label\"\n\"Talks resumed.\"\t\"positive\"\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: missing required columns 'text', 'label'; columns found: \"text\", \"label\". The column names are in quotes, as a " +
            "spreadsheet saved with quoting writes every field: save the file again without quoting (text delimiter none). A sentiment file needs a " +
            "tab-separated header with 'text' and 'label'", ex.Message);
    }

    [Fact]
    public void Read_TextLongerThanAModelReads_WarnsThatTheRestIsNotRead()
    {
        var text = string.Concat(Enumerable.Repeat("Talks resumed. ", 1400)).TrimEnd();
        var path = _dir.File("long.tsv", $"text\tlabel\n{text}\tpositive\nShort.\tneutral\n{text[..20_000]}\tnegative\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(20_999, text.Length);
        Assert.Equal([new DataFileError(path, 2, "the text is 20,999 characters, more than the 20,000 a model reads by default (the featurizer's " +
            "maxTextLength), so the rest is not read; a row holds a sentence or a short passage: check the line for lost line breaks, " +
            "or split the text over several rows")], data.Warnings);
    }
}
