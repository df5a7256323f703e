using Classifier.Data;
using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

public sealed class MissingFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("term\tpolarity\r\ngood\tpositive\r\n")]
    [InlineData("\uFEFFterm\tpolarity\ngood\tpositive")]
    [InlineData("a\rb\rc\r")]
    [InlineData("a\n\nc\n\n")]
    [InlineData("")]
    public void ReadAllLines_AnyLineEndings_TheLinesFileReadAllLinesReads(string content)
    {
        var path = _dir.File("lines.tsv", content);

        Assert.Equal(File.ReadAllLines(path), MissingFile.ReadAllLines(path, "lexicon file"));
    }

    [Fact]
    public void ReadAllLines_StrayCrInALineOfAnLfFile_StaysInThatLineAsInDataFiles()
    {
        var path = _dir.File("aliases.tsv", "target\talias\nFrance\tLes Bleus\rjunk\nGermany\tDeutschland\n");

        Assert.Equal(["target\talias", "France\tLes Bleus\rjunk", "Germany\tDeutschland"], MissingFile.ReadAllLines(path, "alias file"));
    }

    [Fact]
    public void ReadAllLines_InvalidUtf8_BadFileErrorNamingFileAndLine()
    {
        var path = _dir.File("aliases.tsv");
        File.WriteAllBytes(path, [.. "target\talias\nChina\tPRC\nChina\tP"u8, 0xE9, .. "kin\n"u8]);

        var ex = Assert.Throws<DataFileException>(() => MissingFile.ReadAllLines(path, "alias file"));

        Assert.Equal($"{path}:3: is not valid UTF-8; save the file as UTF-8", ex.Message);
    }

    [Fact]
    public void ReadAllLines_MissingFile_BadFileErrorNamingItAndWhatItIs()
    {
        var path = Path.Combine(_dir.Path, "nope.tsv");

        var ex = Assert.Throws<DataFileException>(() => MissingFile.ReadAllLines(path, "alias file"));

        Assert.Equal($"{path}: alias file not found; check the path", ex.Message);
    }

    [Fact]
    public void ReadAllText_FileLockedByAnotherHolder_BadFileErrorSayingItCannotBeRead()
    {
        var path = _dir.File("settings.json", "{}");
        using var holder = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);

        var ex = Assert.Throws<DataFileException>(() => MissingFile.ReadAllText(path, "config file"));

        Assert.StartsWith($"{path}: the config file cannot be read (", ex.Message);
        Assert.EndsWith("); check its permissions, or whether another program holds it", ex.Message);
    }
}
