using System.Text.RegularExpressions;

namespace Classifier.Training.Cli;

/// <summary>
/// The message for a write that failed because the disk is full (ENOSPC) or the user's quota is spent (EDQUOT): an
/// error of the machine, not of the CLI, so it is said as one, naming the file the user asked for (by its full path). .NET's message
/// names the hidden temporary file a model, settings file or report is first written to
/// (<c>.model.zip.GUID.tmp</c>, removed again when the write fails), which the user never asked for. Thread-safe.
/// </summary>
internal static partial class DiskFull
{
    private const int NoSpace = 28; // ENOSPC on Linux and macOS

    private const int QuotaExceededLinux = 122; // EDQUOT on Linux

    private const int QuotaExceededMac = 69; // EDQUOT on macOS

    /// <summary>Whether <paramref name="ex"/> is a write refused for lack of space or quota (Unix).</summary>
    public static bool Is(IOException ex) => !OperatingSystem.IsWindows()
        && (ex.HResult == NoSpace || ex.HResult == (OperatingSystem.IsMacOS() ? QuotaExceededMac : QuotaExceededLinux));

    /// <summary>
    /// "PATH: not written: no space left on the device; ..." with the temporary file's name replaced by its target's, or
    /// without a path when the message has none (standard output redirected to a full disk).
    /// </summary>
    public static string Describe(IOException ex)
    {
        var reason = ex.HResult == NoSpace ? "no space left on the device" : "the disk quota is used up";
        var path = PathInMessage().Match(ex.Message) is { Success: true } m ? TemporaryName().Replace(m.Groups["path"].Value, "${dir}${name}") : null;
        return path is null
            ? $"output not written: {reason}; free some space and run the command again"
            : $"{path}: not written: {reason}; free some space, or write to another disk, and run the command again";
    }

    [GeneratedRegex(@" : '(?<path>.+)'$")]
    private static partial Regex PathInMessage();

    // AtomicFile's ".NAME.GUID.tmp" beside the target NAME.
    [GeneratedRegex(@"^(?<dir>(?:.*[/\\])?)\.(?<name>[^/\\]+)\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();
}
