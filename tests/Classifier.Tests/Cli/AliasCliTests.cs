using System.Text.Json;

namespace Classifier.Tests.Cli;

/// <summary>
/// <c>--alias TARGET=NAME</c> in <c>predict</c>, <c>evaluate</c>, <c>explain</c> and <c>analyze</c>: a caller's names for a
/// target, as <see cref="StanceClassifier.WithAliases"/> adds them.
/// </summary>
public sealed class AliasCliTests : IDisposable
{
    private const string Levy = "Lawmakers voted to scrap the windfall levy on banks after lenders said it had squeezed credit.";
    private const string Tax = "windfall tax";
    private const string LevyAlias = "windfall tax=windfall levy";

    private static readonly string[] Rows =
    [
        Levy,
        "The finance ministry said the windfall levy had raised less than forecast.",
        "Unions praised the windfall levy for funding cheaper energy bills this winter.",
        "Bank chiefs warned that the windfall levy would drive investment abroad.",
    ];

    private static readonly string[] Labels = ["against", "none", "favor", "against"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Predict_Alias_ScoresAsTheLibraryDoesWithTheAlias()
    {
        var plain = CliProcess.Run("predict", "--target", Tax, "--format", "json", Levy);
        var aliased = CliProcess.Run("predict", "--target", Tax, "--alias", LevyAlias, "--format", "json", Levy);

        Assert.True(aliased.ExitCode == 0, aliased.Stderr);
        var expected = StanceClassifier.LoadDefault().WithAliases(Tax, "windfall levy").Predict(Levy, Tax).Probabilities["against"];
        Assert.Equal(expected, Against(aliased.Stdout), 6);
        Assert.NotEqual(Against(plain.Stdout), Against(aliased.Stdout), 6);
    }

    [Theory]
    [InlineData("windfall levy", "--alias needs TARGET=NAME")]
    [InlineData("=windfall levy", "--alias needs TARGET=NAME")]
    [InlineData("Tesla=Washington", "'Washington' already names 'United States'")]
    [InlineData("United States=us", "--alias: 'us' has 3 letters or fewer and no capital, so as a name of 'United States' it would match the ordinary word 'us' in every text; write it in capitals ('US')")]
    public void Predict_BadAlias_FailsWithUsage(string alias, string message)
    {
        var result = CliProcess.Run("predict", "--target", "Tesla", "--alias", alias, "Shares rose.");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.DoesNotContain("(Parameter", result.Stderr);
    }

    [Theory]
    [InlineData("predict", "target")]
    [InlineData("predict", "name")]
    [InlineData("evaluate", "target")]
    [InlineData("explain", "name")]
    [InlineData("analyze", "target")]
    [InlineData("analyze", "name")]
    public void Command_AliasSideTooLong_ExitsOneNamingAliasLengthAndLimit(string command, string side)
    {
        var tooLong = new string('x', StanceClassifier.MaxTargetLength + 1);
        var alias = side == "target" ? $"{tooLong}=foo" : $"China={tooLong}";
        string[] args = command switch
        {
            "evaluate" => ["evaluate", "--model", Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip"), "--data", _dir.File("d.tsv", $"text\ttarget\tlabel\n{Levy}\t{Tax}\tagainst\n"), "--alias", alias],
            "analyze" => ["analyze", "--file", _dir.File("article.txt", Levy), "--target", "China", "--alias", alias],
            _ => [command, "--target", "China", "--alias", alias, "hello"],
        };

        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"error: --alias: the {side} '{tooLong[..40]}…' is 301 characters long, more than the 300 a target or name may have; give the name of a country, organisation, person or policy, not a text{Environment.NewLine}",
            result.Stderr);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Predict_AliasWithSentimentModel_FailsWithUsage()
    {
        var result = CliProcess.Run("predict", "--alias", "Tesla=TSLA", "Shares rose.");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --alias applies to stance models only, and the embedded model is a sentiment model: give --model a stance model file, or leave out --alias{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Evaluate_Alias_CountsTheRowsTheLibraryGetsRightWithTheAlias()
    {
        var data = _dir.File("levy.tsv", "text\ttarget\tlabel\n" + string.Concat(Rows.Select((r, i) => $"{r}\t{Tax}\t{Labels[i]}\n")));
        var model = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

        var plain = CliProcess.Run("evaluate", "--model", model, "--data", data, "--format", "json");
        var aliased = CliProcess.Run("evaluate", "--model", model, "--data", data, "--alias", LevyAlias, "--format", "json");

        Assert.True(aliased.ExitCode == 0, aliased.Stderr);
        Assert.Equal(Accuracy(StanceClassifier.Load(model).WithAliases(Tax, "windfall levy")), Metric(aliased.Stdout, "accuracy"), 6);
        Assert.Equal(Accuracy(StanceClassifier.Load(model)), Metric(plain.Stdout, "accuracy"), 6);
        Assert.NotEqual(Metric(plain.Stdout, "macroF1"), Metric(aliased.Stdout, "macroF1"), 6);
    }

    [Fact]
    public void Evaluate_AliasWithSentimentModel_FailsWithUsage()
    {
        var model = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");
        var result = CliProcess.Run("evaluate", "--model", model, "--data", TestPaths.Data("sentiment", "test.tsv"), "--alias", "Tesla=TSLA");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --alias applies to stance models only, and {model} is a sentiment model: give --model a stance model file, or leave out --alias{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Explain_Alias_ExplainsTheLabelTheLibraryGivesWithTheAlias()
    {
        var plain = CliProcess.Run("explain", "--target", Tax, "--format", "json", Levy);
        var aliased = CliProcess.Run("explain", "--target", Tax, "--alias", LevyAlias, "--format", "json", Levy);

        Assert.True(aliased.ExitCode == 0, aliased.Stderr);
        var expected = StanceClassifier.LoadDefault().WithAliases(Tax, "windfall levy").Explain(Levy, Tax);
        using var json = JsonDocument.Parse(aliased.Stdout);
        Assert.Equal(expected.Label, json.RootElement.GetProperty("label").GetString());
        Assert.Equal(expected.Probability, json.RootElement.GetProperty("probability").GetDouble(), 6);
        Assert.NotEqual(JsonDocument.Parse(plain.Stdout).RootElement.GetProperty("probability").GetDouble(), expected.Probability, 6);
    }

    [Fact]
    public void Explain_AliasWithoutTarget_FailsWithUsage()
    {
        var result = CliProcess.Run("explain", "--alias", LevyAlias, Levy);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--alias applies to the stance model only", result.Stderr);
    }

    [Fact]
    public void Analyze_Alias_CountsSentencesThatUseTheAliasAsMentions()
    {
        var article = _dir.File("article.txt", string.Join("\n\n", Rows));

        var plain = CliProcess.Run("analyze", "--file", article, "--target", Tax, "--format", "json");
        var aliased = CliProcess.Run("analyze", "--file", article, "--target", Tax, "--alias", LevyAlias, "--format", "json");

        Assert.True(aliased.ExitCode == 0, aliased.Stderr);
        Assert.Equal(0, MentionedIn(plain.Stdout));
        Assert.Equal(Rows.Length, MentionedIn(aliased.Stdout));
    }

    [Fact]
    public void Analyze_AliasOfANameLikeTarget_IsFoundByFindTargets()
    {
        var article = _dir.File("article.txt", "TSLA shares slid after the carmaker cut its delivery forecast for the year.");

        var plain = CliProcess.Run("analyze", "--file", article, "--find-targets", "--format", "json");
        var aliased = CliProcess.Run("analyze", "--file", article, "--find-targets", "--alias", "Tesla=TSLA", "--format", "json");

        Assert.True(aliased.ExitCode == 0, aliased.Stderr);
        Assert.DoesNotContain("\"Tesla\"", plain.Stdout);
        Assert.Contains("\"Tesla\"", aliased.Stdout);
    }

    [Fact]
    public void Analyze_BadAlias_FailsWithUsage()
    {
        var article = _dir.File("article.txt", Levy);

        var result = CliProcess.Run("analyze", "--file", article, "--target", "Tesla", "--alias", "Tesla=Washington");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'Washington' already names 'United States'", result.Stderr);
    }

    [Fact]
    public void Train_AliasFileWithShortLowerCaseAliasOfAName_FailsNamingFileAndLine()
    {
        var aliases = _dir.File("aliases.tsv", "target\talias\nUnited States\tWashington\nUnited States\tusa\nforeign aid\taid\n");
        var data = _dir.File("train.tsv", "text\ttarget\tlabel\n" + string.Join("\n", Rows.Select((r, i) => $"{r}\t{Tax}\t{Labels[i]}")) + "\n");

        var result = CliProcess.Run("train", "--task", "stance", "--data", data, "--aliases", aliases, "--out", Path.Combine(_dir.Path, "m.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{aliases}:3: 'usa' has 3 letters or fewer and no capital, so as a name of 'United States' it would match the ordinary word 'usa' in every text; write it in capitals ('USA')", result.Stderr);
        Assert.DoesNotContain(":4:", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "m.zip")));
    }

    private static double Accuracy(StanceClassifier classifier) =>
        Rows.Select((r, i) => classifier.Predict(r, Tax).Label == Labels[i] ? 1.0 : 0.0).Average();

    private static double Metric(string json, string name) => JsonDocument.Parse(json).RootElement.GetProperty(name).GetDouble();

    private static int MentionedIn(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("summary").GetProperty("targets").GetProperty(Tax).GetProperty("mentionedIn").GetInt32();

    private static double Against(string jsonLines) =>
        JsonDocument.Parse(jsonLines.Split('\n')[0]).RootElement.GetProperty("probabilities").GetProperty("against").GetDouble();
}
