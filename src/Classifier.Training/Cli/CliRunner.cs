using System.CommandLine;
using Classifier.Data;

namespace Classifier.Training.Cli;

/// <summary>Exit codes of the CLI.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int BadFile = 2;
    public const int Internal = 3;
    public const int Cancelled = 130;
}

/// <summary>Runs a command's body and maps failures to exit codes and one-line messages on stderr.</summary>
internal static class CliRunner
{
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Print stack traces of errors.",
        Recursive = true,
    };

    /// <summary>
    /// Runs a command whose work watches <paramref name="cancellation"/> (Ctrl+C, see <see cref="Interrupt"/>): stopped, it
    /// says "cancelled: " and <paramref name="cancelledNote"/> on stderr and exits 130.
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parse, Func<CancellationToken, Task<int>> body, CancellationToken cancellation,
        string cancelledNote = "nothing was written")
    {
        var verbose = parse.GetValue(Verbose);
        try
        {
            return await body(cancellation);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Work done in parallel wraps the real error; report that one.
            return Handle(ex.Flatten().InnerExceptions[0], verbose, cancellation, cancelledNote);
        }
        catch (Exception ex)
        {
            return Handle(ex, verbose, cancellation, cancelledNote);
        }
    }

    /// <summary>
    /// Runs a command whose work does not stop part-way (it reads, scores or explains to the end): Ctrl+C ends the process at
    /// once, exit 130, as it would with no handler.
    /// </summary>
    public static Task<int> RunToEndAsync(ParseResult parse, Func<Task<int>> body)
    {
        Interrupt.StopAtOnce();
        return RunAsync(parse, _ => body(), CancellationToken.None);
    }

    private static int Handle(Exception exception, bool verbose, CancellationToken cancellation, string cancelledNote)
    {
        try
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
            return ExitCodes.Internal;
        }
        catch (OutputClosedException)
        {
            // The reader of standard output stopped early (`| head`): it has all it wanted; not an error, nothing to say.
            return ExitCodes.Success;
        }
        catch (DataFileException ex)
        {
            foreach (var error in ex.Errors)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            if (ex.TotalErrors > ex.Errors.Count)
            {
                Console.Error.WriteLine($"error: ... and {ex.TotalErrors - ex.Errors.Count} more problems");
            }

            return Fail(ex, verbose, ExitCodes.BadFile, printed: true);
        }
        catch (ModelFileException ex)
        {
            return Fail(ex, verbose, ExitCodes.BadFile);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine($"cancelled: {cancelledNote}");
            return ExitCodes.Cancelled;
        }
        catch (UsageException ex)
        {
            return Fail(ex, verbose, ExitCodes.Usage);
        }
        catch (IOException ex) when (DiskFull.Is(ex))
        {
            // The machine's error, not the CLI's: no "internal error", and the file as the user named it. Still exit 3.
            Console.Error.WriteLine($"error: {DiskFull.Describe(ex)}");
            return Fail(ex, verbose, ExitCodes.Internal, printed: true);
        }
        catch (ArgumentException ex)
        {
            return Fail(ex, verbose, ExitCodes.Usage);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"internal error: {ex.GetType().Name}: {ex.Message}");
            return Fail(ex, verbose, ExitCodes.Internal, printed: true);
        }
    }

    private static int Fail(Exception ex, bool verbose, int code, bool printed = false)
    {
        if (!printed)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
        }

        if (verbose)
        {
            Console.Error.WriteLine(ex.ToString());
        }

        return code;
    }
}

/// <summary>A command-line mistake the parser cannot catch (for example a conflicting pair of options).</summary>
internal sealed class UsageException(string message) : Exception(message);
