using Classifier.Training.Cli;

namespace Classifier.Tests.Cli;

public sealed class OutputPathTests
{
    private const string Probe = "/data/out/.write-probe.0123456789abcdef0123456789abcdef.tmp";

    [Fact]
    public void CannotWrite_ReadOnlyFileSystem_SaysWhyWithoutTheProbeFile()
    {
        // As .NET words the failure to create a file on a read-only mount (Linux).
        var message = OutputPath.CannotWrite("/data/out/m.zip", "/data/out", Probe, new IOException($"Read-only file system : '{Probe}'"));

        Assert.Equal("/data/out/m.zip: cannot write to /data/out (Read-only file system); give --out a file in a folder you can write to", message);
    }

    [Fact]
    public void CannotWrite_PermissionDenied_SaysSoWithoutTheProbeFile()
    {
        var message = OutputPath.CannotWrite("/data/out/m.zip", "/data/out", Probe, new UnauthorizedAccessException($"Access to the path '{Probe}' is denied."));

        Assert.Equal("/data/out/m.zip: cannot write to /data/out (permission denied); give --out a file in a folder you can write to", message);
    }
}
