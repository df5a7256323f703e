using Classifier.Data;

namespace Classifier.Tests.Data;

/// <summary>
/// A data file that exists but cannot be read (a lock another program holds, permissions, an I/O error part-way) is a
/// problem of that file, as the reader documents: a <see cref="DataFileException"/> naming it, listed with the other
/// files' problems. Before, the read's <see cref="IOException"/> escaped as it stood and hid them.
/// </summary>
public sealed class UnreadableFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_FileAnotherProgramHolds_DataFileExceptionNamingIt()
    {
        var held = _dir.File("held.tsv", "text\tlabel\nTalks resumed.\tpositive\n");
        using var holder = new FileStream(held, FileMode.Open, FileAccess.Read, FileShare.None);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read(held, ClassifierTask.Sentiment));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(held, error.Path);
        Assert.Equal(0, error.Line);
        Assert.StartsWith("the data file cannot be read (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); check its permissions, or whether another program holds it", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.TotalErrors);
    }

    [Fact]
    public void Read_BadFileThenFileAnotherProgramHoldsThenBadFile_ListsAllThreeInFileOrder()
    {
        var first = _dir.File("first.tsv", "text\tlabel\nTalks stalled.\tnegativ\n");
        var held = _dir.File("held.tsv", "text\tlabel\nTalks resumed.\tpositive\n");
        var last = _dir.File("last.tsv", "text\tlabel\nTalks resumed.\tpositiv\n");
        using var holder = new FileStream(held, FileMode.Open, FileAccess.Read, FileShare.None);

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read([first, held, last], ClassifierTask.Sentiment));

        Assert.Equal([(first, 2), (held, 0), (last, 2)], ex.Errors.Select(e => (e.Path, e.Line)));
        Assert.Equal(3, ex.TotalErrors);
    }

    [Fact]
    public void Read_FileWhoseReadFailsPartWay_DataFileExceptionNamingIt()
    {
        // /proc/self/mem opens, and its first read fails with an I/O error (EIO: nothing is mapped at address 0).
        Assert.True(OperatingSystem.IsLinux(), "this test reads /proc/self/mem, which only Linux has");

        var ex = Assert.Throws<DataFileException>(() => LabeledDataReader.Read("/proc/self/mem", ClassifierTask.Sentiment));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("/proc/self/mem", 0), (error.Path, error.Line));
        Assert.StartsWith("the data file cannot be read (", error.Message, StringComparison.Ordinal);
    }
}
