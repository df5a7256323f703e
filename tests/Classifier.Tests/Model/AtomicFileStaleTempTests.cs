using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A writer killed between writing its temporary file and moving it leaves the temporary file; the next write of the same
/// file removes such files once they are stale, and nothing else.
/// </summary>
public sealed class AtomicFileStaleTempTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void WriteAllText_StaleTempOfTheSameFile_IsRemoved()
    {
        var stale = Temp("model.zip", Guid.NewGuid(), age: TimeSpan.FromHours(2));

        AtomicFile.WriteAllText(_dir.File("model.zip"), "new");

        Assert.False(File.Exists(stale));
        Assert.Equal("new", File.ReadAllText(_dir.File("model.zip")));
        Assert.Equal(["model.zip"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAllText_OtherFilesNearTheTempPattern_AreKept()
    {
        string[] kept =
        [
            Temp("model.zip", Guid.NewGuid(), age: TimeSpan.FromMinutes(5)), // another writer's, still at work
            Temp("other.zip", Guid.NewGuid(), age: TimeSpan.FromHours(2)), // another file's
            Old(".model.zip.backup.tmp"), // not a GUID
            Old($".model.zip.{Guid.NewGuid():N}.tmp.keep"), // not a temp name
            Old($".model.zip.{Guid.NewGuid():N}x.tmp"), // 33 characters
        ];

        AtomicFile.WriteAllText(_dir.File("model.zip"), "new");

        Assert.All(kept, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void WriteAllText_NoStaleTemps_WritesAsBefore()
    {
        AtomicFile.WriteAllText(_dir.File("report.md"), "first");
        AtomicFile.WriteAllText(_dir.File("report.md"), "second");

        Assert.Equal("second", File.ReadAllText(_dir.File("report.md")));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    public void Dispose() => _dir.Dispose();

    private string Temp(string name, Guid id, TimeSpan age)
    {
        var path = _dir.File($".{name}.{id:N}.tmp", "partial");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }

    private string Old(string name)
    {
        var path = _dir.File(name, "x");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - TimeSpan.FromHours(2));
        return path;
    }
}
