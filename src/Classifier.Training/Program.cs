using System.CommandLine;
using System.Globalization;
using Classifier.Training.Cli;
using Classifier.Training.Commands;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
StandardOutput.Install();
StandardError.Install();

var root = new RootCommand("Train, evaluate and use Classifier models (sentiment and stance of news sentences).");
root.Options.Add(CliRunner.Verbose);
foreach (var subcommand in CliCommands.Create())
{
    root.Subcommands.Add(subcommand);
}

var parsed = root.Parse(args);
string HelpPointer() => string.Join(' ', parsed.CommandResult.Command.Name is var name && name != root.Name ? ["Classifier.Training", name] : ["Classifier.Training"]);
if (UnknownOptions.Check(parsed) is { } unknown)
{
    // Before the parser's own errors: a mistyped option is the likelier mistake, and its name is the better message.
    Console.Error.WriteLine($"error: {unknown}");
    Console.Error.WriteLine($"Run '{HelpPointer()} --help' for the options.");
    return ExitCodes.Usage;
}

if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction)
{
    // A usage error: its message on stderr, as "error: ..." like every other usage error, and a one-line pointer to the
    // help, not the whole help on stdout, where it would run into whatever reads the output (jq, a TSV reader).
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {ParseErrors.Describe(error)}");
    }

    Console.Error.WriteLine($"Run '{HelpPointer()} --help' for the options.");
    return ExitCodes.Usage;
}

if (parsed.Action is not System.CommandLine.Help.HelpAction && EmptyPaths.Check(parsed) is { } empty)
{
    // "--data ''" (an unset variable in a script): named here, not by .NET's "(Parameter 'path')" once the command runs.
    Console.Error.WriteLine($"error: {empty}");
    Console.Error.WriteLine($"Run '{HelpPointer()} --help' for the options.");
    return ExitCodes.Usage;
}

if (parsed.Action is not System.CommandLine.Help.HelpAction && NullCharacterPaths.Check(parsed) is { } nul)
{
    // "--model 'mod\0el.zip'" from a response file: the option named, not "cannot be read: Null character in path." (exit 2).
    Console.Error.WriteLine($"error: {nul}");
    Console.Error.WriteLine($"Run '{HelpPointer()} --help' for the options.");
    return ExitCodes.Usage;
}

if (StandardOutput.WasClosedFor(parsed) is { } command)
{
    // Started with `>&-`: the results would go nowhere (see ClosedAtStart).
    Console.Error.WriteLine($"error: standard output is closed, and {command} writes its results there; redirect it to a file (> results.txt) or to /dev/null");
    return ExitCodes.Usage;
}

// Ctrl+C cancels the command's token instead of ending the process at once (see Interrupt); System.CommandLine's own
// handling stays off, as its 2.0.0 default leaves it.
using var interrupt = Interrupt.Install();
return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, interrupt.Token);
