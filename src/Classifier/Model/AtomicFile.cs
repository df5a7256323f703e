namespace Classifier.Model;

/// <summary>Writes files so that a failure never leaves a partial file or replaces a good one: a temporary file beside the target, then a move.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string contents) => Write(path, temp => File.WriteAllText(temp, contents));

    public static void Write(string path, Action<string> writeTemp)
    {
        var full = Path.GetFullPath(path);
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
}
