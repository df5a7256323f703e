using Spectre.Console;

namespace Classifier.Training.Cli;

/// <summary>Consoles for output: colours and live progress only when a person is watching.</summary>
internal static class Terminal
{
    /// <summary>
    /// Standard output; plain text (no ANSI codes) when redirected to a file or pipe, with no line ending in the spaces
    /// that pad a table to its laid-out width.
    /// </summary>
    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>Standard error, for progress; plain text when redirected.</summary>
    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(redirected ? new TrimmingWriter(writer) : writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            // A file or pipe has no width: use $COLUMNS when set, else 240, rather than the 80 columns Spectre assumes.
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 40 ? columns : 240;
        }

        return console;
    }
}
