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
