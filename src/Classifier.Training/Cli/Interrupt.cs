using System.Runtime.InteropServices;

namespace Classifier.Training.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM for the CLI. The first one cancels <see cref="Token"/>: a command whose work watches it
/// (<see cref="CliRunner.RunAsync"/>) stops at the end of the step under way (a trainer's iteration, a fold, a chunk of
/// input), says so on stderr, and exits 130 (<see cref="ExitCodes.Cancelled"/>); <c>tune</c> keeps the best settings
/// found so far. A second one stops the process at once, as if nothing were registered, and so does the first once
/// <see cref="StopAtOnce"/> has been called (a command that does not stop part-way, or one waiting on a pipe).
/// </summary>
/// <remarks>
/// System.CommandLine 2.0.0 turns such signals into its cancellation token only when
/// <c>InvocationConfiguration.ProcessTerminationTimeout</c> is set, and its default there is null (dotnet/command-line-api
/// #2739), so until this class the runtime ended the process at the first Ctrl+C and no command's cancellation path ran.
/// Not thread-safe to set up: <see cref="Install"/> runs once, before any command; the handlers themselves may run on
/// any thread.
/// </remarks>
internal sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;

    private Interrupt()
    {
        _registrations = OperatingSystem.IsBrowser() || OperatingSystem.IsAndroid() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS()
            ? []
            : [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled by the first Ctrl+C or SIGTERM.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Starts watching for Ctrl+C and SIGTERM; dispose to stop.</summary>
    public static Interrupt Install() => new();

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    /// <summary>
    /// From now on, the first signal ends the process at once: the command under way does not watch <see cref="Token"/>
    /// (<see cref="CliRunner.RunToEndAsync"/>), so waiting for it to stop would only make Ctrl+C look broken.
    /// </summary>
    public static void StopAtOnce() => _atOnce = true;

    /// <summary>
    /// Before a command reads <paramref name="input"/> item by item: when it cannot seek (standard input, a pipe, a FIFO),
    /// a read may wait for input that never comes, where no cancellation is seen, so Ctrl+C ends the process at once
    /// (<see cref="StopAtOnce"/>); a regular file is read to its end without waiting, and Ctrl+C stops after the step under way.
    /// </summary>
    public static void StopAtOnceIfBlocking(Stream input)
    {
        if (!input.CanSeek)
        {
            StopAtOnce();
        }
    }

    private static volatile bool _atOnce;

    private void OnSignal(PosixSignalContext context)
    {
        if (_atOnce || Interlocked.Increment(ref _signals) > 1)
        {
            // The second signal, or the first for a command that does not stop part-way: the default action, which ends the process now (exit 130 for SIGINT, 143 for SIGTERM).
            context.Cancel = false;
            return;
        }

        context.Cancel = true;
        Console.Error.WriteLine(context.Signal == PosixSignal.SIGINT
            ? "stopping after the step under way (Ctrl+C again to stop at once)"
            : "stopping after the step under way (SIGTERM again to stop at once)");
        _source.Cancel();
    }
}
