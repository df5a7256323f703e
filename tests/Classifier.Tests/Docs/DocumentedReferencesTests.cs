using System.Text.RegularExpressions;

namespace Classifier.Tests.Docs;

/// <summary>
/// What the docs point at exists: every relative link between the Markdown files resolves to a file and, with a
/// <c>#heading</c>, to a heading of that file (as GitHub makes anchors); every repository path the current docs name in
/// backticks (<c>`scripts/floors.sh`</c>, <c>`data/stance/aliases.tsv`</c>) is there; every test docs/reliability.md names
/// as holding a behaviour in place is a test of the suite; and every script in scripts/ is described where README.md says
/// each one is. A heading renamed, a file moved or a test renamed fails here rather than in a reader's browser.
/// </summary>
public sealed partial class DocumentedReferencesTests
{
    /// <summary>The Markdown files that link to one another (docs/benchmarks.md is generated, and checked by its script).</summary>
    public static TheoryData<string> LinkingDocuments => new()
    {
        "README.md", Path.Combine("docs", "library.md"), Path.Combine("docs", "cli.md"), Path.Combine("docs", "retraining.md"),
        Path.Combine("docs", "how-it-works.md"), Path.Combine("docs", "reliability.md"), Path.Combine("data", "README.md"),
        Path.Combine("models", "README.md"), Path.Combine("samples", "README.md"), Path.Combine("src", "Classifier", "PACKAGE.md"),
    };

    /// <summary>The docs that describe the repository as it is now (data/ and models/ READMEs also keep the history of files since removed).</summary>
    public static TheoryData<string> CurrentDocuments => new()
    {
        "README.md", Path.Combine("docs", "library.md"), Path.Combine("docs", "cli.md"), Path.Combine("docs", "retraining.md"),
        Path.Combine("docs", "how-it-works.md"), Path.Combine("docs", "reliability.md"), Path.Combine("samples", "README.md"),
    };

    [Theory]
    [MemberData(nameof(LinkingDocuments))]
    public void RelativeLinks_Documented_ResolveToAFileAndHeading(string document)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, document);
        var broken = new List<string>();
        foreach (Match link in MarkdownLink().Matches(WithoutCodeBlocks(File.ReadAllText(path))))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(resolved).Contains(anchor))
            {
                broken.Add($"{target}: no heading with the anchor '#{anchor}' in {Path.GetFileName(resolved)}");
            }
        }

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(CurrentDocuments))]
    public void RepositoryPaths_Documented_Exist(string document)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, document));
        var missing = RepositoryPath().Matches(text).Select(m => m.Groups["path"].Value.TrimEnd('.', ',', ';', ':'))
            .Where(p => !p.Contains('*', StringComparison.Ordinal) && !p.Contains('{', StringComparison.Ordinal) && !p.Contains("XXXX", StringComparison.Ordinal)
                && !p.Contains('<', StringComparison.Ordinal) && !p.Contains("KEY", StringComparison.Ordinal))
            .Where(p => !File.Exists(Path.Combine(TestPaths.RepositoryRoot, p)) && !Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, p)))
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void TestsNamed_InReliabilityDoc_AreTestsOfTheSuite()
    {
        var sources = string.Join("\n", Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var classes = ClassDeclaration().Matches(sources).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var methods = MethodDeclaration().Matches(sources).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "reliability.md"));

        var named = TestReference().Matches(text).ToList();
        var unknown = new List<string>();
        foreach (var reference in named)
        {
            var type = reference.Groups["type"].Value;
            var method = reference.Groups["method"].Value;
            var prefix = reference.Groups["more"].Success;
            if (!classes.Contains(type))
            {
                unknown.Add($"{reference.Value}: no test class {type}");
            }
            else if (method.Length > 0 && !(prefix ? methods.Any(m => m.StartsWith(method, StringComparison.Ordinal)) : methods.Contains(method)))
            {
                unknown.Add($"{reference.Value}: no test method {method}{(prefix ? "…" : "")}");
            }
        }

        Assert.True(named.Count > 50, $"only {named.Count} test references found: has the table's form changed?");
        Assert.Empty(unknown);
    }

    [Fact]
    public void Scripts_EachOne_DescribedInHowItWorksRepositoryTable()
    {
        // README.md: "`scripts/` | `retrain.sh`, ... and more: each one in docs/how-it-works.md#repository".
        var row = File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, "docs", "how-it-works.md"))
            .Single(line => line.StartsWith("| `scripts/`", StringComparison.Ordinal));
        var scripts = Directory.EnumerateFileSystemEntries(Path.Combine(TestPaths.RepositoryRoot, "scripts"))
            .Select(Path.GetFileName)
            .Where(name => name!.EndsWith(".sh", StringComparison.Ordinal) || name.EndsWith(".py", StringComparison.Ordinal)
                || name.EndsWith(".cs", StringComparison.Ordinal) || Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, "scripts", name)));

        Assert.DoesNotContain(scripts, name => !row.Contains($"`{name}", StringComparison.Ordinal));
    }

    /// <summary>The anchors GitHub gives a Markdown file's headings: lower case, punctuation but '-' and '_' dropped, spaces as '-'.</summary>
    private static HashSet<string> Anchors(string markdownFile)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(WithoutCodeBlocks(File.ReadAllText(markdownFile))))
        {
            var slug = NotInAnchor().Replace(heading.Groups[1].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    private static string WithoutCodeBlocks(string markdown) => CodeBlock().Replace(markdown.ReplaceLineEndings("\n"), "");

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^#{1,6}\s+(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\p{Mn}\p{Pc}\- ]")]
    private static partial Regex NotInAnchor();

    [GeneratedRegex(@"`(?<path>(?:data|scripts|src|tests|models|docs|samples|bench)/[^`\s]*)`")]
    private static partial Regex RepositoryPath();

    [GeneratedRegex(@"\bclass\s+(\w+)")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"\b(?:void|bool|Task|Task<\w+>|Property)\s+(\w+)\s*\(")]
    private static partial Regex MethodDeclaration();

    /// <summary>`FooTests`, `FooTests.Method_Scenario_Expectation` or `FooTests.Method_Scenario_…` (a prefix).</summary>
    [GeneratedRegex(@"`(?<type>[A-Z]\w*Tests)(?:\.(?<method>\w+?)(?<more>_?…)?)?`")]
    private static partial Regex TestReference();
}
