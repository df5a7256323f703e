using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>
/// The reader given a judge of targets of only function words: such rows listed among the file's own errors, in line
/// order and counted, never pushing one of those out of the listing; alone, they do not fail the read. (The CLI tests see
/// this through the commands; these see the reader itself.)
/// </summary>
public sealed class FunctionWordTargetRowsTests : IDisposable
{
    private const string Their = "target 'their' is only function words, so the model would read every 'their' in a text as a mention of it; " +
        "put the name of a country, organisation, person or policy in the target, a person by their full name ('Theresa May', not 'May')";

    private const string Maybe = "label 'maybe' is not a stance label; use one of: against, none, favor";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_FunctionWordRowsAndABadLabel_ListsThemAllInLineOrder()
    {
        var path = _dir.File("rows.tsv", "text\ttarget\tlabel\nChina protested.\tChina\tnone\nThey lost their bid.\ttheir\tagainst\n" +
            "The plan may work.\tChina\tmaybe\nThey kept their seats.\ttheir\tfavor\n");

        var ex = Assert.Throws<DataFileException>(() => Read(path));

        Assert.Equal([new DataFileError(path, 3, Their), new DataFileError(path, 4, Maybe), new DataFileError(path, 5, Their)], ex.Errors);
        Assert.Equal(3, ex.TotalErrors);
    }

    [Fact]
    public void Read_MoreFunctionWordRowsThanTheCapBeforeABadLabel_ListsTheBadLabelAndCountsThemAll()
    {
        // Rows toward "their" on lines 2-61, a bad label on line 62: the bad label and 49 of the rows are listed, all 61 counted.
        var path = _dir.File("many.tsv", "text\ttarget\tlabel\n" +
            string.Concat(Enumerable.Range(1, 60).Select(i => $"They lost bid number {i}.\ttheir\tagainst\n")) + "The plan may work.\tChina\tmaybe\n");

        var ex = Assert.Throws<DataFileException>(() => Read(path));

        Assert.Equal([.. Enumerable.Range(2, 49), 62], ex.Errors.Select(e => e.Line));
        Assert.Equal(61, ex.TotalErrors);
    }

    [Fact]
    public void Read_OnlyFunctionWordRows_ReadWithoutAnError()
    {
        var path = _dir.File("rows.tsv", "text\ttarget\tlabel\nThey lost their bid.\ttheir\tagainst\nChina protested.\tChina\tnone\n");

        var data = Read(path);

        Assert.Equal(["their", "China"], data.Examples.Select(e => e.Target));
    }

    private static LabeledDataSet Read(string path) =>
        LabeledDataReader.Read([path], ClassifierTask.Stance, keepDuplicates: false, functionWordTarget: t => t == "their");
}
