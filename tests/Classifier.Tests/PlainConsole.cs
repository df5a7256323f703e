using Spectre.Console;

namespace Classifier.Tests;

/// <summary>A Spectre console of a given width writing plain text (no colours, no ANSI codes) to a string, as the CLI writes to a redirected stream.</summary>
internal static class PlainConsole
{
    /// <summary>What <paramref name="write"/> writes to a plain console <paramref name="width"/> columns wide, each line without its trailing spaces, lines joined by "\n".</summary>
    public static string Render(int width, Action<IAnsiConsole> write)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        write(console);
        return string.Join("\n", writer.ToString().Split('\n').Select(line => line.TrimEnd()));
    }
}
