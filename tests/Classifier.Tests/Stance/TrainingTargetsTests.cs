using Classifier.Tests.Cli;

namespace Classifier.Tests.Stance;

/// <summary>
/// A stance model records the targets it trained on (<see cref="TrainingDataInfo.Targets"/>), so that a caller can tell a
/// target it never saw (<see cref="StanceClassifier.TrainingRows"/>), and <c>predict</c> says so.
/// </summary>
[Collection(StanceCollection.Name)]
public sealed class TrainingTargetsTests(StanceFixture fixture)
{
    [Fact]
    public void Train_StanceCorpus_RecordsEachTargetsRowsUnderItsCanonicalName()
    {
        var targets = fixture.Model.Info.TrainingData.Targets;
        var northKorea = fixture.Train.Examples.Count(e => e.Target is "North Korea" or "Pyongyang" or "DPRK");

        Assert.Equal(fixture.Train.Examples.Count, targets.Values.Sum());
        Assert.Equal(northKorea, targets["North Korea"]);
        Assert.DoesNotContain("Pyongyang", targets.Keys);
    }

    [Fact]
    public void TrainingRows_AnyNameOfATrainedTarget_CountsItsRows()
    {
        var classifier = StanceClassifier.Load(fixture.ModelPath);

        var rows = classifier.TrainingRows("North Korea");

        Assert.True(rows > 100, $"{rows} rows");
        Assert.Equal(rows, classifier.TrainingRows("Pyongyang"));
        Assert.Equal(rows, classifier.TrainingRows(" North Korea "));
    }

    [Theory]
    [InlineData("the United States", "United States")]
    [InlineData("The European Union", "European Union")]
    [InlineData("nuclear deal", "the nuclear deal")]
    public void Target_WithOrWithoutALeadingThe_ReadAsTheKnownTarget(string written, string canonical)
    {
        var classifier = StanceClassifier.LoadDefault();
        const string text = "Officials welcomed the nuclear deal, while Pyongyang accused Washington and Brussels of plotting against it.";

        Assert.True(classifier.TrainingRows(canonical) > 0);
        Assert.Equal(classifier.TrainingRows(canonical), classifier.TrainingRows(written));
        Assert.Equal(classifier.Predict(text, canonical).Probabilities, classifier.Predict(text, written).Probabilities);
    }

    [Theory]
    [InlineData("Pension reform", "pension reform")]
    [InlineData("OFFSHORE WIND", "offshore wind")]
    public void DefaultModel_TrainingRows_TrainedIssueInAnotherCase_CountsItsRows(string written, string trained)
    {
        // The crossed features hash the target in lower case: the weights read "Pension reform" as the trained issue.
        var stance = StanceClassifier.LoadDefault();

        Assert.True(stance.TrainingRows(trained) > 0);
        Assert.Equal(stance.TrainingRows(trained), stance.TrainingRows(written));
    }

    [Theory]
    [InlineData("jury trials")]
    [InlineData("Canada")]
    public void TrainingRows_TargetOfAnUnseenFile_IsZero(string target) =>
        Assert.Equal(0, StanceClassifier.Load(fixture.ModelPath).TrainingRows(target));

    [Fact]
    public void TrainingRows_NameAddedWithWithAliases_CountsTheTargetsRows()
    {
        var classifier = StanceClassifier.Load(fixture.ModelPath);

        var extended = classifier.WithAliases("North Korea", ["the Hermit Kingdom"]);

        Assert.Equal(classifier.TrainingRows("North Korea"), extended.TrainingRows("the Hermit Kingdom"));
        Assert.Equal(0, classifier.TrainingRows("the Hermit Kingdom"));
    }

    [Fact]
    public void TrainingRows_BlankTarget_Throws() =>
        Assert.Throws<ArgumentException>(() => StanceClassifier.Load(fixture.ModelPath).TrainingRows(" "));

    [Fact]
    public void DefaultModel_TrainingRows_KnowsItsTrainingTargets()
    {
        var stance = StanceClassifier.LoadDefault();

        Assert.True(stance.TrainingRows("Seoul") > 0);
        Assert.Equal(0, stance.TrainingRows("jury trials"));
    }

    [Fact]
    public void Predict_TargetNeverTrainedOn_NotesItOnStderr()
    {
        var unseen = CliProcess.Run("predict", "--model", fixture.ModelPath, "--target", "jury trials", "Lawmakers voted to scrap jury trials.");
        var seen = CliProcess.Run("predict", "--model", fixture.ModelPath, "--target", "Pyongyang", "Seoul praised Pyongyang.");

        Assert.Equal(0, unseen.ExitCode);
        Assert.Contains("note: the model never trained on 'jury trials'", unseen.Stderr);
        Assert.Equal(0, seen.ExitCode);
        Assert.DoesNotContain("never trained on", seen.Stderr);
    }

    [Fact]
    public void Evaluate_StanceModel_GivesEachTargetsTrainingRows()
    {
        var data = TestPaths.Data("stance", "test_unseen_targets.tsv");
        var json = CliProcess.Run("evaluate", "--model", fixture.ModelPath, "--data", TestPaths.Data("stance", "test.tsv"), data, "--format", "json");
        var markdown = CliProcess.Run("evaluate", "--model", fixture.ModelPath, "--data", data, "--format", "markdown");

        Assert.True(json.ExitCode == 0, json.Stderr);
        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var perTarget = document.RootElement.GetProperty("perTarget");
        Assert.Equal(fixture.Model.Info.TrainingData.Targets["China"], perTarget.GetProperty("China").GetProperty("trainingRows").GetInt32());
        Assert.Equal(0, perTarget.GetProperty("Canada").GetProperty("trainingRows").GetInt32());
        Assert.True(markdown.ExitCode == 0, markdown.Stderr);
        Assert.Contains("| target | examples | macro-F1 | F_avg | training rows |", markdown.Stdout);
        Assert.EndsWith("| 0 (unseen) |", markdown.Stdout.Split('\n').Single(l => l.StartsWith("| Canada |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyze_TargetsNeverTrainedOn_NotesThemOnStderr()
    {
        var article = Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt");

        var result = CliProcess.Run("analyze", "--file", article, "--stance-model", fixture.ModelPath,
            "--target", "North Korea", "--target", "jury trials", "--target", "Canada");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("note: the model never trained on 'jury trials', 'Canada': its stance toward them", result.Stderr);
    }
}
