namespace Classifier.Training.Cli;

/// <summary>
/// Standard input, or a clear error when the process was started with it closed (<c>&lt;&amp;-</c>, some service managers
/// and job runners). The runtime then opens a pipe of its own for signal handling, which takes the free descriptor 0: a
/// read of "standard input" waited on that pipe for ever, and took the bytes that carry Ctrl+C to the runtime, so Ctrl+C
/// could be lost too. A descriptor 0 inherited from the parent cannot be close-on-exec (it would not have survived the
/// exec); one marked so was opened by this process after it started. Linux only (read from /proc/self/fdinfo); elsewhere
/// standard input is used as it is. Thread-safe.
/// </summary>
internal static class StandardInput
{
    private const int CloseOnExec = 0x80000; // O_CLOEXEC, as /proc/self/fdinfo shows it (octal 02000000)

    /// <summary>Whether descriptor 0 was closed when the process started (Linux; false elsewhere or when unknown).</summary>
    public static bool WasClosed { get; } = Check("/proc/self/fdinfo");

    /// <summary>A stream over standard input; <see cref="UsageException"/> when it was closed, naming what to give instead.</summary>
    public static Stream Open(string instead) =>
        WasClosed ? throw new UsageException($"standard input is closed; {instead}") : Console.OpenStandardInput();

    /// <summary>Whether descriptor 0 is missing or close-on-exec, read from <paramref name="fdinfo"/> (a /proc/PID/fdinfo folder).</summary>
    internal static bool Check(string fdinfo)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(fdinfo))
        {
            return false;
        }

        try
        {
            var zero = Path.Combine(fdinfo, "0");
            if (!File.Exists(zero))
            {
                return true;
            }

            foreach (var line in File.ReadLines(zero))
            {
                if (line.StartsWith("flags:", StringComparison.Ordinal))
                {
                    return (Convert.ToInt32(line["flags:".Length..].Trim(), 8) & CloseOnExec) != 0;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Not readable as expected: use standard input as it is.
        }

        return false;
    }
}
