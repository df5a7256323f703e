using System.Text.Json;
using Classifier.Tests.Stance;
using Classifier.Tests.Training;

namespace Classifier.Tests.Cli;

[Collection(TrainingCollection.Name)]
public sealed class CompareCliTests(TrainingFixture sentiment, StanceFixture stance)
{
    private readonly string _sentimentPath = sentiment.ModelPath;
    private readonly string _stancePath = stance.ModelPath;

    [Fact]
    public void Compare_DefaultBaseline_MetricsAreEachModelsEvaluation()
    {
        var data = TestPaths.Data("sentiment", "test.tsv");
        var embedded = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");

        var result = CliProcess.Run("compare", "--model", _sentimentPath, "--data", data, "--format", "json", "--samples", "300", "--flips", "2");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var macro = json.RootElement.GetProperty("metrics").GetProperty("macroF1");
        Assert.Equal(MacroF1(embedded, data), macro.GetProperty("baseline").GetDouble(), 6);
        Assert.Equal(MacroF1(_sentimentPath, data), macro.GetProperty("model").GetDouble(), 6);
        Assert.Equal("(embedded sentiment model)", json.RootElement.GetProperty("baseline").GetString());
        var gained = json.RootElement.GetProperty("gained").EnumerateArray().ToArray();
        var lost = json.RootElement.GetProperty("lost").EnumerateArray().ToArray();
        Assert.True(gained.Length <= 2 && lost.Length <= 2);
        Assert.All(gained, r => Assert.Equal(r.GetProperty("gold").GetString(), r.GetProperty("model").GetString()));
        Assert.All(lost, r => Assert.Equal(r.GetProperty("gold").GetString(), r.GetProperty("baseline").GetString()));
    }

    [Fact]
    public void Compare_Markdown_ListsTheRowsThatChangedAsJsonDoesAndNoneWithFlipsZero()
    {
        string[] args = ["compare", "--model", _sentimentPath, "--data", TestPaths.Data("sentiment", "test.tsv"), "--samples", "300", "--flips", "2"];
        var json = CliProcess.Run([.. args, "--format", "json"]);
        using var doc = JsonDocument.Parse(json.Stdout);
        var expected = new[] { "gained", "lost" }.SelectMany(k => doc.RootElement.GetProperty(k).EnumerateArray().Select(r =>
            $"| {k} | {r.GetProperty("text").GetString()!.Replace("|", "\\|", StringComparison.Ordinal)} | {r.GetProperty("gold").GetString()} | " +
            $"{r.GetProperty("baseline").GetString()} | {r.GetProperty("model").GetString()} |")).ToArray();
        Assert.NotEmpty(expected);

        var markdown = CliProcess.Run([.. args, "--format", "markdown"]);
        var none = CliProcess.Run([.. args[..^2], "--flips", "0", "--format", "markdown"]);

        Assert.True(markdown.ExitCode == 0, markdown.Stderr);
        // Before, the markdown ended at McNemar's line whatever --flips said.
        var lines = markdown.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var header = Array.IndexOf(lines, "| row | text | gold | baseline | model |");
        Assert.True(header > 0, markdown.Stdout);
        Assert.Equal(expected, lines.Skip(header + 2).Where(l => l.Length > 0));
        Assert.DoesNotContain("| row | text |", none.Stdout, StringComparison.Ordinal);
        Assert.StartsWith(none.Stdout, markdown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ModelWithItself_NoClearDifference()
    {
        var result = CliProcess.Run("compare", "--model", _stancePath, "--baseline", _stancePath, "--data", TestPaths.Data("stance", "test_fresh.tsv"),
            "--format", "json", "--samples", "200");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["accuracy", "macroF1", "favg"], json.RootElement.GetProperty("metrics").EnumerateObject().Select(p => p.Name));
        Assert.All(json.RootElement.GetProperty("metrics").EnumerateObject(), p =>
        {
            Assert.Equal(0, p.Value.GetProperty("difference").GetDouble());
            Assert.Equal("no clear difference", p.Value.GetProperty("verdict").GetString());
        });
        Assert.Equal(0, json.RootElement.GetProperty("mcnemar").GetProperty("gained").GetInt32());
    }

    [Fact]
    public void Compare_BaselineOfTheOtherTask_ExitsTwoSayingWhichTaskBaselineTakes()
    {
        var result = CliProcess.Run("compare", "--model", _sentimentPath, "--baseline", _stancePath, "--data", TestPaths.Data("sentiment", "test.tsv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {_stancePath}: is a stance model, but --baseline takes a sentiment model (the task of --model {_sentimentPath}); " +
            $"give --baseline a sentiment model file, or leave --baseline out for the embedded sentiment model{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Compare_TooFewSamples_ExitsOne()
    {
        var result = CliProcess.Run("compare", "--model", _sentimentPath, "--data", TestPaths.Data("sentiment", "test.tsv"), "--samples", "10");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--samples", result.Stderr);
    }

    private static double MacroF1(string model, string data)
    {
        var result = CliProcess.Run("evaluate", "--model", model, "--data", data, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("macroF1").GetDouble();
    }
}
