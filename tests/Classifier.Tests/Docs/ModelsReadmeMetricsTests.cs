using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Docs;

/// <summary>
/// models/README.md's metrics table is the summary table of models/REPORT.md, which <c>scripts/retrain.sh</c> writes into both.
/// When one model is kept and the other retrained, the two files are put together by hand, and a hand edit once left the
/// README with the stance rows twice and a row of another table among them.
/// </summary>
public sealed class ModelsReadmeMetricsTests
{
    [Fact]
    public void MetricsTable_ModelsReadme_IsTheReportsSummaryTable()
    {
        var readme = Lines("README.md");
        var start = Array.IndexOf(readme, "<!-- metrics:start -->");
        var end = Array.IndexOf(readme, "<!-- metrics:end -->");
        Assert.True(start >= 0 && end > start, "models/README.md has no <!-- metrics:start --> ... <!-- metrics:end --> block");

        var table = SummaryTable(Lines("REPORT.md"));

        Assert.Equal(table, readme[(start + 1)..end].Where(line => line.Length > 0));
    }

    [Fact]
    public void MetricsTable_ModelsReport_HasARowForEachHeldOutFileOfEachShippedModelInTheBenchmarksOrder()
    {
        // retrain.sh and the benchmark both measure the files data/TASK/held-out.txt lists, in its order; a row missing,
        // repeated or out of place in the report means a stale report, or a hand edit.
        var rows = SummaryTable(Lines("REPORT.md")).Skip(2).Select(line => line.Split('|')).ToArray();

        Assert.All(rows, cells => Assert.Equal(11, cells.Length));
        var expected = TestPaths.HeldOut("sentiment").Select(f => ("`sentiment.zip`", $"`sentiment/{f}.tsv`"))
            .Concat(TestPaths.HeldOut("stance").Select(f => ("`stance.zip`", $"`stance/{f}.tsv`")));
        Assert.Equal(expected, rows.Select(cells => (cells[1].Trim(), cells[3].Trim())));
    }

    /// <summary>The table right under REPORT.md's "## Summary" heading, header and separator included.</summary>
    internal static string[] SummaryTable(string[] report)
    {
        var summary = Array.IndexOf(report, "## Summary");
        Assert.True(summary >= 0, "models/REPORT.md has no '## Summary' section");
        return report.Skip(summary + 1).SkipWhile(line => line.Length == 0).TakeWhile(line => line.StartsWith('|')).ToArray();
    }

    /// <summary>The lines of a file of models/, without trailing white space.</summary>
    internal static string[] Lines(string file) =>
        File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "models", file)).Select(line => line.TrimEnd()).ToArray();
}
