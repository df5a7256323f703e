using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>The whole of each error the reader gives for a header that does not fit the task or its rows.</summary>
public sealed class HeaderErrorsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_HeaderEndingInTwoTabs_SaysHowManyAndNamesTheFirstRowNotALineOfOnlyATab()
    {
        // Two empty names are no duplicate column; line 2, only a tab, is blank and has no fields to compare.
        var error = Error("text\tlabel\t\t\n\t\nTalks resumed.\tpositive\nShelling resumed.\tnegative\n");

        Assert.Equal((1, "the header ends with 2 tabs (an empty column name after 'label') that the rows lack (line 3 has 2 fields); " +
            "delete the tab at the end of the header line"), error);
    }

    [Fact]
    public void Read_HeaderNamingOneColumnNoRowHas_SaysItNotThem()
    {
        var error = Error("text\tlabel\tnote\nTalks resumed.\tpositive\nShelling resumed.\tnegative\n");

        Assert.Equal((1, "the header names a column after 'label' ('note') that no row has (every row has 2 fields); " +
            "delete it from the header, or give every row a value for it (after a tab; an empty one is fine)"), error);
    }

    [Fact]
    public void Read_ExactlyTwoRowsEndingInTab_OneErrorNamingBoth()
    {
        var error = Error("text\tlabel\nTalks resumed.\tpositive\t\nShelling resumed.\tnegative\t\n");

        Assert.Equal((2, "every row (lines 2-3, 2 rows) ends with empty fields the header lacks (a tab or more after 'label'); " +
            "delete the tabs at the end of each line, or save the file again without the empty last columns"), error);
    }

    [Fact]
    public void Read_EveryRowWithAFilledFieldAfterAnEmptyOne_EachRowToldItsCount()
    {
        var path = _dir.File("notes.tsv", "text\tlabel\nTalks resumed.\tpositive\t\tnote\nShelling resumed.\tnegative\t\tnote\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Sentiment));

        Assert.Equal([2, 3], ex.Errors.Select(e => e.Line));
        Assert.All(ex.Errors, e => Assert.Equal("expected 2 tab-separated fields as in the header, found 4; check for a missing or extra tab", e.Message));
    }

    [Fact]
    public void Read_ColumnNamedTwice_SaysToRenameOrRemoveOne()
    {
        var error = Error("text\tlabel\tText\nTalks resumed.\tpositive\tx\n");

        Assert.Equal((1, "column 'text' appears more than once in the header; rename or remove one"), error);
    }

    [Fact]
    public void Read_SixColumnsWithoutALabel_ListsThemAllAnEmptyOneAndOneOfFortyCharactersWhole()
    {
        var forty = new string('x', 40);
        var error = Error($"text\t\tsentiment\tsource\tnote\t{forty}\nTalks resumed.\t\tpositive\tx\ty\tz\n");

        Assert.Equal((1, $"missing required column 'label'; columns found: text, (empty), sentiment, source, note, {forty}. " +
            "A sentiment file needs a tab-separated header with 'text' and 'label'"), error);
    }

    [Fact]
    public void Read_StanceFileWithoutATargetColumn_NamesTheThreeColumnsAStanceFileNeeds()
    {
        var error = Error("text\ttopic\tlabel\nTalks resumed.\tChina\tfavor\n", ClassifierTask.Stance);

        Assert.Equal((1, "missing required column 'target'; columns found: text, topic, label. " +
            "A stance file needs a tab-separated header with 'text', 'target' and 'label'"), error);
    }

    [Fact]
    public void Read_StanceFileAsSentiment_TheWholeErrorNamesBothTasksLabels()
    {
        var error = Error("text\ttarget\tlabel\nTalks resumed.\tChina\tfavor\n");

        Assert.Equal((1, "every row's label is a stance label (against, none, favor): this looks like a stance file, and sentiment labels " +
            "(negative, neutral, positive) are needed here; give a sentiment file, or use this one for stance (train --task stance, " +
            "or evaluate a stance model on it)"), error);
    }

    private (int Line, string Message) Error(string content, ClassifierTask task = ClassifierTask.Sentiment)
    {
        var path = _dir.File("data.tsv", content);
        var error = Assert.Single(Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, task)).Errors);
        Assert.Equal(path, error.Path);
        return (error.Line, error.Message);
    }
}
