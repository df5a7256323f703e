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

        var report = Lines("REPORT.md");
        var summary = Array.IndexOf(report, "## Summary");
        Assert.True(summary >= 0, "models/REPORT.md has no '## Summary' section");
        var table = report.Skip(summary + 1).SkipWhile(line => line.Length == 0).TakeWhile(line => line.StartsWith('|')).ToArray();

        Assert.Equal(table, readme[(start + 1)..end].Where(line => line.Length > 0));
    }

    [Fact]
    public void MetricsTable_ModelsReport_HasOneRowPerModelAndFileOfEachShippedModel()
    {
        var report = Lines("REPORT.md");
        var rows = report.Skip(Array.IndexOf(report, "## Summary") + 1).SkipWhile(line => line.Length == 0)
            .TakeWhile(line => line.StartsWith('|')).Skip(2).Select(line => line.Split('|')).ToArray();

        Assert.All(rows, cells => Assert.Equal(11, cells.Length));
        var keys = rows.Select(cells => (Model: cells[1].Trim(), File: cells[3].Trim())).ToArray();
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(["`sentiment.zip`", "`stance.zip`"], keys.Select(k => k.Model).Distinct().Order(StringComparer.Ordinal));
        Assert.All(keys, k => Assert.StartsWith(k.Model == "`sentiment.zip`" ? "`sentiment/" : "`stance/", k.File, StringComparison.Ordinal));
    }

    private static string[] Lines(string file) =>
        File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "models", file)).Select(line => line.TrimEnd()).ToArray();
}
