using Classifier.Data;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>A polarity lexicon's bad lines are reported with their line and the value that is wrong.</summary>
public sealed class LexiconFileTests
{
    [Theory]
    [InlineData("calm\tpositiv\t1", "polarity 'positiv'")]
    [InlineData("calm\tpositive\t-5", "strength '-5'")]
    [InlineData("calm\tpositive\tNaN", "strength 'NaN'")]
    [InlineData("calm\tpositive", "2 tab-separated field(s)")]
    public void Parse_BadLine_NamesTheLineAndTheValue(string line, string expected)
    {
        var ex = Assert.Throws<DataFileException>(() => LexiconFile.Parse([LexiconFormat.Header, "war\tnegative\t2", line], "lex.tsv"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal($"{expected}; expected: term<TAB>positive|negative<TAB>1|2", error.Message);
    }
}
