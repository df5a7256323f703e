namespace Classifier.Tests.Cli;

/// <summary>
/// A path given as an empty string (an unset variable in a script: <c>--data "$TRAIN"</c>) is a usage error naming the
/// option, not .NET's "The value cannot be an empty string. (Parameter 'path')", which names none.
/// </summary>
public sealed class EmptyPathCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--data", "evaluate", "--model", "{sentiment}", "--data", "")]
    [InlineData("--data", "train", "--task", "sentiment", "--out", "{out}", "--data", " ")]
    [InlineData("--dev", "train", "--task", "sentiment", "--data", "{dev}", "--out", "{out}", "--dev", "")]
    [InlineData("--config", "train", "--task", "sentiment", "--data", "{dev}", "--out", "{out}", "--config", "")]
    [InlineData("--aliases", "train", "--task", "stance", "--data", "{stance-dev}", "--out", "{out}", "--aliases", "")]
    [InlineData("--model", "predict", "--model", "", "Talks resumed.")]
    [InlineData("--file", "predict", "--file", "")]
    [InlineData("--baseline", "compare", "--model", "{sentiment}", "--data", "{dev}", "--baseline", "")]
    [InlineData("the files argument", "validate-data", "--task", "sentiment", "")]
    [InlineData("--near-sources", "validate-data", "--task", "sentiment", "{dev}", "--near-sources", "")]
    public void Command_EmptyPath_IsAUsageErrorNamingTheOption(string named, params string[] args)
    {
        var root = TestPaths.RepositoryRoot;
        var resolved = args.Select(a => a
            .Replace("{sentiment}", Path.Combine(root, "models", "sentiment.zip"), StringComparison.Ordinal)
            .Replace("{dev}", Path.Combine(root, "data", "sentiment", "dev.tsv"), StringComparison.Ordinal)
            .Replace("{stance-dev}", Path.Combine(root, "data", "stance", "dev.tsv"), StringComparison.Ordinal)
            .Replace("{out}", Path.Combine(_dir.Path, "m.zip"), StringComparison.Ordinal)).ToArray();

        var result = CliProcess.Run(resolved);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: {named} is given an empty path; give the path of a file or folder", result.Stderr);
        Assert.DoesNotContain("(Parameter", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "m.zip")));
    }

    [Fact]
    public void Train_EmptyOut_KeepsItsOwnMessage()
    {
        var result = CliProcess.Run("train", "--task", "sentiment", "--data", Path.Combine(TestPaths.RepositoryRoot, "data", "sentiment", "dev.tsv"), "--out", "");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: the output path is empty; give a file path such as model.zip", result.Stderr);
    }
}
