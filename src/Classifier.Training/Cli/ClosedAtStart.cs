namespace Classifier.Training.Cli;

/// <summary>
/// Whether a standard descriptor (0, 1 or 2) was closed when the process started (<c>&lt;&amp;-</c>, <c>&gt;&amp;-</c>,
/// <c>2&gt;&amp;-</c>; some service managers and job runners). The runtime then opens a pipe of its own for signal handling,
/// which takes the lowest free descriptors: "standard input" read that pipe and waited for ever, and "standard output"
/// was its read end (every write failed) or, with standard input closed too, its write end, where a write would reach the
/// runtime as signals. A descriptor inherited from the parent cannot be close-on-exec (it would not have survived the
/// exec); one marked so was opened by this process after it started. Linux only (read from /proc/self/fdinfo); elsewhere
/// the descriptors are used as they are. Thread-safe.
/// </summary>
internal static class ClosedAtStart
{
    private const int CloseOnExec = 0x80000; // O_CLOEXEC, as /proc/self/fdinfo shows it (octal 02000000)

    private const string Fdinfo = "/proc/self/fdinfo";

    /// <summary>Whether standard input was closed at start (Linux; false elsewhere or when unknown).</summary>
    public static bool Input { get; } = Check(Fdinfo, 0);

    /// <summary>Whether standard output was closed at start (Linux; false elsewhere or when unknown).</summary>
    public static bool Output { get; } = Check(Fdinfo, 1);

    /// <summary>Whether standard error was closed at start (Linux; false elsewhere or when unknown).</summary>
    public static bool Error { get; } = Check(Fdinfo, 2);

    /// <summary>Whether <paramref name="descriptor"/> is missing or close-on-exec, read from <paramref name="fdinfo"/> (a /proc/PID/fdinfo folder).</summary>
    internal static bool Check(string fdinfo, int descriptor)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(fdinfo))
        {
            return false;
        }

        try
        {
            var path = Path.Combine(fdinfo, descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!File.Exists(path))
            {
                return true;
            }

            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    return (Convert.ToInt32(line["flags:".Length..].Trim(), 8) & CloseOnExec) != 0;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Not readable as expected: use the descriptor as it is.
        }

        return false;
    }
}
