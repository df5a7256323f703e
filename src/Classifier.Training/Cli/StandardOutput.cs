using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Classifier.Training.Cli;

/// <summary>
/// Standard output that can tell when its reader has gone. .NET's console stream discards what it writes to a pipe whose
/// reader has closed (<c>predict --file big.txt | head -1</c>), and the runtime ignores SIGPIPE, so a command would go on
/// scoring for nobody. On Unix, when standard output is a pipe or socket, writes go instead through a
/// <see cref="FileStream"/> over file descriptor 1, where the failed write (EPIPE) surfaces; to a terminal, a file or a
/// device nothing changes. A command whose results are its output calls <see cref="StopWhenReaderGone"/>: the next
/// write then throws <see cref="OutputClosedException"/>, which <see cref="CliRunner"/> turns into a quiet exit 0 (a
/// reader that stops early, as <c>head</c> does, is no error). Other commands (<c>train</c>, <c>tune</c>, whose products
/// are files) keep .NET's behaviour: what they print to a gone reader is dropped and they finish their work.
/// Started with standard output closed (<c>&gt;&amp;-</c>, see <see cref="ClosedAtStart"/>), what would go there is dropped,
/// and <c>Program</c> refuses the commands whose results go there (<see cref="WasClosedFor"/>).
/// Not thread-safe to set up: <see cref="Install"/> and <see cref="StopWhenReaderGone"/> run once, before any output.
/// Limits: on Windows nothing changes (the console stream there drops the output too); a pipe set non-blocking by the
/// process that made it would fail a write with EAGAIN, which the console stream waits out (shells make blocking pipes).
/// </summary>
internal static class StandardOutput
{
    private const int BrokenPipe = 32; // EPIPE on Linux and macOS

    private static volatile bool _stop;

    /// <summary>The commands whose products are files: what they print to standard output is progress and a summary.</summary>
    private static readonly HashSet<string> FileProducts = new(StringComparer.Ordinal) { "train", "tune", "benchmark" };

    /// <summary>
    /// The name of the command <paramref name="parse"/> runs when standard output was closed at start and that command writes
    /// its results there (every command but <c>train</c>, <c>tune</c> and <c>benchmark</c>); null otherwise, and for help.
    /// </summary>
    public static string? WasClosedFor(System.CommandLine.ParseResult parse) =>
        ClosedAtStart.Output && parse.CommandResult.Command is { Action: { } action } command && ReferenceEquals(parse.Action, action)
            && command.Parents.Any() && !FileProducts.Contains(command.Name)
            ? command.Name
            : null;

    /// <summary>
    /// Routes <see cref="Console.Out"/> through a stream that sees a gone reader, when standard output is a pipe; to nowhere
    /// when it was closed at start.
    /// </summary>
    public static void Install()
    {
        if (ClosedAtStart.Output)
        {
            Console.SetOut(TextWriter.Null);
            return;
        }

        if (Open() is GuardedStream stream)
        {
            // UTF-8 without a byte-order mark, as predict's results have always been written.
            Console.SetOut(new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true });
        }
    }

    /// <summary>From now on, a write to a pipe whose reader has gone throws <see cref="OutputClosedException"/>.</summary>
    public static void StopWhenReaderGone() => _stop = true;

    /// <summary>
    /// A new stream over standard output (disposing it leaves standard output open): over file descriptor 1 when that is a
    /// pipe or socket on Unix, else .NET's console stream; <see cref="Stream.Null"/> when standard output was closed at start.
    /// </summary>
    public static Stream Open()
    {
        if (ClosedAtStart.Output)
        {
            return Stream.Null;
        }

        if (OperatingSystem.IsWindows() || !Console.IsOutputRedirected)
        {
            return Console.OpenStandardOutput();
        }

        FileStream? file = null;
        try
        {
            file = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!file.CanSeek)
            {
                return new GuardedStream(file, () => _stop);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Not a handle a FileStream takes: the console stream writes to it as before.
        }

        // A file or a device (/dev/null): no reader to lose, and a FileStream would keep a file offset of its own.
        file?.Dispose();
        return Console.OpenStandardOutput();
    }

    /// <summary>
    /// Writes to a pipe; once its reader has gone (EPIPE), every write throws <see cref="OutputClosedException"/> when
    /// <paramref name="stop"/> says so, else is dropped as .NET's console stream drops it. Not thread-safe.
    /// </summary>
    internal sealed class GuardedStream(FileStream inner, Func<bool> stop) : WriteOnlyStream(inner)
    {
        private bool _gone;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (!_gone)
            {
                try
                {
                    Inner.Write(buffer);
                    return;
                }
                catch (IOException ex) when (ex.HResult == BrokenPipe)
                {
                    _gone = true;
                }
            }

            if (stop())
            {
                throw new OutputClosedException();
            }
        }

        public override void Flush()
        {
            if (_gone && stop())
            {
                throw new OutputClosedException();
            }
        }
    }
}

/// <summary>Standard output's reader has gone (a pipe closed early, as by <c>head</c>): stop, print nothing more, exit 0.</summary>
internal sealed class OutputClosedException() : IOException("standard output was closed by its reader");
