using Classifier.Model;

namespace Classifier.Tests.Model;

/// <summary>
/// A file rewritten through <see cref="AtomicFile"/> keeps its permissions: a model kept private (600) became readable by
/// everyone (644, the temporary file's default) once a retrain replaced it.
/// </summary>
public sealed class AtomicFileModeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)]
    public void WriteAllText_ExistingFile_KeepsItsMode(UnixFileMode mode)
    {
        // The suite runs on Linux (CI, scripts in bash); File.SetUnixFileMode throws on Windows, which has no such mode.
        var path = _dir.File("model.zip", "old");
        File.SetUnixFileMode(path, mode);

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }
}
