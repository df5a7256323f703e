namespace Classifier.Tests.Cli;

/// <summary>An <c>--out</c> that names one of the command's own inputs is refused before any work, and the input is kept.</summary>
public sealed class OutputPathCliTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--data")]
    [InlineData("--dev")]
    [InlineData("--test")]
    [InlineData("--config")]
    [InlineData("--lexicon")]
    [InlineData("--aliases")]
    [InlineData("--representatives")]
    public void Train_OutIsAnInputFile_ExitsOneNamingBothOptionsAndKeepsTheInput(string option)
    {
        var input = option switch
        {
            "--data" or "--dev" or "--test" => Copy(TestPaths.Data("stance", "dev.tsv"), "input.tsv", 300),
            "--config" => _dir.File("input.json", "{}\n"),
            "--lexicon" => Copy(Path.Combine(TestPaths.RepositoryRoot, "data", "lexicon.tsv"), "input.tsv"),
            "--aliases" => Copy(Path.Combine(TestPaths.RepositoryRoot, "data", "stance", "aliases.tsv"), "input.tsv"),
            _ => Copy(Path.Combine(TestPaths.RepositoryRoot, "data", "stance", "representatives.tsv"), "input.tsv"),
        };
        var before = File.ReadAllBytes(input);
        string[] args = option == "--data"
            ? ["train", "--task", "stance", "--data", input, "--out", input]
            : ["train", "--task", "stance", "--data", Copy(TestPaths.Data("stance", "dev.tsv"), "data.tsv", 300), option, input, "--out", input];

        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --out {input} is also the {option} file: writing it would destroy that input; " +
            $"give --out another file, such as {Path.Combine(_dir.Path, "model.zip")}{Environment.NewLine}", result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Train_OutIsALinkToTheDevFile_ExitsOneNamingTheDevFile()
    {
        var dev = Copy(TestPaths.Data("sentiment", "dev.tsv"), "dev.tsv", 100);
        var link = Path.Combine(_dir.Path, "model.zip");
        File.CreateSymbolicLink(link, dev);

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", Copy(TestPaths.Data("sentiment", "train.tsv"), "train.tsv", 300), "--dev", dev, "--out", link);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: --out {link} is also the --dev file ({dev}): writing it would destroy that input;", result.Stderr);
        Assert.StartsWith("text\tlabel", File.ReadAllText(dev));
    }

    [Fact]
    public void Train_DataThroughALinkedFolderIsTheOut_ExitsOneAndKeepsTheData()
    {
        var real = Directory.CreateDirectory(Path.Combine(_dir.Path, "real")).FullName;
        var link = Path.Combine(_dir.Path, "link");
        Directory.CreateSymbolicLink(link, real);
        var data = Path.Combine(real, "d.tsv");
        File.Copy(Copy(TestPaths.Data("sentiment", "train.tsv"), "train.tsv", 300), data);

        var result = CliProcess.Run("train", "--task", "sentiment", "--data", Path.Combine(link, "d.tsv"), "--out", data);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: --out {data} is also the --data file ({Path.Combine(link, "d.tsv")}): writing it would destroy that input;", result.Stderr);
        Assert.StartsWith("text\tlabel", File.ReadAllText(data));
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--dev")]
    [InlineData("--lexicon")]
    public void Tune_OutIsAnInputFile_ExitsOneNamingBothOptionsAndKeepsTheInput(string option)
    {
        var input = option == "--lexicon" ? Copy(Path.Combine(TestPaths.RepositoryRoot, "data", "lexicon.tsv"), "input.tsv") : Copy(TestPaths.Data("sentiment", "train.tsv"), "input.tsv", 300);
        var before = File.ReadAllBytes(input);
        string[] args = option == "--data"
            ? ["tune", "--task", "sentiment", "--data", input, "--out", input, "--budget-minutes", "0.05"]
            : ["tune", "--task", "sentiment", "--data", Copy(TestPaths.Data("sentiment", "train.tsv"), "data.tsv", 300), option, input, "--out", input, "--budget-minutes", "0.05"];

        var result = CliProcess.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: --out {input} is also the {option} file: writing it would destroy that input; " +
            $"give --out another file, such as {Path.Combine(_dir.Path, "settings.json")}{Environment.NewLine}", result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Benchmark_OutIsAnSklearnLog_ExitsOneAndKeepsTheLog()
    {
        var log = _dir.File("sklearn.log", "sst2 accuracy 0.81\n");
        var empty = Directory.CreateDirectory(Path.Combine(_dir.Path, "empty")).FullName;

        var result = CliProcess.Run("benchmark", "--datasets", Path.Combine(_dir.Path, "none"), "--models", empty, "--data", empty, "--configs", empty,
            "--no-curves", "--sklearn", log, "--out", log);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: --out {log} is also the --sklearn file: writing it would destroy that input;", result.Stderr);
        Assert.Equal("sst2 accuracy 0.81\n", File.ReadAllText(log));
    }

    private string Copy(string source, string name, int lines = int.MaxValue)
    {
        var path = Path.Combine(_dir.Path, name);
        File.WriteAllLines(path, File.ReadLines(source).Take(lines));
        return path;
    }
}
