using Classifier.Tests.Cli;

namespace Classifier.Tests.Validation;

/// <summary><c>validate-data</c>'s ways of naming its files and the stance tables training will use.</summary>
public sealed class ValidateDataCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--min-label-share")]
    [InlineData("--min-rows")]
    [InlineData("--min-targets")]
    [InlineData("--min-contrastive")]
    public void ValidateDataCli_Help_ThresholdShowsItsDefaultAndThatZeroChecksNothing(string option)
    {
        // README: "Every command's --help lists all its options with their defaults"; these thresholds are off unless given.
        var result = CliProcess.Run("validate-data", "--help");

        var line = Assert.Single(result.Stdout.Split('\n'), l => l.TrimStart().StartsWith(option + " ", StringComparison.Ordinal));
        Assert.Contains("0: no check", line);
        Assert.EndsWith("[default: 0]", line.TrimEnd());
    }

    [Fact]
    public void ValidateDataCli_FileGivenWithDataOption_CheckedAsAnArgumentIs()
    {
        var bad = _dir.File("mine.tsv", "text\tlabel\nRockets hit the port.\tNegative\n");

        var asOption = CliProcess.Run("validate-data", "--task", "sentiment", "--data", bad);
        var asArgument = CliProcess.Run("validate-data", "--task", "sentiment", bad);

        Assert.Equal(2, asOption.ExitCode);
        Assert.Contains($"{bad}:2: label 'Negative' is not a sentiment label", asOption.Stderr, StringComparison.Ordinal);
        Assert.Equal(asArgument.Stderr, asOption.Stderr);
    }

    [Fact]
    public void ValidateDataCli_SameFileAsArgumentAndWithData_UsageErrorNotLeakage()
    {
        var data = _dir.File("mine.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, "--data", data);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the same data file is given twice; give each file once", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDataCli_NoFiles_UsageErrorSayingHowToNameThem()
    {
        var result = CliProcess.Run("validate-data", "--task", "sentiment");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("give the labeled files to check, as arguments", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDataCli_RepresentativesWithShortLowerCaseName_ExitsTwoNamingFileAndLine()
    {
        var data = _dir.File("dev.tsv", "text\ttarget\tlabel\nBeijing praised the deal.\tChina\tfavor\n");
        var people = _dir.File("people.tsv", "target\tname\nChina\tXi Jinping\nChina\txi\n");

        var result = CliProcess.Run("validate-data", "--task", "stance", data, "--representatives", people);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{people}:3: 'xi' has 3 letters or fewer and no capital", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDataCli_BadRepresentativesAndBadDataFile_ReportsBoth()
    {
        var data = _dir.File("dev.tsv", "text\ttarget\tlabel\nBeijing praised the deal.\tChina\tfavour\n");
        var people = _dir.File("people.tsv", "target\tname\nChina\txi\n");

        var result = CliProcess.Run("validate-data", "--task", "stance", data, "--representatives", people);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{data}:2: label 'favour' is not a stance label", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{people}:2: 'xi' has 3 letters or fewer", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDataCli_BadAliasFileAndBadDataFile_ReportsBoth()
    {
        var data = _dir.File("dev.tsv", "text\ttarget\tlabel\nWashington praised the deal.\tUnited States\tfavour\n");
        var aliases = _dir.File("aliases.tsv", "target\talias\nUnited States\tus\n");

        var result = CliProcess.Run("validate-data", "--task", "stance", data, "--aliases", aliases);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{data}:2: label 'favour' is not a stance label", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{aliases}:2:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateDataCli_ShippedRepresentatives_Pass()
    {
        var root = TestPaths.RepositoryRoot;
        var result = CliProcess.Run("validate-data", "--task", "stance", Path.Combine(root, "data", "stance", "dev.tsv"),
            "--representatives", Path.Combine(root, "data", "stance", "representatives.tsv"));

        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Theory]
    [InlineData("--representatives", "target\tname\nChina\tXi Jinping\n")]
    [InlineData("--aliases", "target\talias\nChina\tBeijing\n")]
    public void ValidateDataCli_StanceOnlyOptionForSentiment_UsageErrorSayingWhatToDo(string option, string table)
    {
        var data = _dir.File("mine.tsv", "text\tlabel\nRockets hit the port.\tnegative\n");
        var file = _dir.File("table.tsv", table);

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, option, file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"error: {option} applies to stance data only; these files are checked as sentiment data (--task sentiment): leave out {option}, or use --task stance{Environment.NewLine}",
            result.Stderr,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-targets", "3")]
    [InlineData("--min-contrastive", "0.3")]
    [InlineData("--unseen-targets", "mine.tsv")]
    public void ValidateDataCli_StanceOnlyCheckForSentiment_UsageErrorNotAFailedCheck(string option, string value)
    {
        var data = _dir.File("mine.tsv", "text\tlabel\nRockets hit the port.\tnegative\nTalks resumed.\tpositive\n");

        var result = CliProcess.Run("validate-data", "--task", "sentiment", data, option, value == "mine.tsv" ? data : value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            $"error: {option} applies to stance data only; these files are checked as sentiment data (--task sentiment): leave out {option}, or use --task stance{Environment.NewLine}",
            result.Stderr,
            StringComparison.Ordinal);
    }
}
