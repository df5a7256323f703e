using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary><see cref="TsvFields.WrongCount"/> as the data reader reports it: a quoted text holding a tab, which the format cannot quote.</summary>
public sealed class TsvFieldsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_QuotedTextHoldingATab_SaysTheFormatHasNoQuotingAndToRemoveTheTab()
    {
        // Line 2 opens with a quote and has the header's fields: it is a sentence like any other, and reads fine.
        var path = _dir.File("quoted.tsv",
            "text\ttarget\tlabel\n" +
            "\"We will not yield,\" Beijing said of the drills.\tChina\tagainst\n" +
            "\"Seoul showed restraint\tand good faith,\" Pyongyang said.\tSouth Korea\tfavor\n");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(path, ClassifierTask.Stance));

        Assert.Equal(
            $"{path}:3: expected 3 tab-separated fields as in the header, found 4: a tab inside quotes " +
            "('\"Seoul showed restraint<TAB>and good faith,\" Pyongyan…', the tab shown as <TAB>); the format has no quoting, " +
            "so every tab separates fields: remove the tab or replace it with a space (the quotes themselves may stay)",
            ex.Message);
        Assert.Equal(3, ex.Line);
    }
}
