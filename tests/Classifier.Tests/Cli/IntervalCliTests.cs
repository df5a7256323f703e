using System.Text.Json;
using Classifier.Tests.Stance;

namespace Classifier.Tests.Cli;

[Collection(StanceCollection.Name)]
public sealed class IntervalCliTests(StanceFixture stance)
{
    [Fact]
    public void Evaluate_JsonAndText_GiveIntervalsAroundEachMetric()
    {
        var data = TestPaths.Data("stance", "test_fresh.tsv");

        var json = CliProcess.Run("evaluate", "--model", stance.ModelPath, "--data", data, "--format", "json");
        var text = CliProcess.Run("evaluate", "--model", stance.ModelPath, "--data", data, "--format", "text");

        Assert.True(json.ExitCode == 0, json.Stderr);
        using var report = JsonDocument.Parse(json.Stdout);
        var intervals = report.RootElement.GetProperty("intervals");
        foreach (var metric in new[] { "accuracy", "macroF1", "favg" })
        {
            var value = report.RootElement.GetProperty(metric).GetDouble();
            Assert.InRange(value, intervals.GetProperty(metric).GetProperty("low").GetDouble(), intervals.GetProperty(metric).GetProperty("high").GetDouble());
        }

        Assert.Contains("95% intervals (bootstrap over rows): accuracy ", text.Stdout);
    }
}
