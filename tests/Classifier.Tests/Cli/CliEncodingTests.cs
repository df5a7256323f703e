using System.Text;

namespace Classifier.Tests.Cli;

/// <summary>
/// Inputs of predict, analyze and uncertain that are not UTF-8 text: a line of invalid UTF-8 is reported on its line
/// (predict goes on), a NUL byte or a UTF-16 file is refused as a whole, naming the file (or stdin) and the line.
/// </summary>
public sealed class CliEncodingTests : IDisposable
{
    private static readonly string Model = Path.Combine(TestPaths.RepositoryRoot, "models", "sentiment.zip");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("file")]
    [InlineData("stdin")]
    public void Predict_LineNotValidUtf8_ErrorOnThatLineOthersScoredExitTwo(string from)
    {
        var bytes = Bytes("Talks resumed.\nBad ", [0xFF, 0xFE, 0xC3], " line.\nShelling killed four people.\n");
        var file = Write("texts.txt", bytes);

        var result = from == "file"
            ? CliProcess.Run("predict", "--model", Model, "--file", file, "--format", "json")
            : CliProcess.RunWithBytes(bytes, "predict", "--model", Model, "--format", "json");

        var (source, advice) = from == "file" ? (file, "save the file as UTF-8") : ("(stdin)", "send standard input as UTF-8");
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"label\":", lines[0]);
        Assert.Equal($"{{\"text\":\"Bad \uFFFD\uFFFD\uFFFD line.\",\"line\":2,\"error\":\"is not valid UTF-8; {advice}\"}}", lines[1]);
        Assert.Contains("\"label\":", lines[2]);
        Assert.Equal($"{source}:2: is not valid UTF-8; {advice}; 1 input(s) could not be scored and have an error instead of a label in the output; " +
            $"fix them and score them again{Environment.NewLine}", result.Stderr);
    }

    [Fact]
    public void Predict_TsvRowNotValidUtf8_ReportedWithItsTargetAndTheTargetColumnStillPicksStance()
    {
        var file = Write("pairs.tsv", Bytes("text\ttarget\nBeijing ", [0xE9], " the drills.\tChina\nBeijing condemned the drills.\tChina\n"));

        var result = CliProcess.Run("predict", "--file", file, "--format", "tsv");

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("text\ttarget\tlabel\tconfidence\tagainst\tnone\tfavor", lines[0]);
        Assert.Equal("Beijing \uFFFD the drills.\tChina\t\t\t\t\t", lines[1]);
        Assert.StartsWith("Beijing condemned the drills.\tChina\t", lines[2]);
        Assert.StartsWith($"{file}:2: is not valid UTF-8; save the file as UTF-8; 1 input(s)", result.Stderr);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("stdin")]
    public void Predict_BinaryInput_RefusedWithOneErrorAtItsFirstNulByte(string from)
    {
        // A text line, then bytes as a zip or an executable has them: NULs on the second line, and line ends among them.
        var bytes = Bytes("Talks resumed.\nPK", [0x03, 0x04, 0x14, 0x00, 0x00, 0x08, (byte)'\n', 0x00, 0x00, 0xFF, (byte)'\n'], "");
        var file = Write("model.bin", bytes);

        var result = from == "file"
            ? CliProcess.Run("predict", "--model", Model, "--file", file)
            : CliProcess.RunWithBytes(bytes, "predict", "--model", Model);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {(from == "file" ? file : "(stdin)")}:2: has a NUL byte: it looks like a binary file, not text; give UTF-8 text{Environment.NewLine}", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Predict_Utf16File_RefusedSayingToSaveItAsUtf8()
    {
        var file = Write("texts.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Talks resumed.\n")).ToArray());

        var result = CliProcess.Run("predict", "--model", Model, "--file", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:1: is UTF-16 text (it opens with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8{Environment.NewLine}", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "is not valid UTF-8; save the file as UTF-8")]
    [InlineData(new byte[] { 0x00, 0x01 }, "has a NUL byte: it looks like a binary file, not text; give UTF-8 text")]
    public void Analyze_ArticleNotUtf8Text_RefusedNamingFileAndLine(byte[] bad, string reason)
    {
        var file = Write("article.txt", Bytes("Beijing condemned the drills.\n\nChina praised ", bad, " the talks.\n"));

        var result = CliProcess.Run("analyze", "--file", file, "--target", "China");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:3: {reason}{Environment.NewLine}", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Uncertain_LineNotValidUtf8_RefusedNamingFileAndLine()
    {
        var file = Write("unlabeled.txt", Bytes("Talks resumed.\nBad ", [0xFF], " line.\n"));

        var result = CliProcess.Run("uncertain", "--model", Model, "--data", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:2: is not valid UTF-8; save the file as UTF-8{Environment.NewLine}", result.Stderr);
    }

    [Theory]
    [InlineData("--lexicon", "term\tpolarity\tstrength\ngood\tpositive\t1\ncaf", "\tpositive\t1\n")]
    [InlineData("--aliases", "target\talias\nUnited States\tUS\nUnited States\tEstados Unidos de Am", "rica\n")]
    [InlineData("--representatives", "target\tname\nUnited States\tDonald Trump\nUnited States\tJos", " Biden\n")]
    public void Train_FeatureFileNotValidUtf8_RefusedNamingFileAndLineAsADataFileIs(string option, string before, string after)
    {
        // A Latin-1 é (0xE9): read leniently, it became U+FFFD in the model's manifest.
        var file = Write("latin1.tsv", Bytes(before, [0xE9], after));
        var data = Write("data.tsv", Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(TestPaths.Data("stance", "dev.tsv")).Take(200)) + "\n"));

        var result = CliProcess.Run("train", "--task", "stance", "--data", data, option, file, "--out", Path.Combine(_dir.Path, "m.zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}:3: is not valid UTF-8; save the file as UTF-8{Environment.NewLine}", result.Stderr);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "m.zip")));
    }

    private static byte[] Bytes(string before, byte[] bad, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. bad, .. Encoding.UTF8.GetBytes(after)];

    private string Write(string name, byte[] bytes)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
