namespace Classifier.Model;

/// <summary>
/// Writes files so that a failure never leaves a partial file or replaces a good one: a temporary file beside the target,
/// then a move. A target that is a symbolic link is written through: the file it finally points to is replaced, and the
/// link stays. The file written keeps the permissions of the one it replaces. A writer killed between the two (<c>kill -9</c>, a power cut) leaves its temporary file; the next write of
/// the same file removes such files once they are an hour old, so they do not pile up.
/// </summary>
internal static class AtomicFile
{
    /// <summary>How old a temporary file of the same target must be before a later write takes it for a dead writer's.</summary>
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    public static void WriteAllText(string path, string contents) => Write(path, temp => File.WriteAllText(temp, contents));

    public static void Write(string path, Action<string> writeTemp)
    {
        var full = Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        RemoveStaleTemps(directory, Path.GetFileName(full));
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTemp(temp);
            KeepMode(full, temp);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Deletes the temporary files this class names for <paramref name="name"/> in <paramref name="directory"/> (".NAME.GUID.tmp",
    /// the GUID as 32 hex digits) last written more than <see cref="StaleAfter"/> ago. Best effort: a file another process
    /// removes first, or one this process may not delete, is left to it.
    /// </summary>
    private static void RemoveStaleTemps(string directory, string name)
    {
        try
        {
            var prefix = $".{name}.";
            foreach (var file in Directory.EnumerateFiles(directory, $".{name}.*.tmp"))
            {
                var fileName = Path.GetFileName(file);
                if (fileName.Length == prefix.Length + 32 + 4 && fileName.StartsWith(prefix, StringComparison.Ordinal)
                    && Guid.TryParseExact(fileName.AsSpan(prefix.Length, 32), "N", out _)
                    && DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > StaleAfter)
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write itself goes on and reports its own errors.
        }
    }

    /// <summary>
    /// Gives <paramref name="temp"/> the permissions of the file it replaces, so that a model kept private (mode 600: it
    /// holds n-grams of its training text) stays so once rewritten; the temporary file had the process's default mode.
    /// Best effort, and not on Windows, whose files have no such mode; a new file keeps the default.
    /// </summary>
    private static void KeepMode(string full, string temp)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(full))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The old file vanished or its mode cannot be read: the default mode is kept.
        }
    }

    /// <summary>The full path that writing <paramref name="path"/> replaces: the final target of a symbolic link, else the path itself.</summary>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }
}
