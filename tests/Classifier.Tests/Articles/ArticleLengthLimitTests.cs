using Classifier.Articles;
using Classifier.Tests.Cli;

namespace Classifier.Tests.Articles;

/// <summary>
/// An article's analysis costs time and memory in proportion to its length (memory also to the number of targets: a
/// result per sentence and target), and a text of short "sentences" ("A. A. A. ...") is the costliest: 1 MB of it held
/// 160 MB with one target and 460 MB with 20. <see cref="AnalysisOptions.MaxArticleLength"/> bounds what one call may take.
/// </summary>
public sealed class ArticleLengthLimitTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.LoadDefault();

    [Fact]
    public void Analyze_ArticleLongerThanMaxArticleLength_ThrowsArgumentExceptionNamingTheLimit()
    {
        var text = new string('a', 120);

        var error = Assert.Throws<ArgumentException>(() => Analyzer.Analyze(text, ["China"], new AnalysisOptions { MaxArticleLength = 100 }));

        Assert.Equal("articleText", error.ParamName);
        Assert.Equal("articleText is 120 characters long, more than AnalysisOptions.MaxArticleLength (100) allows; split it into "
            + "articles, or raise MaxArticleLength. (Parameter 'articleText')", error.Message);
    }

    [Fact]
    public void FindTargets_ArticleLongerThanMaxArticleLength_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => Analyzer.FindTargets("China protested. " + new string('a', 100), new AnalysisOptions { MaxArticleLength = 100 }));

        Assert.Equal("articleText", error.ParamName);
        Assert.StartsWith("articleText is 117 characters long, more than AnalysisOptions.MaxArticleLength (100) allows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ArticleOfExactlyMaxArticleLength_IsAnalyzed()
    {
        const string text = "Beijing condemned the drills.";

        var analysis = Analyzer.Analyze(text, ["China"], new AnalysisOptions { MaxArticleLength = text.Length });

        Assert.True(Assert.Single(analysis.Sentences).Stance[0].Mentioned);
    }

    [Fact]
    public void Analyze_DefaultOptions_RefuseAnArticleOverTwoHundredThousandCharacters()
    {
        Assert.Equal(200_000, new AnalysisOptions().MaxArticleLength);
        var text = string.Concat(Enumerable.Repeat("A. ", 70_000));

        Assert.Throws<ArgumentException>(() => Analyzer.Analyze(text, ["China"]));
        Assert.Throws<ArgumentException>(() => Analyzer.FindTargets(text));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AnalysisOptions_MaxArticleLengthBelowOne_ThrowsArgumentOutOfRange(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisOptions { MaxArticleLength = value });

        Assert.Equal("MaxArticleLength", error.ParamName);
        Assert.StartsWith($"MaxArticleLength is {value}; it must be 1 or more.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeCli_ArticleLongerThanTheLibraryDefault_IsAnalyzed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"long-article-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Beijing condemned the drills " + string.Concat(Enumerable.Repeat("and more ", 25_000)) + "today.");
        try
        {
            var result = CliProcess.Run("analyze", "--file", path, "--target", "China", "--format", "json");

            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Contains("\"mentionedIn\": 1", result.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
