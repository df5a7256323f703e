using System.Text.Json;
using Classifier.Tests.Training;

namespace Classifier.Tests.Cli;

[Collection(TrainingCollection.Name)]
public sealed class CliTests(TrainingFixture fixture) : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void TrainThenEvaluateJson_WritesModelAndParsableMetrics()
    {
        var model = Path.Combine(_dir.Path, "m.zip");
        var train = CliProcess.Run("train", "--task", "sentiment", "--data", TestPaths.Data("sentiment", "train.tsv"),
            "--out", model, "--seed", "3", "--test", TestPaths.Data("sentiment", "test.tsv"));
        Assert.True(train.ExitCode == 0, train.Stderr);
        Assert.Contains("wrote " + model, train.Stdout);

        var evaluate = CliProcess.Run("evaluate", "--model", model, "--data", TestPaths.Data("sentiment", "test.tsv"), "--format", "json");

        Assert.True(evaluate.ExitCode == 0, evaluate.Stderr);
        using var json = JsonDocument.Parse(evaluate.Stdout);
        var root = json.RootElement;
        Assert.Equal("sentiment", root.GetProperty("task").GetString());
        Assert.Equal(fixture.Test.Examples.Count, root.GetProperty("examples").GetInt32());
        Assert.InRange(root.GetProperty("accuracy").GetDouble(), 0.6, 1.0);
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0.6, 1.0);
        var perClass = root.GetProperty("perClass");
        foreach (var label in new[] { "negative", "neutral", "positive" })
        {
            var m = perClass.GetProperty(label);
            Assert.InRange(m.GetProperty("f1").GetDouble(), 0, 1);
            Assert.True(m.GetProperty("support").GetInt32() > 0);
            Assert.InRange(m.GetProperty("precision").GetDouble(), 0, 1);
            Assert.InRange(m.GetProperty("recall").GetDouble(), 0, 1);
        }

        var confusion = root.GetProperty("confusion");
        Assert.Equal(["negative", "neutral", "positive"], confusion.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(fixture.Test.Examples.Count, confusion.GetProperty("matrix").EnumerateArray().SelectMany(r => r.EnumerateArray()).Sum(v => v.GetInt32()));
        Assert.Equal(root.GetProperty("accuracy").GetDouble(), root.GetProperty("model").GetProperty("metrics").GetProperty("test").GetProperty("accuracy").GetDouble(), 6);
        var calibration = root.GetProperty("calibration");
        Assert.InRange(calibration.GetProperty("meanConfidence").GetDouble(), 1.0 / 3, 1);
        Assert.InRange(calibration.GetProperty("ece").GetDouble(), 0, 0.5);
        Assert.InRange(calibration.GetProperty("logLoss").GetDouble(), 0.01, 2);
        Assert.Equal(15, calibration.GetProperty("bins").GetInt32());
    }

    [Fact]
    public void Train_BadDataFile_ExitsTwoAndLeavesExistingModelUntouched()
    {
        var model = Path.Combine(_dir.Path, "keep.zip");
        File.Copy(fixture.ModelPath, model);
        var before = File.ReadAllBytes(model);
        var bad = _dir.File("bad.tsv", "text\tlabel\nTalks resumed.\tpositive\nShelling resumed.\thorrible\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", bad, "--out", model);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {bad}:3: label 'horrible' is not a sentiment label; use one of: negative, neutral, positive{Environment.NewLine}", result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(model));
        Assert.Equal(["keep.zip", "bad.tsv"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order().Reverse());
    }

    [Fact]
    public void Train_RepresentativeOfUnknownTarget_ExitsTwoNamingFileAndLineAndWritesNothing()
    {
        var model = Path.Combine(_dir.Path, "stance.zip");
        var people = _dir.File("people.tsv", "target\tname\nRussia\tVladimir Putin\nAtlantis\tPoseidon\n");

        var result = CliProcess.Run("train", "--task", "stance", "--data", TestPaths.Data("stance", "dev.tsv"), "--out", model, "--representatives", people);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {people}:3: target 'Atlantis' is not in the alias table; add it there, or correct the name{Environment.NewLine}", result.Stderr);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public void Train_RepresentativesForSentiment_ExitsOneSayingTheyAreForStance()
    {
        var people = _dir.File("people.tsv", "target\tname\nRussia\tVladimir Putin\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", TestPaths.Data("sentiment", "dev.tsv"), "--out", Path.Combine(_dir.Path, "s.zip"), "--representatives", people);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --representatives applies to stance models only; this run trains a sentiment model (--task sentiment): leave out --representatives, or use --task stance{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Train_AliasesForSentiment_ExitsOneSayingTheyAreForStance()
    {
        var aliases = _dir.File("aliases.tsv", "target\talias\nRussia\tMoscow\n");

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", TestPaths.Data("sentiment", "dev.tsv"), "--out", Path.Combine(_dir.Path, "s.zip"), "--aliases", aliases);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --aliases applies to stance models only; this run trains a sentiment model (--task sentiment): leave out --aliases, or use --task stance{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Benchmark_ZeroTimingRuns_ExitsOneSayingSoAndWritesNothing()
    {
        var report = Path.Combine(_dir.Path, "benchmarks.md");

        var result = CliProcess.Run("benchmark", "--datasets", _dir.Path, "--timing-runs", "0", "--out", report);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --timing-runs must be 1 or more (got 0){Environment.NewLine}", result.Stderr);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Evaluate_LabelTheModelCannotPredict_WarnsAsTrainTestDoes()
    {
        // A two-label model on a three-label file: the neutral rows all count as errors, and nothing said why.
        var rows = File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Skip(1).Where(l => !l.EndsWith("\tneutral", StringComparison.Ordinal)).Take(60);
        var data = _dir.File("two-labels.tsv", string.Join('\n', ["text\tlabel", .. rows]) + "\n");
        var model = Path.Combine(_dir.Path, "two.zip");
        Assert.Equal(0, CliProcess.Run("train", "--task", "sentiment", "--data", data, "--out", model).ExitCode);
        var held = _dir.File("held.tsv", "text\tlabel\nThe panel meets on Friday.\tneutral\nShelling killed nine people.\tnegative\n");

        var result = CliProcess.Run("evaluate", "--model", model, "--data", held, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"warning: {held}: label 'neutral' (1 row) is not among the model's labels (negative, positive), so it never predicts it: the metrics count those rows as errors", result.Stderr);
    }

    [Fact]
    public void Evaluate_DamagedModel_ExitsTwoWithOneLineNamingTheFile()
    {
        var model = _dir.File("broken.zip", "this is not a zip");

        var result = CliProcess.Run("evaluate", "--model", model, "--data", TestPaths.Data("sentiment", "test.tsv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {model}: is not a model file: it is not a zip archive (or it is truncated){Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Predict_TextsAndStdin_PrintOneLabelPerSentence()
    {
        var args = CliProcess.Run("predict", "--model", fixture.ModelPath, "--format", "json", "Talks resumed.", "Shelling killed four people.");
        var stdin = CliProcess.RunWithInput("Talks resumed.\nShelling killed four people.\n", "predict", "--model", fixture.ModelPath, "--format", "json");

        Assert.Equal(0, args.ExitCode);
        Assert.Equal(args.Stdout, stdin.Stdout);
        var lines = args.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Talks resumed.", first.RootElement.GetProperty("text").GetString());
        Assert.Contains(first.RootElement.GetProperty("label").GetString(), new[] { "negative", "neutral", "positive" });
    }

    [Theory]
    [InlineData("pairs.tsv", "text\ttarget\nBeijing condemned the drills.\tChina\n")]
    [InlineData("pairs.jsonl", "\n{\"text\": \"Beijing condemned the drills.\", \"target\": \"China\"}\n")]
    public void Predict_FileWithTargetsAndNoModel_ScoresWithTheEmbeddedStanceModel(string name, string content)
    {
        var file = _dir.File(name, content);

        var result = CliProcess.Run("predict", "--file", file, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var line = JsonDocument.Parse(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        Assert.Equal("China", line.RootElement.GetProperty("target").GetString());
        Assert.Contains(line.RootElement.GetProperty("label").GetString(), new[] { "against", "none", "favor" });
        Assert.DoesNotContain("targets are ignored", result.Stderr);
    }

    [Theory]
    [InlineData("pairs.tsv", "text\ttarget\nBeijing condemned the drills.\tChina\nTalks resumed.\tRussia\n")]
    [InlineData("pairs.jsonl", "\n{\"text\": \"Beijing condemned the drills.\", \"target\": \"China\"}\n")]
    public void Predict_TargetsOnStdinAndNoModel_SameOutputAsTheSameFile(string name, string content)
    {
        var format = Path.GetExtension(name)[1..];
        var file = CliProcess.Run("predict", "--file", _dir.File(name, content), "--format", "json");
        var stdin = CliProcess.RunWithInput(content, "predict", "--input", format, "--format", "json");

        Assert.True(stdin.ExitCode == 0, stdin.Stderr);
        Assert.Equal(file.Stdout, stdin.Stdout);
        Assert.Contains("\"target\":\"China\"", stdin.Stdout);
        Assert.DoesNotContain("note:", stdin.Stderr);
    }

    [Fact]
    public void Predict_FileDash_ReadsStandardInput()
    {
        const string content = "text\ttarget\nBeijing condemned the drills.\tChina\n";

        var dash = CliProcess.RunWithInput(content, "predict", "--file", "-", "--input", "tsv", "--format", "json");
        var plain = CliProcess.RunWithInput(content, "predict", "--input", "tsv", "--format", "json");

        Assert.True(dash.ExitCode == 0, dash.Stderr);
        Assert.Equal(plain.Stdout, dash.Stdout);
        Assert.Contains("\"target\":\"China\"", dash.Stdout);
    }

    [Fact]
    public void Predict_FileDashAndTexts_UsageErrorNotBoth()
    {
        var result = CliProcess.RunWithInput("Talks resumed.\n", "predict", "--file", "-", "Shelling resumed.");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("give texts as arguments or --file, not both", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_TargetsOnStdinWithASentimentModel_WarnsOnceThatTheyAreIgnored()
    {
        var result = CliProcess.RunWithInput("text\ttarget\nTalks resumed.\tChina\nShelling resumed.\tRussia\n",
            "predict", "--model", fixture.ModelPath, "--input", "tsv", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Stderr, "targets are ignored"));
        Assert.Equal(2, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"negative\"", result.Stdout);
    }

    [Fact]
    public void Train_MissingRequiredOption_ExitsOne()
    {
        var result = CliProcess.Run("train", "--task", "sentiment", "--out", Path.Combine(_dir.Path, "x.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--data", result.Stderr);
    }

    [Fact]
    public void Train_OutInMissingDirectory_FailsBeforeTraining()
    {
        var result = CliProcess.Run("train", "--task", "sentiment", "--data", TestPaths.Data("sentiment", "train.tsv"),
            "--out", Path.Combine(_dir.Path, "no-such-dir", "m.zip"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist; create it first", result.Stderr);
        Assert.DoesNotContain("Building the vocabulary", result.Stderr);
    }

    [Fact]
    public void Predict_JsonLinesWithBadLines_ReportsThemAndScoresTheRest()
    {
        var file = Path.Combine(_dir.Path, "in.jsonl");
        File.WriteAllText(file, "{\"text\": \"Talks resumed.\"}\n[1, 2]\nnot json\n{\"text\": 5}\n\n{\"text\": \"Shelling killed four people.\"}\n");

        var result = CliProcess.Run("predict", "--model", fixture.ModelPath, "--file", file, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}:2: not a JSON object but array; 3 input(s) could not be scored", result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(5, lines.Length);
        Assert.Equal(new long[] { 2, 3, 4 }, lines.Where(l => l.TryGetProperty("error", out _)).Select(l => l.GetProperty("line").GetInt64()));
        Assert.Equal("Shelling killed four people.", lines[4].GetProperty("text").GetString());
        Assert.True(lines[4].TryGetProperty("label", out _));
    }

    [Fact]
    public void Evaluate_MarkdownFormat_PrintsHeadlineAndTables()
    {
        var result = CliProcess.Run("evaluate", "--model", fixture.ModelPath, "--data", TestPaths.Data("sentiment", "test.tsv"), "--format", "markdown");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Matches(@"^#### `[^`]+` on `test.tsv`", result.Stdout);
        Assert.Matches($@"\n{fixture.Test.Examples.Count:N0} examples: accuracy \*\*0\.\d{{4}}\*\*, macro-F1 \*\*0\.\d{{4}}\*\*\.", result.Stdout);
        Assert.Contains("| gold \\ predicted | negative | neutral | positive |", result.Stdout);
    }
}
