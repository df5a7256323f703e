using System.Runtime.CompilerServices;

namespace Classifier.Tests;

/// <summary>Locations the tests read: the repository, its data folder, and per-test temporary folders.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Data(params string[] parts) => Path.Combine([RepositoryRoot, "data", .. parts]);

    /// <summary>The held-out files (without .tsv) data/TASK/held-out.txt lists, in its order.</summary>
    public static IEnumerable<string> HeldOut(string task) => Classifier.Training.Benchmarks.HeldOutList.Read(Data(task)).Select(f => f.Name);

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The public benchmark sets beside the repository, or null when this machine does not have them.</summary>
    public static string? SharedDatasets()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "datasets"));
        return Directory.Exists(path) ? path : null;
    }

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Classifier.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
    }
}

/// <summary>A temporary directory deleted when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "classifier-tests", Guid.NewGuid().ToString("N"));

    public string File(string name, string? contents = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (contents is not null)
        {
            System.IO.File.WriteAllText(path, contents);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
