namespace Classifier.Training.Cli;

/// <summary>Checks output paths before long work starts.</summary>
internal static class OutputPath
{
    /// <summary>Fails early, before any long work, if <paramref name="path"/> cannot be written.</summary>
    public static void EnsureWritable(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (Directory.Exists(full))
        {
            throw new UsageException($"{path}: is a directory; give a file name such as {Path.Combine(path, "model.zip")}");
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
