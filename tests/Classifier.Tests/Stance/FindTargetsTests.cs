using System.Text.Json;
using Classifier.Articles;
using Classifier.Data;
using Classifier.Stance;
using Classifier.Tests.Articles;
using Classifier.Tests.Cli;
using Classifier.Tests.Training;

namespace Classifier.Tests.Stance;

[Collection(StanceCollection.Name)]
public sealed class FindTargetsTests(TrainingFixture sentiment, StanceFixture stance)
{
    private readonly AnalysisFixture fixture = new(sentiment, stance);

    private readonly LabeledDataSet stanceTest = stance.Test;

    private StanceClassifier Stance => fixture.Analyzer.Stance;

    [Fact]
    public void FindTargets_NamesAndAliases_GivesCanonicalNamesOnceInFirstMentionOrder()
    {
        var found = Stance.FindTargets("Seoul welcomed the offer while Washington dismissed it, and the US envoy left Seoul early.");

        Assert.Equal(["South Korea", "United States"], found);
    }

    [Theory]
    [InlineData("Beijing slammed the G20 as a tool of the West.", "G20")]
    [InlineData("Rebels rejected Article 50 of the accord.", "Article 50")]
    public void FindMentions_NameWithADigitInTheDefaultModel_FindsNoneAsItsDocsSay(string text, string target)
    {
        // The default model reads digits as 0 without NameDigitsAsWritten, so it never finds such a name; FindMentions and
        // FindTargets say what the model sees, and their docs (and the README's) now say so.
        var stance = StanceClassifier.LoadDefault();

        Assert.True(stance.Info.Featurizer.NormalizeDigits);
        Assert.False(stance.Info.Featurizer.NameDigitsAsWritten);
        Assert.Empty(stance.FindMentions(text, target));
        Assert.DoesNotContain(target, stance.FindTargets(text));
    }

    [Fact]
    public void FindTargets_Issues_FoundOnlyByTheirOwnName()
    {
        var found = Stance.FindTargets("Negotiators resumed talks on the embargo, the sanctions and a tariff on steel.");

        Assert.Equal(["sanctions", "tariffs"], found);
    }

    [Theory]
    [InlineData("Farmers in the north of the country roasted a turkey for the feast.", "")]
    [InlineData("Turkey and the North traded barbs.", "Turkey|North Korea")]
    [InlineData("TURKEY AND CHINA SIGN GAS DEAL", "Turkey|China")]
    [InlineData("china and russia vetoed the draft", "China|Russia")]
    [InlineData("The bloc's foreign ministers met in Luxembourg.", "European Union|Luxembourg")]
    [InlineData("The south of the country braced for a cyclone.", "")]
    public void FindTargets_Names_FoundWhenWrittenAsNames(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Stance.FindTargets(text)));

    [Theory]
    [InlineData("Tell us what the bus driver saw.")]
    [InlineData("Washingtonians queued for hours in the rain.")]
    [InlineData("")]
    public void FindTargets_NoWholeName_ReturnsEmpty(string text) =>
        Assert.Empty(Stance.FindTargets(text));

    [Fact]
    public void FindTargets_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Stance.FindTargets(null!));

    [Fact]
    public void FindTargets_TestSentences_AgreeWithFindMentionsForKnownNames()
    {
        var known = Stance.Info.Aliases;
        var checkedRows = 0;
        foreach (var row in stanceTest.Examples.Take(600))
        {
            var found = Stance.FindTargets(row.Text);
            Assert.All(found, t => Assert.NotEmpty(Stance.FindMentions(row.Text, t)));
            var canonical = Stance.Scorer.Target(row.Target!).Canonical;
            if (known.ContainsKey(canonical) && TargetContext.LooksLikeName(canonical))
            {
                // A capitalised mention is always found; a target is found only if it is mentioned (lower case too, as "the bloc").
                var spans = Stance.FindMentions(row.Text, row.Target!);
                var capitalised = spans.Any(s => row.Text.Substring(s.Start, s.Length).Any(char.IsUpper));
                Assert.True(!capitalised || found.Contains(canonical), row.Text);
                Assert.True(!found.Contains(canonical) || spans.Count > 0, row.Text);
                checkedRows++;
            }
        }

        Assert.True(checkedRows > 300, $"only {checkedRows} rows had a known target");
    }

    [Fact]
    public void Mentioned_TestSentences_AgreesWithFindMentionsPerTarget()
    {
        string[] targets = ["United States", "North Korea", "the EU", "sanctions", "Taiwan", "Turkey", "peace talks"];
        var mentionedSome = 0;
        foreach (var row in stanceTest.Examples.Take(400))
        {
            var all = targets.Append(row.Target!).ToArray();

            var mentioned = Stance.Mentioned(row.Text, all);

            Assert.Equal(all.Select(t => Stance.FindMentions(row.Text, t).Count > 0), mentioned);
            mentionedSome += mentioned.Count(m => m);
        }

        Assert.True(mentionedSome > 300, $"only {mentionedSome} mentions found");
    }

    [Fact]
    public void FindTargetsOfArticle_MostNamedFirstAndFurnitureSkipped()
    {
        const string furniture = "Sign up to our newsletter for the latest from Moscow.";
        Assert.True(Boilerplate.IsBoilerplate(furniture));
        var article = "Tokyo and Beijing held talks on fishing rights on Monday. Beijing later lodged a protest over a patrol. "
            + "Chinese officials declined to comment further.\n\n" + furniture;

        Assert.Equal(["China", "Japan"], fixture.Analyzer.FindTargets(article));
        Assert.Equal(["China", "Japan", "Russia"], fixture.Analyzer.FindTargets(article, new AnalysisOptions { SkipBoilerplate = false }));
    }

    [Fact]
    public void AnalyzeCli_FindTargets_ReportsTheMostNamedAfterTheGivenOnes()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt");
        var expected = fixture.Analyzer.FindTargets(fixture.Article).Where(t => t != "United States").Take(2);

        var result = CliProcess.Run("analyze", "--file", path, "--target", "US", "--find-targets", "--max-targets", "2", "--format", "json",
            "--sentiment-model", fixture.SentimentPath, "--stance-model", fixture.StancePath);

        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var targets = json.RootElement.GetProperty("summary").GetProperty("targets").EnumerateObject().Select(p => p.Name);
        Assert.Equal(["US", .. expected], targets);
    }

    [Fact]
    public void PredictCli_FindTargets_OneResultPerTargetNamedAndUnnamedTextsCounted()
    {
        const string text = "Pyongyang praised Seoul for its restraint but accused Washington of plotting an invasion.";

        var result = CliProcess.Run("predict", "--model", fixture.StancePath, "--find-targets", "--format", "json", text, "Rain is expected tomorrow.");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["North Korea", "South Korea", "United States"], lines.Select(l => l.GetProperty("target").GetString()));
        Assert.All(lines, l => Assert.Equal(text, l.GetProperty("text").GetString()));
        Assert.Equal(Stance.Predict(text, "United States").Label, lines[2].GetProperty("label").GetString());
        Assert.Contains("1 text(s) name no known target", result.Stderr);
    }

    [Fact]
    public void PredictCli_FindTargetsWithTheDefaultModel_LeavesOutAPlaceOnlyTheDatelineNames()
    {
        // The embedded stance model skips datelines, so the dateline's SEOUL is no target to score.
        var result = CliProcess.Run("predict", "--find-targets", "--format", "json", "SEOUL (Reuters) - North Korea fired two missiles.");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["North Korea"], lines.Select(l => l.GetProperty("target").GetString()));
    }

    [Theory]
    [InlineData("--target", "China")]
    [InlineData("--model", "SENTIMENT")]
    public void PredictCli_FindTargetsWithTargetOrSentimentModel_ExitsOne(string option, string value)
    {
        var result = CliProcess.Run("predict", "--find-targets", option, value == "SENTIMENT" ? fixture.SentimentPath : value, "Tokyo protested.");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--find-targets", result.Stderr);
    }

    [Theory]
    [InlineData("--find-targets", "--max-targets", "0")]
    [InlineData("--target", "China", "--max-targets", "3")]
    public void AnalyzeCli_MaxTargetsZeroOrWithoutFindTargets_ExitsOneNamingTheOption(params string[] options)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt");

        var result = CliProcess.Run(["analyze", "--file", path, .. options, "--stance-model", fixture.StancePath, "--sentiment-model", fixture.SentimentPath]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--max-targets", result.Stderr);
    }

    [Fact]
    public void AnalyzeCli_MissingFileAndMaxTargetsZero_ReportsTheUsageErrorFirst()
    {
        var missing = Path.Combine(TestPaths.RepositoryRoot, "samples", "no-such-article.txt");

        var result = CliProcess.Run("analyze", "--file", missing, "--find-targets", "--max-targets", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--max-targets must be 1 or more (got 0)", result.Stderr);
    }

    [Fact]
    public void AnalyzeCli_MissingFileAndBadAlias_ReportsTheAliasFirst()
    {
        var missing = Path.Combine(TestPaths.RepositoryRoot, "samples", "no-such-article.txt");

        var result = CliProcess.Run("analyze", "--file", missing, "--alias", "no equals sign");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--alias", result.Stderr);
        Assert.DoesNotContain("not found", result.Stderr);
    }
}
