using System.Text;

namespace Classifier.Training.Cli;

/// <summary>
/// Standard error that cannot stop a command. Progress, warnings and error messages go there; when it cannot be written
/// (closed, <c>2&gt;&amp;-</c>; a log file on a full disk, <c>2&gt;train.log</c>; a device that refuses writes) .NET's console
/// stream throws, and a message about that failure, written to the same stream, threw again past every handler: the
/// runtime aborted (exit 134) and <c>train</c> wrote no model, because its first progress line could not be shown.
/// What cannot be written to standard error is now dropped, as .NET already drops it when the reader of a pipe has
/// gone; the exit code still tells how the command ended. Started with standard error closed (see
/// <see cref="ClosedAtStart"/>), nothing is written to descriptor 2, which may then be the runtime's own signal pipe.
/// Not thread-safe to set up: <see cref="Install"/> runs once,
/// before any output.
/// </summary>
internal static class StandardError
{
    /// <summary>Routes <see cref="Console.Error"/> through a stream that drops the writes that fail.</summary>
    public static void Install()
    {
        if (ClosedAtStart.Error)
        {
            Console.SetError(TextWriter.Null);
            return;
        }

        // The console's encoding (it writes no byte-order mark), as Console.Error has always used.
        var encoding = Console.Error.Encoding;
        Console.SetError(new StreamWriter(new DroppingStream(Console.OpenStandardError()), encoding) { AutoFlush = true });
    }

    /// <summary>Writes to <paramref name="inner"/>, dropping a write that fails with an I/O or access error.</summary>
    internal sealed class DroppingStream(Stream inner) : WriteOnlyStream(inner)
    {
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                Inner.Write(buffer);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // ENOSPC, EIO, or EBADF (which .NET reports as UnauthorizedAccessException): nowhere to say so.
            }
        }

        public override void Flush()
        {
            try
            {
                Inner.Flush();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // As Write.
            }
        }
    }
}
