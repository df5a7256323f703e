using Classifier.Data;
using Classifier.Training.Benchmarks;

namespace Classifier.Tests.Benchmarks;

/// <summary>Reading a task folder's held-out.txt, the one list of its held-out files.</summary>
public sealed class HeldOutListTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_ListWithCommentsRolesAndBlankLines_GivesTheFilesInItsOrder()
    {
        _dir.File("held-out.txt", "\uFEFF# the report's order\n\ntest_b.tsv\t\tunseen-targets\r\n  test.tsv   # the split\ntest_a.tsv mostly-none\n");

        var files = HeldOutList.Read(_dir.Path);

        Assert.Equal(
            [new HeldOutFile("test_b", HeldOutRole.UnseenTargets), new HeldOutFile("test", HeldOutRole.Checked), new HeldOutFile("test_a", HeldOutRole.MostlyNone)],
            files);
    }

    [Fact]
    public void Read_NoList_GivesTheTestSplit() =>
        Assert.Equal([new HeldOutFile("test", HeldOutRole.Checked)], HeldOutList.Read(_dir.Path));

    [Fact]
    public void Read_EmptyList_GivesNoFile()
    {
        _dir.File("held-out.txt", "# nothing held out yet\n");

        Assert.Empty(HeldOutList.Read(_dir.Path));
    }

    [Theory]
    [InlineData("test.tsv\ntest_fresh", 2, "'test_fresh' is not a held-out file name; write one test.tsv or test_*.tsv")]
    [InlineData("test.tsv\n.tsv", 2, "'.tsv' is not a held-out file name")]
    [InlineData("test_.tsv", 1, "'test_.tsv' is not a held-out file name")]
    [InlineData("sentiment/test.tsv", 1, "'sentiment/test.tsv' is not a held-out file name")]
    [InlineData("test_a/b.tsv", 1, "'test_a/b.tsv' is not a held-out file name")]
    [InlineData("test.tsv\ntrain.tsv", 2, "'train.tsv' is not a held-out file name")]
    [InlineData("test.tsv\n\ntest_a.tsv unseen", 3, "'unseen' is not a role; after the file name write unseen-targets, mostly-none or nothing")]
    [InlineData("test.tsv mostly-none extra", 1, "'mostly-none extra' is not a role")]
    [InlineData("test.tsv unseen-targets", 1, "test.tsv is checked as the test split; give it no role")]
    [InlineData("test.tsv\ntest_a.tsv\ntest.tsv", 3, "'test.tsv' is named twice")]
    public void Read_BadLine_ThrowsNamingTheListAndLine(string list, int line, string message)
    {
        var path = _dir.File("held-out.txt", list);

        var ex = Assert.Throws<DataFileException>(() => HeldOutList.Read(_dir.Path));

        Assert.Equal(path, ex.Path);
        Assert.Equal(line, ex.Line);
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public void Read_SeveralBadLines_ReportsEach()
    {
        _dir.File("held-out.txt", "test\ntest.tsv odd\ntest_a.tsv\n");

        var ex = Assert.Throws<DataFileException>(() => HeldOutList.Read(_dir.Path));

        Assert.Equal([1, 2], ex.Errors.Select(e => e.Line));
    }
}
