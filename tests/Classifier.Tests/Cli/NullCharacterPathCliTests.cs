namespace Classifier.Tests.Cli;

/// <summary>
/// A path option or argument holding U+0000 (which only a response file, <c>@args.rsp</c>, can pass) is a usage error
/// naming the option, exit 1, before the command runs: no file could have that name, so it is not a bad or missing file.
/// </summary>
public sealed class NullCharacterPathCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--model", "predict", "--model", "mod\0el.zip", "Talks resumed.")] // before: exit 2, "cannot be read: Null character in path."
    [InlineData("--sentiment-model", "analyze", "--file", "{article}", "--sentiment-model", "mod\0el.zip")] // before: the same
    [InlineData("--baseline", "compare", "--model", "{sentiment}", "--data", "{dev}", "--baseline", "mod\0el.zip")] // before: the same
    [InlineData("--file", "analyze", "--file", "mod\0el.zip")] // before: exit 2, "input file not found; check the path"
    [InlineData("--data", "evaluate", "--model", "{sentiment}", "--data", "mod\0el.zip")] // before: .NET's "(Parameter 'path')"
    [InlineData("--out", "train", "--task", "sentiment", "--data", "{dev}", "--out", "mod\0el.zip")] // before: the same
    [InlineData("the files argument", "validate-data", "--task", "sentiment", "{dev}", "mod\0el.zip")] // before: the same
    public void Command_PathWithANullCharacter_IsAUsageErrorNamingTheOption(string named, params string[] args)
    {
        var root = TestPaths.RepositoryRoot;
        var resolved = args.Select(a => a
            .Replace("{sentiment}", Path.Combine(root, "models", "sentiment.zip"), StringComparison.Ordinal)
            .Replace("{dev}", Path.Combine(root, "data", "sentiment", "dev.tsv"), StringComparison.Ordinal)
            .Replace("{article}", Path.Combine(root, "samples", "article.txt"), StringComparison.Ordinal));
        var responseFile = _dir.File("args.rsp", string.Join('\n', resolved.Skip(1)) + "\n");

        var result = CliProcess.Run(args[0], "@" + responseFile);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"error: {named} is given the path 'mod\\0el.zip', which holds the null character U+0000 at index 3 (0-based); no file path may hold it: remove it{Environment.NewLine}" +
            $"Run 'Classifier.Training {args[0]} --help' for the options.{Environment.NewLine}",
            result.Stderr);
        Assert.Empty(result.Stdout);
    }
}
