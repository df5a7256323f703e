using System.Text.Json;
using Classifier.Tests.Cli;
using Classifier.Tests.Training;
using Classifier.Training.Evaluation;

namespace Classifier.Tests.Stance;

[Collection(StanceCollection.Name)]
public sealed class StanceClassifierTests(StanceFixture fixture)
{
    [Fact]
    public void Train_ProjectCorpus_BeatsMajorityClassClearly()
    {
        var (report, _) = Evaluator.Evaluate(fixture.Model.ToScorer(), fixture.Test);
        var majority = fixture.Test.LabelCounts().Values.Max() / (double)fixture.Test.Examples.Count;

        Assert.True(report.Accuracy > majority + 0.15, $"accuracy {report.Accuracy} vs majority {majority}");
        Assert.NotNull(report.Favg);
        Assert.InRange(report.Favg!.Value, 0.5, 1.0);
        Assert.True(report.PerTarget!.Count >= 30);
    }

    [Fact]
    public void Info_CarriesTheAliasTable()
    {
        var classifier = StanceClassifier.Load(fixture.ModelPath);

        Assert.Contains("Washington", classifier.Info.Aliases["United States"]);
        Assert.Equal(ClassifierTask.Stance, classifier.Info.Task);
    }

    [Fact]
    public void PredictTargets_EqualsPredictPerTarget()
    {
        var classifier = StanceClassifier.Load(fixture.ModelPath);
        const string text = "Caracas agreed to resume consular services with Bogotá but rejected Washington's call for mediation.";
        string[] targets = ["Colombia", "United States", "Venezuela", "Taiwan"];

        var many = classifier.PredictTargets(text, targets);

        Assert.Equal(targets, many.Select(r => r.Target));
        for (var i = 0; i < targets.Length; i++)
        {
            Assert.Equal(classifier.Predict(text, targets[i]).Probabilities.Values, many[i].Probabilities.Values);
            Assert.Equal(1.0, many[i].Probabilities.Values.Sum(), 1e-9);
        }
    }

    [Fact]
    public void Predict_AliasOrCanonicalTarget_GiveTheSameProbabilities()
    {
        var classifier = StanceClassifier.Load(fixture.ModelPath);
        const string text = "Washington dismissed the proposal as a stunt.";

        Assert.Equal(classifier.Predict(text, "United States").Probabilities.Values, classifier.Predict(text, "US").Probabilities.Values);
    }

    [Fact]
    public void PredictBatch_LargeBatch_EqualsPredictInOrder()
    {
        var classifier = StanceClassifier.Load(fixture.ModelPath);
        var items = fixture.Test.Examples.Select(e => (e.Text, e.Target!)).ToArray();

        var batch = classifier.PredictBatch(items);

        for (var i = 0; i < items.Length; i += 7)
        {
            Assert.Equal(classifier.Predict(items[i].Text, items[i].Item2).Probabilities.Values, batch[i].Probabilities.Values);
        }
    }

    [Theory]
    [InlineData(null, typeof(ArgumentNullException))]
    [InlineData("", typeof(ArgumentException))]
    [InlineData("   ", typeof(ArgumentException))]
    public void Predict_BadTarget_ThrowsNamingTheParameter(string? target, Type expected)
    {
        var classifier = StanceClassifier.Load(fixture.ModelPath);

        var ex = Assert.Throws(expected, () => classifier.Predict("Talks resumed.", target!));

        Assert.Equal("target", ((ArgumentException)ex).ParamName);
    }

    [Fact]
    public void Load_StanceModelAsSentiment_NamesFileAndBothTasks()
    {
        var ex = Assert.Throws<ModelFileException>(() => SentimentClassifier.Load(fixture.ModelPath));

        Assert.Equal($"{fixture.ModelPath}: is a stance model, but a sentiment model was expected; load it with StanceClassifier.Load", ex.Message);
    }

    [Fact]
    public void Evaluate_StanceModelJson_AddsFavgAndPerTarget()
    {
        var result = CliProcess.Run("evaluate", "--model", fixture.ModelPath, "--data", TestPaths.Data("stance", "test.tsv"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("stance", root.GetProperty("task").GetString());
        Assert.InRange(root.GetProperty("favg").GetDouble(), 0, 1);
        var perTarget = root.GetProperty("perTarget");
        var china = perTarget.GetProperty("China");
        Assert.True(china.GetProperty("examples").GetInt32() > 0);
        Assert.InRange(china.GetProperty("macroF1").GetDouble(), 0, 1);
        Assert.InRange(china.GetProperty("favg").GetDouble(), 0, 1);
        Assert.Equal(fixture.Test.Examples.Count, perTarget.EnumerateObject().Sum(t => t.Value.GetProperty("examples").GetInt32()));
    }

    [Fact]
    public void Predict_StanceModelWithoutTarget_ExitsOneNamingBothWays()
    {
        var result = CliProcess.Run("predict", "--model", fixture.ModelPath, "Talks resumed.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"error: {fixture.ModelPath} is a stance model: give the target with --target T, or --find-targets to score the text toward each target it names{Environment.NewLine}",
            result.Stderr);
    }

    [Fact]
    public void Predict_StanceWithTarget_PrintsJsonWithTarget()
    {
        var result = CliProcess.Run("predict", "--model", fixture.ModelPath, "--target", "China", "--format", "json", "Beijing condemned the drills.");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("China", json.RootElement.GetProperty("target").GetString());
        Assert.Contains(json.RootElement.GetProperty("label").GetString(), new[] { "against", "none", "favor" });
    }
}

[Collection(TrainingCollection.Name)]
public sealed class SentimentAsStanceTests(TrainingFixture fixture)
{
    [Fact]
    public void Load_SentimentModelAsStance_NamesFileAndBothTasks()
    {
        var ex = Assert.Throws<ModelFileException>(() => StanceClassifier.Load(fixture.ModelPath));

        Assert.Equal($"{fixture.ModelPath}: is a sentiment model, but a stance model was expected; load it with SentimentClassifier.Load", ex.Message);
    }
}
