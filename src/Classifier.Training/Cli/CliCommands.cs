using System.CommandLine;
using Classifier.Training.Commands;

namespace Classifier.Training.Cli;

/// <summary>The training CLI's commands, in the order its help lists them: what the program runs and the tests read.</summary>
/// <threadsafety>Stateless; each call builds new commands.</threadsafety>
internal static class CliCommands
{
    /// <summary>A new instance of each command.</summary>
    public static Command[] Create() =>
    [
        TrainCommand.Create(), EvaluateCommand.Create(), CompareCommand.Create(), PredictCommand.Create(), ValidateDataCommand.Create(),
        CrossValidateCommand.Create(), TuneCommand.Create(), AuditCommand.Create(), BenchmarkCommand.Create(), AnalyzeCommand.Create(),
        ExplainCommand.Create(), UncertainCommand.Create(),
    ];
}
