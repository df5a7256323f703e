namespace Classifier.Tests.Cli;

/// <summary>
/// A command that reads several labeled files (<c>train</c>'s <c>--data</c>, <c>--dev</c>, <c>--test</c> and
/// <c>--check-file</c>, <c>tune</c>'s <c>--data</c> and <c>--dev</c>) names every file's problems in one run, in the order
/// of the options: before, a bad <c>--data</c> hid a bad <c>--dev</c> until it was mended and the command run again.
/// </summary>
public sealed class ProblemsAcrossFilesCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("train")]
    [InlineData("train --check")]
    [InlineData("tune")]
    public void Command_BadDataAndBadDev_NamesBothFilesProblems(string command)
    {
        // Good rows enough to train on, then one the reader refuses (line 152).
        var data = Rows("data.tsv", 150, "The plan may work.\tmaybe");
        // A bad label on line 3.
        var dev = _dir.File("dev.tsv", "text\tlabel\nTalks resumed.\tpositive\nTalks stalled.\tnegativ\n");
        var output = Path.Combine(_dir.Path, "out.zip");
        string[] args = command switch
        {
            "train" => ["train", "--task", "sentiment", "--data", data, "--dev", dev, "--out", output],
            "train --check" => ["train", "--check", "--task", "sentiment", "--data", data, "--dev", dev],
            _ => ["tune", "--task", "sentiment", "--data", data, "--dev", dev, "--budget-minutes", "1", "--out", output],
        };

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {data}:152: label 'maybe' is not a sentiment label", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {dev}:3: label 'negativ' is not a sentiment label", result.Stderr, StringComparison.Ordinal);
        Assert.True(result.Stderr.IndexOf(data + ":152", StringComparison.Ordinal) < result.Stderr.IndexOf(dev + ":3", StringComparison.Ordinal), result.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void TrainCheck_BadTestAndBadCheckFiles_NamesEachFilesProblems()
    {
        var data = Rows("data.tsv", 150, null);
        var test = _dir.File("test.tsv", "text\tlabel\nTalks resumed.\tpositive\nTalks stalled\n");
        var first = _dir.File("first.tsv", "text\tlabel\nTalks stalled.\tnegativ\n");
        var second = _dir.File("second.tsv", "text\tlabel\n\tneutral\n");

        var result = CliProcess.Run("train", "--check", "--task", "sentiment", "--data", data, "--test", test, "--check-file", first, "--check-file", second);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {test}:3: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {first}:2: label 'negativ'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {second}:2: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainCheck_MoreProblemsInDataThanTheCapAndOneInDev_ListsTheCapNamingBothFiles()
    {
        // 60 bad labels in the data (lines 2-61) and one in dev: 50 problems listed, as one file's are, dev's among them.
        var data = _dir.File("data.tsv", "text\tlabel\n" + string.Concat(Enumerable.Range(1, 60).Select(i => $"Talks stalled for day {i}.\tnegativ\n")));
        var dev = _dir.File("dev.tsv", "text\tlabel\nTalks resumed.\tpositiv\n");

        var result = CliProcess.Run("train", "--check", "--task", "sentiment", "--data", data, "--dev", dev);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("error: ... and 11 more problems", lines[^1]);
        var listed = lines.Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).SkipLast(1).ToArray();
        Assert.Equal(50, listed.Length);
        // The data's first 49 (lines 2-50), then dev's.
        Assert.StartsWith($"error: {data}:50: label 'negativ'", listed[^2], StringComparison.Ordinal);
        Assert.StartsWith($"error: {dev}:2: label 'positiv' is not a sentiment label", listed[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Train_FunctionWordTargetInDataAndBadDev_NamesBoth()
    {
        var data = _dir.File("data.tsv", string.Join('\n', File.ReadLines(TestPaths.Data("stance", "train.tsv")).Take(150)) + "\nThey lost their bid.\ttheir\tagainst\n");
        var dev = _dir.File("dev.tsv", "text\ttarget\tlabel\nChina protested.\tChina\tmaybe\n");
        var output = Path.Combine(_dir.Path, "out.zip");

        var result = CliProcess.Run("train", "--task", "stance", "--data", data, "--dev", dev, "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"error: {data}:151: target 'their' is only function words", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {dev}:2: label 'maybe' is not a stance label", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("train", false)]
    [InlineData("train --check", false)]
    [InlineData("train", true)]
    [InlineData("train --check", true)]
    public void Command_BadDataAndDevThatCannotBeRead_NamesBothFiles(string command, bool failsPartWay)
    {
        // A --dev that exists but cannot be read is one more bad file, listed after the data's problem: one another program
        // holds (an exclusive lock, as .NET takes for FileShare.None: running as root, permissions cannot make a file
        // unreadable), or /proc/self/mem, which opens and whose first read fails with an I/O error (EIO: nothing is mapped
        // at address 0), as a failing disk's or a network share's read would. Before, that error stopped the command as an
        // internal error (exit 3), and the data's problem went unsaid.
        Assert.True(!failsPartWay || OperatingSystem.IsLinux(), "this case reads /proc/self/mem, which only Linux has");
        var data = Rows("data.tsv", 150, "The plan may work.\tmaybe");
        var dev = failsPartWay ? "/proc/self/mem" : _dir.File("dev.tsv", "text\tlabel\nTalks resumed.\tpositive\n");
        var output = Path.Combine(_dir.Path, "out.zip");
        using var holder = failsPartWay ? null : new FileStream(dev, FileMode.Open, FileAccess.Read, FileShare.None);
        string[] args = command == "train"
            ? ["train", "--task", "sentiment", "--data", data, "--dev", dev, "--out", output]
            : ["train", "--check", "--task", "sentiment", "--data", data, "--dev", dev];

        var result = CliProcess.Run(args);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"error: {data}:152: label 'maybe' is not a sentiment label", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"error: {dev}: the data file cannot be read (", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("; check its permissions, or whether another program holds it", lines[1], StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    /// <summary>The header and the first <paramref name="count"/> rows of the repository's sentiment training file, and <paramref name="last"/>, if given, as the next line.</summary>
    private string Rows(string name, int count, string? last) =>
        _dir.File(name, string.Join('\n', File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Take(count + 1)) + "\n" + (last is null ? "" : last + "\n"));
}
