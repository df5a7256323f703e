using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>Rows read where their columns are, a target no model could find, and repeated rows with a target or kept.</summary>
public sealed class RowReadingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_TargetAsTheFirstColumn_ReadsIt()
    {
        var path = _dir.File("first.tsv", "target\ttext\tlabel\nChina\tBeijing condemned the drills.\tagainst\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Stance);

        Assert.Equal(new LabeledExample("Beijing condemned the drills.", "against", "China", path, 2), Assert.Single(data.Examples));
    }

    [Fact]
    public void Read_SentimentFileWithATargetColumn_RowsHaveNoTarget()
    {
        var path = _dir.File("sentiment.tsv", "text\ttarget\tlabel\nTalks resumed.\tChina\tpositive\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(new LabeledExample("Talks resumed.", "positive", null, path, 2), Assert.Single(data.Examples));
    }

    [Fact]
    public void Read_StanceTargetWithoutALetterOrDigit_ReportsItsLine()
    {
        var path = _dir.File("dot.tsv", "text\ttarget\tlabel\nTalks resumed.\tChina\tnone\nShelling resumed.\t.\tagainst\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        Assert.Equal($"{path}:3: target '.' has no letter or digit, so it names nothing the model can find; " +
            "put the name of a country, organisation, person or policy in the target", ex.Message);
    }

    [Fact]
    public void Read_StanceRowRepeated_WarningNamesTheTarget()
    {
        var path = _dir.File("dup.tsv", "text\ttarget\tlabel\nTalks resumed.\tChina\tfavor\nTalks resumed.\tChina\tfavor\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Stance);

        Assert.Single(data.Examples);
        Assert.Equal($"{path}:3: duplicate of {path}:2 (the same text and target 'China' and label); kept once", Assert.Single(data.Warnings).ToString());
    }

    [Fact]
    public void Read_KeepingDuplicates_KeepsRepeatsAndConflictsWithAWarningEach()
    {
        var path = _dir.File("bench.tsv", "text\tlabel\nTalks resumed.\tpositive\nTalks resumed.\tpositive\nTalks resumed.\tnegative\n");

        var data = LabeledDataReader.Read([path], ClassifierTask.Sentiment, keepDuplicates: true);

        Assert.Equal([2, 3, 4], data.Examples.Select(e => e.Line));
        Assert.Equal([$"{path}:3: duplicate of {path}:2 (the same text and label); kept",
            $"{path}:4: the same text has label 'positive' at {path}:2 but 'negative' here; both kept"], data.Warnings.Select(w => w.ToString()));
    }

    [Theory]
    [InlineData("\"\"\"\"", "\"")]
    [InlineData("\"He said \"\"no\"\".", null)]
    [InlineData("He said \"\"no\"\" twice\"", null)]
    [InlineData("He said \"\"no\"\" twice.", null)]
    public void Unquoted_QuotingOnlyWhenTheWholeTextIsInQuotes(string text, string? unquoted)
    {
        // A text of one quote in a spreadsheet's quoting is four; doubled quotes in a text not wholly in quotes are the writer's.
        Assert.Equal(unquoted, ReaderState.Unquoted(text));
    }
}
