using Classifier.Model;

namespace Classifier.Training.Cli;

/// <summary>
/// The check <c>predict</c>, <c>explain</c>, <c>analyze</c> and <c>uncertain</c> make of the targets given as options once the stance model
/// is loaded: a target the model's alias table does not know that is only function words ("the", "will") would be found
/// in every text that uses them (<see cref="ModelScorer.FunctionWordsProblem"/>), so it is a usage error, said once,
/// not a wrong answer for every row.
/// </summary>
internal static class FoundTargets
{
    /// <summary>Throws a usage error naming <paramref name="option"/> for the first of <paramref name="targets"/> the model would find in every text.</summary>
    /// <exception cref="UsageException">A target is only function words the model would find in every text.</exception>
    public static void Check(ModelScorer scorer, string option, IEnumerable<string?> targets)
    {
        if (targets.OfType<string>().Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => scorer.FunctionWordsProblem(t)).FirstOrDefault(p => p is not null) is { } problem)
        {
            throw new UsageException($"{option}: {problem}");
        }
    }
}
