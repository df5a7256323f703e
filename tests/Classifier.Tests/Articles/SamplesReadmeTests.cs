using Classifier.Articles;
using Classifier.Tests.Cli;

namespace Classifier.Tests.Articles;

/// <summary>samples/README.md shows the CLI's output on the sample article with the shipped models; it must stay true.</summary>
public sealed class SamplesReadmeTests
{
    private const string Regenerate = "samples/README.md is out of date: paste the output of the command it shows, run with COLUMNS=150 " +
        "and the default (embedded) models, into its text block";

    private static readonly Dictionary<string, string> Width = new() { ["COLUMNS"] = "150" };

    [Fact]
    public void Readme_AnalyzeOutput_MatchesTheShippedModels()
    {
        var article = Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt");

        var result = CliProcess.RunWithEnvironment(Width, "analyze", "--file", article,
            "--target", "North Korea", "--target", "South Korea", "--target", "United States", "--target", "China");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(TextBlocks()[0] == result.Stdout, Regenerate);
    }

    [Fact]
    public void Readme_ExplainOutput_MatchesTheShippedModels()
    {
        var result = CliProcess.RunWithEnvironment(Width, "explain", "--target", "United States",
            "A commentary accused the United States of pushing the peninsula to the edge of war.");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(TextBlocks()[1] == result.Stdout, Regenerate);
    }

    [Fact]
    public void Readme_FoundTargets_AreTheOnesFindTargetsGivesInItsOrder()
    {
        var article = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt"));
        var found = ArticleAnalyzer.LoadDefault().FindTargets(article);
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "README.md")).ReplaceLineEndings(" ");
        var start = readme.IndexOf("The last command finds the targets itself", StringComparison.Ordinal);
        var paragraph = readme[start..readme.IndexOf("The first command", start, StringComparison.Ordinal)];

        // Each target named once, in the order FindTargets gives (the most named first), and no other: a target the
        // model finds that the paragraph leaves out (as Russia was) or names out of order fails here.
        var named = found.Select(t => (Target: t, At: paragraph.IndexOf(t, StringComparison.Ordinal))).ToArray();
        Assert.All(named, n => Assert.True(n.At >= 0, $"samples/README.md does not name the found target '{n.Target}'"));
        Assert.Equal(named.OrderBy(n => n.At).Select(n => n.Target), found);
    }

    /// <summary>The contents of the README's <c>```text</c> blocks, in order.</summary>
    private static string[] TextBlocks()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "README.md")).ReplaceLineEndings("\n");
        var blocks = new List<string>();
        for (var start = readme.IndexOf("```text\n", StringComparison.Ordinal); start >= 0; start = readme.IndexOf("```text\n", start, StringComparison.Ordinal))
        {
            start += "```text\n".Length;
            var end = readme.IndexOf("```", start, StringComparison.Ordinal);
            blocks.Add(readme[start..end]);
            start = end + 3;
        }

        return [.. blocks];
    }
}
