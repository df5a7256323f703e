using Classifier.Data;
using Classifier.Training.Commands;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Cli;

/// <summary>
/// <c>audit</c>'s order: the rows the model disputes most first; rows it disputes equally (repeated rows, kept with
/// <c>--keep-duplicates</c>, get the same prediction) in the order of the data, not of their locations as text
/// ("a.tsv:100" came before "a.tsv:9").
/// </summary>
public sealed class AuditSuspectsTests
{
    [Fact]
    public void Suspects_EquallyDisputedRows_KeepTheDataOrder()
    {
        LabeledExample[] rows = [Row(9), Row(10), Row(100), new("Sales fell.", "negative", null, "a.tsv", 11)];
        var disputed = new RowPrediction("positive", new Dictionary<string, double> { ["negative"] = 0.1, ["neutral"] = 0.1, ["positive"] = 0.8 });
        var mild = new RowPrediction("positive", new Dictionary<string, double> { ["negative"] = 0.3, ["neutral"] = 0.05, ["positive"] = 0.65 });

        var suspects = AuditCommand.Suspects(rows, [disputed, disputed, disputed, mild], minConfidence: 0.6).ToArray();

        Assert.Equal(["a.tsv:9", "a.tsv:10", "a.tsv:100", "a.tsv:11"], suspects.Select(s => s.Row.Location));
    }

    private static LabeledExample Row(int line) => new("Profit was flat.", "neutral", null, "a.tsv", line);
}
