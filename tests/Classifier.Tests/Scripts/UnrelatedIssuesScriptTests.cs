using System.Text.RegularExpressions;

namespace Classifier.Tests.Scripts;

/// <summary>scripts/unrelated-issues.py: held-out sentences paired with issues they share no word with, labeled none.</summary>
public sealed class UnrelatedIssuesScriptTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Run_TestSentencesAndUnseenIssues_WritesNewNonePairsThatNameNoWordOfTheIssue()
    {
        var output = Path.Combine(_dir.Path, "pairs.tsv");

        var (exitCode, stderr) = await Run(TestPaths.Data("stance", "test.tsv"), TestPaths.Data("stance", "test_unseen_issues.tsv"), output, "60", "3");

        Assert.True(exitCode == 0, stderr);
        var lines = File.ReadAllLines(output);
        Assert.Equal("text\ttarget\tlabel", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.Equal(60, rows.Length);
        Assert.Equal(60, rows.Select(r => (r[0], r[1])).Distinct().Count());
        var issues = File.ReadLines(TestPaths.Data("stance", "test_unseen_issues.tsv")).Skip(1).Select(l => l.Split('\t')[1]).ToHashSet();
        var texts = File.ReadLines(TestPaths.Data("stance", "test.tsv")).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet();
        foreach (var r in rows)
        {
            Assert.Equal("none", r[2]);
            Assert.Contains(r[1], issues);
            Assert.Contains(r[0], texts);
            foreach (var word in Regex.Matches(r[1].ToLowerInvariant(), "[a-z]+").Select(m => m.Value).Where(w => w.Length >= 4))
            {
                Assert.DoesNotMatch(@"(?<!\w)" + Regex.Escape(word[..Math.Min(5, word.Length)]), r[0].ToLowerInvariant());
            }
        }
    }

    [Fact]
    public async Task Run_SameSeedTwice_WritesTheSameFileAndAnotherSeedAnother()
    {
        var (a, b, c) = (Path.Combine(_dir.Path, "a.tsv"), Path.Combine(_dir.Path, "b.tsv"), Path.Combine(_dir.Path, "c.tsv"));
        var (test, issues) = (TestPaths.Data("stance", "test.tsv"), TestPaths.Data("stance", "train.tsv"));

        Assert.Equal(0, (await Run(test, issues, a, "30", "1")).ExitCode);
        Assert.Equal(0, (await Run(test, issues, b, "30", "1")).ExitCode);
        Assert.Equal(0, (await Run(test, issues, c, "30", "2")).ExitCode);

        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.NotEqual(File.ReadAllText(a), File.ReadAllText(c));
    }

    [Fact]
    public async Task Run_TargetsWithoutAnIssue_FailsSayingSo()
    {
        var names = Path.Combine(_dir.Path, "names.tsv");
        File.WriteAllLines(names, ["text\ttarget\tlabel", "Tokyo protested.\tJapan\tagainst"]);

        var (exitCode, stderr) = await Run(TestPaths.Data("stance", "test.tsv"), names, Path.Combine(_dir.Path, "out.tsv"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no issue target", stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "out.tsv")));
    }

    private static async Task<(int ExitCode, string Stderr)> Run(params string[] args)
    {
        var (exitCode, _, stderr) = await ScriptRunner.RunPythonAsync("unrelated-issues.py", args);
        return (exitCode, stderr);
    }
}
