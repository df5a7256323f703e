namespace Classifier.Tests.Cli;

/// <summary>A stance model scoring a TSV file that has no target column, with no <c>--target</c>: one error before any row is scored.</summary>
public sealed class StanceTargetColumnCliTests : IDisposable
{
    private static readonly string Stance = Path.Combine(TestPaths.RepositoryRoot, "models", "stance.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("predict", "--file")]
    [InlineData("uncertain", "--data")]
    public void Command_StanceModelOnTsvWithoutTargetColumn_FailsOnceNamingTheFileAndWhatToDo(string command, string fileOption)
    {
        var file = _dir.File("rows.tsv", "text\tsource\nBeijing condemned the drills.\twire\nTalks resumed.\twire\nSeoul praised the deal.\twire\n");

        var result = CliProcess.Run(command, "--model", Stance, fileOption, file, "--format", "tsv");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            $"error: {file}: {Stance} is a stance model, which needs a target for each text, and this TSV has no 'target' column " +
            $"(columns found: text, source): give the target of every row with --target T, or add a 'target' column{Environment.NewLine}",
            result.Stderr);
    }
}
