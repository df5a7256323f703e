using Classifier.Data;

namespace Classifier.Tests.Data;

public sealed class LabeledDataReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_ValidSentimentFile_ReturnsRowsWithLines()
    {
        var path = _dir.File("ok.tsv", "text\tlabel\textra\nTalks resumed.\tpositive\tx\n\nShelling resumed.\tnegative\ty\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(2, data.Examples.Count);
        Assert.Equal(new LabeledExample("Shelling resumed.", "negative", null, path, 4), data.Examples[1]);
        Assert.Empty(data.Warnings);
        Assert.Equal(64, data.Sha256.Length);
    }

    [Fact]
    public void Read_BomCrLfAndQuotes_TreatsQuotesAsText()
    {
        var path = _dir.File("bom.tsv", "\uFEFFtext\tlabel\r\n\"Never again,\" she said.\tnegative\r\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal("\"Never again,\" she said.", Assert.Single(data.Examples).Text);
    }

    [Fact]
    public void Read_CrOnlyLineEndings_ReadsEachRowOnItsLine()
    {
        var path = _dir.File("cr.tsv", "text\tlabel\rTalks resumed.\tpositive\r\rShelling resumed.\tnegative\r");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(
            [new LabeledExample("Talks resumed.", "positive", null, path, 2), new LabeledExample("Shelling resumed.", "negative", null, path, 4)],
            data.Examples);
    }

    [Fact]
    public void Read_CrLfAndLfLineEndingsMixed_ReportsTheLineAnEditorShows()
    {
        var path = _dir.File("mixed-endings.tsv", "text\tlabel\r\nGood.\tpositive\nBad.\tnegative\r\nWorse.\tsad\r\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:4: label 'sad' is not a sentiment label; use one of: negative, neutral, positive", ex.Message);
    }

    [Fact]
    public void Read_LoneCrInsideALineOfAnLfFile_StaysInItsRow()
    {
        var path = _dir.File("stray-cr.tsv", "text\tlabel\nGood news\rfor all.\tpositive\nShelling resumed.\tnegative\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(
            [new LabeledExample("Good news\rfor all.", "positive", null, path, 2), new LabeledExample("Shelling resumed.", "negative", null, path, 3)],
            data.Examples);
    }

    [Theory]
    [InlineData("Talks resumed.\t\n")]
    [InlineData("Talks resumed.\t  \n")]
    public void Read_EmptyLabel_SaysTheLabelIsEmpty(string row)
    {
        // It said "label '' is not a sentiment label".
        var path = _dir.File("empty-label.tsv", "text\tlabel\n" + row);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:2: empty label; write the row's label in the 'label' column, one of: negative, neutral, positive", ex.Message);
    }

    [Fact]
    public void Read_CrEndingsWithOneFinalLf_SaysToConvertTheLineEndingsNotToAddAHeader()
    {
        // Its lone CRs end no line, as the file has an LF: the whole file was one line, and the error said the first line
        // holds a label, so add a header line above it.
        var path = _dir.File("cr-then-lf.tsv", "text\tlabel\rTrade talks ended in a warm accord.\tpositive\rShelling killed nine civilians.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Contains("The header line holds a lone carriage return (CR, \\r)", ex.Message);
        Assert.Contains("convert the file to LF or CRLF line endings", ex.Message);
        Assert.DoesNotContain("add a header line above it", ex.Message);
    }

    [Fact]
    public void Read_RowWithLoneCrsInAnLfFile_WrongFieldCountSaysWhy()
    {
        var path = _dir.File("mixed-cr.tsv", "text\tlabel\nTalks resumed.\tpositive\rShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.StartsWith($"{path}:2: expected 2 tab-separated fields as in the header, found 3: the line holds a lone carriage return", ex.Message);
    }

    [Fact]
    public void Read_InvalidUtf8InCrOnlyFile_ReportsLine()
    {
        var path = Path.Combine(_dir.Path, "latin1-cr.tsv");
        File.WriteAllBytes(path, [.. "text\tlabel\rok\tpositive\r"u8, 0x63, 0x61, 0x66, 0xE9, 0x09, .. "neutral\r"u8]);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:3: is not valid UTF-8: byte 0xE9 after 'caf' ('é' in Windows-1252 or Latin-1); save the file as UTF-8", ex.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x92 }, "byte 0x92 after 'The owners' ('’' in Windows-1252)")]
    [InlineData(new byte[] { 0xE9 }, "byte 0xE9 after 'The owners' ('é' in Windows-1252 or Latin-1)")]
    [InlineData(new byte[] { 0x81 }, "byte 0x81 after 'The owners'")]
    public void Read_Windows1252Text_NamesTheByteWhereItStandsAndWhatItWasMeantAs(byte[] bad, string expected)
    {
        var path = Path.Combine(_dir.Path, "excel.tsv");
        File.WriteAllBytes(path, [.. "text\tlabel\nTalks resumed.\tpositive\nThe owners"u8, .. bad, .. " union welcomed it.\tpositive\n"u8]);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:3: is not valid UTF-8: {expected}; save the file as UTF-8", ex.Message);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Read_Utf16FileWithByteOrderMark_SaysItIsUtf16AndToSaveAsUtf8(string encoding)
    {
        var path = Path.Combine(_dir.Path, "unicode-text.tsv");
        var text = System.Text.Encoding.GetEncoding(encoding);
        File.WriteAllBytes(path, [.. text.GetPreamble(), .. text.GetBytes("text\tlabel\nTalks resumed.\tpositive\n")]);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: is UTF-16 text (it opens with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8", ex.Message);
    }

    [Fact]
    public void Read_Utf16FileWithoutByteOrderMark_SaysItHasNulBytesNotThatColumnsAreMissing()
    {
        // Its header decodes as "t\0e\0x\0t\0...": the missing-columns error it got printed NULs a terminal hides, so it
        // read "missing required columns 'text', 'label'; columns found: text, label".
        var path = Path.Combine(_dir.Path, "unicode-text.tsv");
        File.WriteAllBytes(path, System.Text.Encoding.Unicode.GetBytes("text\tlabel\nTalks resumed.\tpositive\n"));

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: has a NUL byte: it is UTF-16 text without a byte-order mark or a binary file, not UTF-8 text; save it as UTF-8", ex.Message);
    }

    [Fact]
    public void Read_HeaderOfManyLongColumns_ListsTheFirstFewCut()
    {
        var columns = Enumerable.Range(1, 9).Select(i => $"column{i}" + new string('x', i == 2 ? 60 : 0));
        var path = _dir.File("wide.tsv", string.Join("\t", columns) + "\nTalks resumed.\tpositive\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: missing required columns 'text', 'label'; columns found: column1, column2{new string('x', 33)}…, " +
            "column3, column4, column5, column6, … (9 columns in all). A sentiment file needs a tab-separated header with 'text' and 'label'",
            ex.Message);
    }

    [Fact]
    public void Read_MissingFile_ThrowsWithPath()
    {
        var path = Path.Combine(_dir.Path, "absent.tsv");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}: file not found; check the path", ex.Message);
        Assert.Equal(path, ex.Path);
        Assert.Equal(0, ex.Line);
    }

    [Fact]
    public void Read_NullPath_ThrowsArgumentNullExceptionNamingTheCallersParameter()
    {
        var ok = _dir.File("ok.tsv", "text\tlabel\nTalks resumed.\tpositive\n");

        var single = Assert.Throws<ArgumentNullException>(() => LabeledDataReader.Read((string)null!, ClassifierTask.Sentiment));
        var inList = Assert.Throws<ArgumentNullException>(() => LabeledDataReader.Read([ok, null!], ClassifierTask.Sentiment));

        Assert.Equal("path", single.ParamName);
        Assert.Equal("paths", inList.ParamName);
        Assert.StartsWith("paths[1] (0-based) is null; give the path of every data file.", inList.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileWithoutAHeaderLine_SaysTheFirstLineLooksLikeARow()
    {
        var path = _dir.File("rows.tsv", "The central bank cut rates.\tneutral\nShares fell.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: missing required columns 'text', 'label'; columns found: the central bank cut rates., neutral. " +
            "The first line holds the label 'neutral', so it looks like a row, not a header: add a header line above it. " +
            "A sentiment file needs a tab-separated header with 'text' and 'label'", ex.Message);
    }

    [Fact]
    public void Read_HeaderLineRepeatedInside_SaysSo()
    {
        // Two files joined with cat: the second's header is a row whose label is "label".
        var path = _dir.File("joined.tsv", "text\tlabel\nShares fell.\tnegative\ntext\tlabel\nShares rose.\tpositive\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:3: label 'label' is not a sentiment label; use one of: negative, neutral, positive " +
            "(this line repeats the header line, as when files are joined with cat: delete it)", ex.Message);
    }

    [Fact]
    public void Read_MissingLabelColumn_ListsColumnsFound()
    {
        var path = _dir.File("cols.tsv", "text\tsentiment\nTalks resumed.\tpositive\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: missing required column 'label'; columns found: text, sentiment. " +
            "A sentiment file needs a tab-separated header with 'text' and 'label'", ex.Message);
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Read_StanceFileWithoutTarget_NamesTargetColumn()
    {
        var path = _dir.File("stance.tsv", "text\tlabel\nTalks resumed.\tfavor\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        Assert.StartsWith($"{path}:1: missing required column 'target'; columns found: text, label.", ex.Message);
    }

    [Fact]
    public void Read_WrongFieldCount_ReportsLine()
    {
        var path = _dir.File("fields.tsv", "text\tlabel\nTalks resumed.\tpositive\nToo\tmany\tfields\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:3: expected 2 tab-separated fields as in the header, found 3; check for a missing or extra tab", ex.Message);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Read_EmptyText_ReportsLine()
    {
        var path = _dir.File("empty.tsv", "text\tlabel\n  \tpositive\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:2: empty text; write the sentence in the 'text' column or delete the row", ex.Message);
    }

    [Theory]
    [InlineData(ClassifierTask.Sentiment, "postive", "not a sentiment label; use one of: negative, neutral, positive (did you mean 'positive'?)")]
    [InlineData(ClassifierTask.Stance, "positive", "not a stance label; use one of: against, none, favor")]
    public void Read_LabelOutsideTaskSet_ListsAllowedLabels(ClassifierTask task, string label, string expected)
    {
        var path = _dir.File("label.tsv", $"text\ttarget\tlabel\nTalks resumed.\tChina\t{label}\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, task));

        Assert.Equal($"{path}:2: label '{label}' is {expected}", ex.Message);
    }

    [Theory]
    [InlineData(ClassifierTask.Stance, "Favor", "not a stance label; use one of: against, none, favor (labels are lower case: write 'favor')")]
    [InlineData(ClassifierTask.Sentiment, "NEGATIVE", "not a sentiment label; use one of: negative, neutral, positive (labels are lower case: write 'negative')")]
    [InlineData(ClassifierTask.Stance, "agaisnt", "not a stance label; use one of: against, none, favor (did you mean 'against'?)")]
    [InlineData(ClassifierTask.Sentiment, "neg", "not a sentiment label; use one of: negative, neutral, positive (did you mean 'negative'?)")]
    [InlineData(ClassifierTask.Sentiment, "pos", "not a sentiment label; use one of: negative, neutral, positive (did you mean 'positive'?)")]
    [InlineData(ClassifierTask.Sentiment, "neu", "not a sentiment label; use one of: negative, neutral, positive (did you mean 'neutral'?)")]
    [InlineData(ClassifierTask.Sentiment, "-1", "not a sentiment label; use one of: negative, neutral, positive (did you mean 'negative'?)")]
    [InlineData(ClassifierTask.Stance, "pro", "not a stance label; use one of: against, none, favor (did you mean 'favor'?)")]
    [InlineData(ClassifierTask.Stance, "neutral", "not a stance label; use one of: against, none, favor (did you mean 'none'?)")]
    [InlineData(ClassifierTask.Stance, "-1", "not a stance label; use one of: against, none, favor")]
    [InlineData(ClassifierTask.Stance, "con", "not a stance label; use one of: against, none, favor (did you mean 'against'?)")]
    [InlineData(ClassifierTask.Sentiment, "0", "not a sentiment label; use one of: negative, neutral, positive")]
    [InlineData(ClassifierTask.Sentiment, "1", "not a sentiment label; use one of: negative, neutral, positive")]
    [InlineData(ClassifierTask.Sentiment, "ne", "not a sentiment label; use one of: negative, neutral, positive")]
    [InlineData(ClassifierTask.Sentiment, "mixed", "not a sentiment label; use one of: negative, neutral, positive")]
    [InlineData(ClassifierTask.Stance, "for", "not a stance label; use one of: against, none, favor (did you mean 'favor'?)")]
    [InlineData(ClassifierTask.Stance, "support", "not a stance label; use one of: against, none, favor (did you mean 'favor'?)")]
    [InlineData(ClassifierTask.Stance, "supports", "not a stance label; use one of: against, none, favor (did you mean 'favor'?)")]
    [InlineData(ClassifierTask.Stance, "in favor", "not a stance label; use one of: against, none, favor (did you mean 'favor'?)")]
    [InlineData(ClassifierTask.Stance, "anti", "not a stance label; use one of: against, none, favor (did you mean 'against'?)")]
    [InlineData(ClassifierTask.Stance, "oppose", "not a stance label; use one of: against, none, favor (did you mean 'against'?)")]
    [InlineData(ClassifierTask.Stance, "opposes", "not a stance label; use one of: against, none, favor (did you mean 'against'?)")]
    [InlineData(ClassifierTask.Stance, "opposed", "not a stance label; use one of: against, none, favor (did you mean 'against'?)")]
    [InlineData(ClassifierTask.Stance, "neither", "not a stance label; use one of: against, none, favor (did you mean 'none'?)")]
    [InlineData(ClassifierTask.Stance, "unrelated", "not a stance label; use one of: against, none, favor (did you mean 'none'?)")]
    [InlineData(ClassifierTask.Stance, "no", "not a stance label; use one of: against, none, favor")]
    [InlineData(ClassifierTask.Stance, "fa", "not a stance label; use one of: against, none, favor")]
    [InlineData(ClassifierTask.Sentiment, "'positive\"", "not a sentiment label; use one of: negative, neutral, positive (did you mean 'positive'?)")]
    public void Read_LabelSlip_SaysWhichLabelWasMeant(ClassifierTask task, string label, string expected)
    {
        var path = _dir.File("label.tsv", $"text\ttarget\tlabel\nTalks resumed.\tChina\t{label}\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, task));

        Assert.Equal($"{path}:2: label '{label}' is {expected}", ex.Message);
    }

    [Fact]
    public void Read_RowEndingInTab_SaysToDeleteTheTabAtTheEndOfTheLine()
    {
        var path = _dir.File("tab.tsv", "text\tlabel\nTalks resumed.\tpositive\t\nShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:2: expected 2 tab-separated fields as in the header, found 3, the last one empty; delete the tab at the end of the line", ex.Message);
    }

    [Fact]
    public void Read_EveryRowEndingInTab_OneErrorNamingTheLinesNotOnePerRow()
    {
        var path = _dir.File("rows.tsv", "text\tlabel\n\nTalks resumed.\tpositive\t\nShelling resumed.\tnegative\t\nTalks stalled.\tneutral\t \n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:3: every row (lines 3-5, 3 rows) ends with empty fields the header lacks (a tab or more after 'label'); " +
            "delete the tabs at the end of each line, or save the file again without the empty last columns", ex.Message);
    }

    [Fact]
    public void Read_HeaderEndingInTab_OneErrorOnTheHeaderNotOnePerRow()
    {
        var path = _dir.File("header.tsv", "text\tlabel\t\nTalks resumed.\tpositive\nShelling resumed.\tnegative\nTalks stalled.\tneutral\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal(1, ex.TotalErrors);
        Assert.Equal($"{path}:1: the header ends with a tab (an empty column name after 'label') that the rows lack (line 2 has 2 fields); " +
            "delete the tab at the end of the header line", ex.Message);
    }

    [Fact]
    public void Read_HeaderAndEveryRowEndingInTab_ReadAsAnEmptyColumn()
    {
        var path = _dir.File("export.tsv", "text\tlabel\t\nTalks resumed.\tpositive\t\nShelling resumed.\tnegative\t\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(2, data.Examples.Count);
    }

    [Fact]
    public void Read_StanceTargetLongerThanTheLimit_ReportsLineWithTheTargetsStart()
    {
        var text = "Beijing condemned the naval drills near the strait, calling them a provocation " + new string('x', StanceClassifier.MaxTargetLength);
        var path = _dir.File("swapped.tsv", $"text\ttarget\tlabel\nTalks resumed.\tChina\tfavor\nChina\t{text}\tagainst\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((path, 3), (error.Path, error.Line));
        Assert.Equal($"target '{text[..40]}…' is {text.Length} characters long, more than the 300 a target may have; " +
            "put the name of a country, organisation, person or policy in the target, not a text", error.Message);
    }

    [Fact]
    public void Read_StanceTargetOfEmojiOverTheLimit_QuotesWholeCharactersOnly()
    {
        var target = "a" + string.Concat(Enumerable.Repeat("\U0001F600", 150));
        var path = _dir.File("emoji.tsv", $"text\ttarget\tlabel\nTalks resumed.\t{target}\tnone\n");

        var error = Assert.Single(Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance)).Errors);

        var quoted = error.Message[(error.Message.IndexOf('\'') + 1)..error.Message.IndexOf('…')];
        Assert.Equal(target[..39], quoted);
        Assert.False(char.IsHighSurrogate(quoted[^1]));
    }

    [Theory]
    [InlineData("\U0001F1EB\U0001F1F7")] // a flag: two regional indicators, four UTF-16 units
    [InlineData("e\u0301")] // a letter and a combining accent
    public void Read_StanceTargetOverTheLimitWithATextElementAcrossTheCut_QuotesItWholeOrNotAtAll(string element)
    {
        var target = new string('a', 38) + element + new string('b', StanceClassifier.MaxTargetLength);
        var path = _dir.File("element.tsv", $"text\ttarget\tlabel\nTalks resumed.\t{target}\tnone\n");

        var error = Assert.Single(Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance)).Errors);

        var quoted = error.Message[(error.Message.IndexOf('\'') + 1)..error.Message.IndexOf('…')];
        Assert.Equal(element.Length <= 2 ? target[..(38 + element.Length)] : new string('a', 38), quoted);
    }

    [Fact]
    public void Read_StanceTargetAtTheLimit_IsKept()
    {
        var target = new string('x', StanceClassifier.MaxTargetLength);
        var path = _dir.File("long.tsv", $"text\ttarget\tlabel\nTalks resumed.\t{target}\tnone\n");

        Assert.Equal(target, Assert.Single(LabeledDataReader.Read(path, ClassifierTask.Stance).Examples).Target);
    }

    [Fact]
    public void Read_SameTextTwoLabels_NamesBothLines()
    {
        var path = _dir.File("conflict.tsv", "text\tlabel\nTalks resumed.\tpositive\nOther.\tneutral\nTalks resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:4: the same text has label 'positive' at {path}:2 but 'negative' here; " +
            "give both rows the same label or delete one", ex.Message);
    }

    [Fact]
    public void Read_ConflictAcrossFiles_NamesBothFiles()
    {
        var a = _dir.File("a.tsv", "text\tlabel\nTalks resumed.\tpositive\n");
        var b = _dir.File("b.tsv", "text\tlabel\nTalks resumed.\tneutral\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read([a, b], ClassifierTask.Sentiment));

        Assert.Contains($"at {a}:2 but 'neutral' here", ex.Message);
        Assert.Equal(b, ex.Path);
    }

    [Fact]
    public void Read_SameTextDifferentTargets_IsNotAConflict()
    {
        var path = _dir.File("targets.tsv", "text\ttarget\tlabel\nSeoul welcomed it; Washington did not.\tSouth Korea\tfavor\n" +
            "Seoul welcomed it; Washington did not.\tUnited States\tagainst\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Stance);

        Assert.Equal(["South Korea", "United States"], data.Examples.Select(e => e.Target));
    }

    [Fact]
    public void Read_ExactDuplicate_KeepsOnceWithWarning()
    {
        var path = _dir.File("dup.tsv", "text\tlabel\nTalks resumed.\tpositive\nTalks resumed.\tpositive\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Single(data.Examples);
        Assert.Equal($"{path}:3: duplicate of {path}:2 (the same text and label); kept once", Assert.Single(data.Warnings).ToString());
    }

    [Fact]
    public void Read_ManyBadRows_ListsEveryOneUpToTheCap()
    {
        var rows = string.Concat(Enumerable.Range(0, 60).Select(i => $"sentence {i}\tmaybe\n"));
        var path = _dir.File("many.tsv", "text\tlabel\n" + rows);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal(60, ex.TotalErrors);
        Assert.Equal(LabeledDataReader.MaxReportedErrors, ex.Errors.Count);
        Assert.Equal(Enumerable.Range(2, 50), ex.Errors.Select(e => e.Line));
        Assert.StartsWith("60 problems in data:", ex.Message);
        Assert.EndsWith("... and 10 more", ex.Message);
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsLine()
    {
        var path = Path.Combine(_dir.Path, "latin1.tsv");
        File.WriteAllBytes(path, [.. "text\tlabel\nok\tpositive\n"u8, 0x63, 0x61, 0x66, 0xE9, 0x09, .. "neutral\n"u8]);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:3: is not valid UTF-8: byte 0xE9 after 'caf' ('é' in Windows-1252 or Latin-1); save the file as UTF-8", ex.Message);
    }

    [Fact]
    public void Read_EmptyFile_AsksForHeader()
    {
        var path = _dir.File("blank.tsv", "\n\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: file is empty; it needs a header line naming the columns ('text' and 'label')", ex.Message);
    }

    [Fact]
    public void Read_StanceFileAsSentiment_OneErrorSayingWhichTaskItIsFor()
    {
        var rows = Enumerable.Range(0, 80).Select(i => $"Sentence {i}.\tChina\t{(i % 2 == 0 ? "against" : "favor")}");
        var path = _dir.File("stance.tsv", "text\ttarget\tlabel\n" + string.Join("\n", rows) + "\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("this looks like a stance file", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Read_SmallStanceFileAsSentiment_OneErrorSayingWhichTaskItIsFor(int rows)
    {
        // An analyst's test.tsv of a few rows given to evaluate with a sentiment model: its 'target' column and stance
        // labels say what it is as well as 80 rows do.
        var lines = Enumerable.Range(0, rows).Select(i => $"Sentence {i}.\tNorway\t{(i % 2 == 0 ? "against" : "none")}");
        var path = _dir.File("stance.tsv", "text\ttarget\tlabel\n" + string.Join("\n", lines) + "\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("this looks like a stance file", error.Message);
    }

    [Theory]
    [InlineData("Text\tTarget\tLabel")]
    [InlineData("text\tTARGET\tlabel")]
    [InlineData("TEXT\t Target \tLABEL")]
    public void Read_SmallStanceFileWithAnyCaseHeaderAsSentiment_SaysItLooksLikeAStanceFile(string header)
    {
        // The 'target' column is matched as 'text' and 'label' are, whatever its case.
        var path = _dir.File("stance.tsv", header + "\nSentence one.\tNorway\tagainst\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("this looks like a stance file", error.Message);
    }

    [Fact]
    public void Read_SmallSentimentFileAsStance_SaysItLooksLikeASentimentFile()
    {
        var path = _dir.File("sentiment.tsv", "text\tlabel\nTalks resumed.\tpositive\nShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        var error = Assert.Single(ex.Errors);
        Assert.StartsWith("missing required column 'target'; columns found: text, label. ", error.Message);
        Assert.Contains("this looks like a sentiment file", error.Message);
    }

    [Fact]
    public void Read_SentimentFileAsStance_SaysItLooksLikeASentimentFileNotOnlyThatTargetIsMissing()
    {
        // evaluate --model stance.zip --data sentiment/test.tsv: the reverse mistake is told which task the file is for.
        var rows = Enumerable.Range(0, 80).Select(i => $"Sentence {i}.\t{(i % 2 == 0 ? "negative" : "neutral")}");
        var path = _dir.File("sentiment.tsv", "text\tlabel\n" + string.Join("\n", rows) + "\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("missing required column 'target'; columns found: text, label. ", error.Message);
        Assert.Contains("this looks like a sentiment file", error.Message);
        Assert.Contains("train --task sentiment, or evaluate a sentiment model on it", error.Message);
    }

    [Fact]
    public void Read_SomeLabelsOfTheOtherTask_OneErrorPerRowAsBefore()
    {
        var path = _dir.File("mixed.tsv", "text\tlabel\nGood.\tpositive\nBad.\tagainst\nWorse.\tfavor\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal([3, 4], ex.Errors.Select(e => e.Line));
        Assert.All(ex.Errors, e => Assert.Contains("is not a sentiment label", e.Message));
    }

    [Fact]
    public void Read_HeaderNamingColumnsNoRowHas_OneErrorOnTheHeaderNamingThem()
    {
        // An analyst adds a 'note' column to the header and no row fills it: the mistake is the header's, not every row's.
        var path = _dir.File("notes.tsv", "text\tlabel\tnote\tsource\nTalks resumed.\tpositive\n\nShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(1, error.Line);
        Assert.Equal("the header names 2 columns after 'label' ('note', 'source') that no row has (every row has 2 fields); " +
            "delete them from the header, or give every row a value for them (after a tab; an empty one is fine)", error.Message);
    }

    [Fact]
    public void Read_HeaderColumnSomeRowsHave_OneErrorPerRowThatLacksIt()
    {
        var path = _dir.File("notes.tsv", "text\tlabel\tnote\nTalks resumed.\tpositive\tchecked\nShelling resumed.\tnegative\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal(3, Assert.Single(ex.Errors).Line);
    }

    [Fact]
    public void Read_HeaderWithoutRows_SaysThereAreNoRows()
    {
        var path = _dir.File("header.tsv", "text\tlabel\n\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal($"{path}:1: has a header but no data rows; add labeled rows below the header, one per line", ex.Message);
    }
}
