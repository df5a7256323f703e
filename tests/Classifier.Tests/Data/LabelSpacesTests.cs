using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>
/// A label with white space around it (a trailing space, a no-break space from a spreadsheet) is read trimmed, as before,
/// with a warning naming the file, the line, the value and the characters by code point. Before, it was trimmed silently.
/// </summary>
public sealed class LabelSpacesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("positive ", "positive", "after it (U+0020)")]
    [InlineData("positive\u00A0", "positive", "after it (U+00A0)")]
    [InlineData(" negative", "negative", "before it (U+0020)")]
    [InlineData("\u00A0neutral\u00A0 ", "neutral", "before it (U+00A0) and after it (U+00A0 U+0020)")]
    public void Read_LabelWithWhiteSpaceAroundIt_ReadTrimmedWithAWarningNamingFileLineAndValue(string raw, string label, string where)
    {
        var path = _dir.File("spaces.tsv", $"text\tlabel\nTalks resumed.\tpositive\nShelling resumed.\t{raw}\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        Assert.Equal(label, data.Examples[1].Label);
        Assert.Equal($"{path}:3: label '{raw}' has white space {where}, which is ignored: it is read as '{label}'; " +
            "delete the white space so that every tool reads the label as this one does", Assert.Single(data.Warnings).ToString());
    }

    [Fact]
    public void Read_StanceLabelWithANoBreakSpace_WarnedAsForSentiment()
    {
        var path = _dir.File("stance.tsv", "text\ttarget\tlabel\nBeijing condemned the drills.\tChina\tagainst\u00A0\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Stance);

        Assert.Equal("against", Assert.Single(data.Examples).Label);
        Assert.StartsWith($"{path}:2: label 'against\u00A0' has white space after it (U+00A0), which is ignored", Assert.Single(data.Warnings).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhiteSpaceInTextAndTargetOnly_NoWarning()
    {
        var path = _dir.File("text.tsv", "text\ttarget\tlabel\n Beijing condemned the drills. \tChina \tagainst\r\nTalks resumed.\tChina\tnone\r\n");

        var data = LabeledDataReader.Read(path, ClassifierTask.Stance);

        Assert.Equal(2, data.Examples.Count);
        Assert.Empty(data.Warnings);
    }
}
