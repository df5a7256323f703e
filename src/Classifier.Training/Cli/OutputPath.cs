namespace Classifier.Training.Cli;

/// <summary>Checks output paths before long work starts.</summary>
internal static class OutputPath
{
    /// <summary>Folders of devices and kernel files (Unix), never an output's place.</summary>
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>
    /// Fails early, before any long work, if <paramref name="path"/> cannot be written, or names a device or a system file
    /// (the output is written to a temporary file that then replaces the target, which would replace such a file;
    /// a symbolic link is followed to the file it points to). <paramref name="example"/> is a file name to suggest.
    /// </summary>
    public static void EnsureWritable(string path, string example = "model.zip")
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UsageException($"the output path is empty; give a file path such as {example}");
        }

        var full = Classifier.Model.AtomicFile.Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        if (Directory.Exists(full))
        {
            throw new UsageException($"{path}: is a directory; give a file name such as {Path.Combine(path, example)}");
        }

        if (SystemFolders.Any(f => full.StartsWith(f, StringComparison.Ordinal)))
        {
            throw new UsageException($"{path}: {(full == Path.GetFullPath(path) ? "is" : $"leads to {full}, which is")} a device or system " +
                $"file, not a file to write to; give the path of a regular file such as {example}");
        }

        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the directory {directory} does not exist; create it first");
        }

        var probe = Path.Combine(directory, $".write-probe.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new UsageException($"{path}: cannot write to {directory} ({ex.Message})");
        }

        if (File.Exists(full) && new FileInfo(full).IsReadOnly)
        {
            throw new UsageException($"{path}: the existing file is read-only");
        }
    }
}
