namespace Classifier.Model;

/// <summary>
/// Writes files so that a failure never leaves a partial file or replaces a good one: a temporary file beside the target,
/// then a move. A target that is a symbolic link is written through: the file it finally points to is replaced, and the
/// link stays.
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string contents) => Write(path, temp => File.WriteAllText(temp, contents));

    public static void Write(string path, Action<string> writeTemp)
    {
        var full = Resolve(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTemp(temp);
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

    /// <summary>The full path that writing <paramref name="path"/> replaces: the final target of a symbolic link, else the path itself.</summary>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }
}
