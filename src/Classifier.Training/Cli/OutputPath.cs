namespace Classifier.Training.Cli;

/// <summary>Checks output paths before long work starts.</summary>
internal static class OutputPath
{
    /// <summary>Folders of devices and kernel files (Unix), never an output's place.</summary>
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>
    /// Fails early, before any long work, if <paramref name="path"/> cannot be written, or names a device or a system file
    /// (the output is written to a temporary file that then replaces the target, which would replace such a file;
    /// a symbolic link is followed to the file it points to), or is one of the command's own <paramref name="inputs"/>
    /// (compared by full path, symbolic links followed), which writing the output would destroy.
    /// <paramref name="example"/> is a file name to suggest.
    /// </summary>
    /// <param name="path">The value of <c>--out</c>.</param>
    /// <param name="example">A file name to suggest in the errors, such as <c>model.zip</c>.</param>
    /// <param name="inputs">The command's input files: the option that names each (such as <c>--data</c>) and its path (null when not given).</param>
    /// <exception cref="UsageException">The path is empty, a directory, a device, in a missing or unwritable folder, read-only, or an input.</exception>
    public static void EnsureWritable(string path, string example = "model.zip", params IEnumerable<(string Option, string? Path)> inputs) =>
        EnsureWritableFor("--out", path, example, inputs);

    /// <summary>
    /// <see cref="EnsureWritable"/> for an output named by another option than <c>--out</c> (such as
    /// <c>validate-data --near-report</c>), which the errors then name.
    /// </summary>
    /// <param name="option">The option that names the output.</param>
    /// <param name="path">Its value.</param>
    /// <param name="example">A file name to suggest in the errors.</param>
    /// <param name="inputs">The command's input files: the option that names each and its path (null when not given).</param>
    /// <exception cref="UsageException">The path is empty, a directory, a device, in a missing or unwritable folder, read-only, or an input.</exception>
    public static void EnsureWritableFor(string option, string path, string example, IEnumerable<(string Option, string? Path)> inputs)
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

        RefuseInputs(option, path, RealPath(path), example, inputs);

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
            throw new UsageException(CannotWrite(path, directory, probe, ex, option));
        }

        if (File.Exists(full) && new FileInfo(full).IsReadOnly)
        {
            throw new UsageException($"{path}: the existing file is read-only");
        }
    }

    /// <summary>
    /// The error for a folder the probe file could not be written in: the reason without the probe's own name (an
    /// <c>.write-probe.*.tmp</c> file the user never asked for, which the system's message quotes).
    /// </summary>
    /// <param name="path">The value of <c>--out</c>.</param>
    /// <param name="directory">Its folder.</param>
    /// <param name="probe">The probe file that could not be written.</param>
    /// <param name="ex">Why.</param>
    /// <param name="option">The option that names the output.</param>
    internal static string CannotWrite(string path, string directory, string probe, Exception ex, string option = "--out")
    {
        var reason = ex is UnauthorizedAccessException
            ? "permission denied"
            : ex.Message.Replace($" : '{probe}'", string.Empty, StringComparison.Ordinal).Replace($"'{probe}'", "it", StringComparison.Ordinal).TrimEnd('.');
        return $"{path}: cannot write to {directory} ({reason}); give {option} a file in a folder you can write to";
    }

    /// <summary>Throws a usage error when <paramref name="full"/> (the resolved output, named by <paramref name="output"/>) is also one of <paramref name="inputs"/>.</summary>
    /// <exception cref="UsageException">The output is one of the inputs.</exception>
    private static void RefuseInputs(string output, string path, string full, string example, IEnumerable<(string Option, string? Path)> inputs)
    {
        foreach (var (option, input) in inputs)
        {
            if (!string.IsNullOrWhiteSpace(input) && string.Equals(RealPath(input), full, PathComparison))
            {
                throw new UsageException($"{output} {path} is also the {option} file{(input == path ? string.Empty : $" ({input})")}: writing it would destroy that input; " +
                    $"give {output} another file, such as {Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, example)}");
            }
        }
    }

    /// <summary>File names differ by case only where the file system tells them apart (not on Windows or macOS, by default).</summary>
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The full path of <paramref name="path"/> with every symbolic link in it followed, the folders' as well as the file's
    /// ("link/d.tsv" is "real/d.tsv" when link leads to real), as realpath gives it; a part that cannot be resolved (a link
    /// loop, no access) is left as written.
    /// </summary>
    internal static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
                if (info.LinkTarget is not null && depth < 32 && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                {
                    current = RealPath(target.FullName, depth + 1);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Left as written.
            }
        }

        return current;
    }
}
