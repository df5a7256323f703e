namespace Classifier.Training.Cli;

/// <summary>
/// Standard input, or a clear error when the process was started with it closed (see <see cref="ClosedAtStart"/>): a read
/// of "standard input" would wait for ever on the runtime's signal pipe, and take the bytes that carry Ctrl+C to the
/// runtime. Thread-safe.
/// </summary>
internal static class StandardInput
{
    /// <summary>A stream over standard input; <see cref="UsageException"/> when it was closed, naming what to give instead.</summary>
    public static Stream Open(string instead) =>
        ClosedAtStart.Input ? throw new UsageException($"standard input is closed; {instead}") : Console.OpenStandardInput();
}
