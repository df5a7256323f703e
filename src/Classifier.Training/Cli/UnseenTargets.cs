using Classifier.Model;

namespace Classifier.Training.Cli;

/// <summary>
/// The note <c>predict</c> and <c>analyze</c> print on stderr for targets a stance model never trained on
/// (<see cref="TrainingDataInfo.Targets"/>): the stance toward them is read less accurately, and the user should know.
/// </summary>
internal static class UnseenTargets
{
    /// <summary>Writes one line naming each of <paramref name="targets"/> the model never trained on; nothing if it trained on all, or records none.</summary>
    public static void Note(ModelScorer scorer, IEnumerable<string?> targets)
    {
        if (!scorer.IsStance || !scorer.RecordsTrainingTargets)
        {
            return;
        }

        var unseen = targets.OfType<string>().Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())
            .Where(t => scorer.TrainingRows(t) == 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unseen.Count == 0)
        {
            return;
        }

        Console.Error.WriteLine($"note: the model never trained on {string.Join(", ", unseen.Select(t => $"'{t}'"))}: its stance toward " +
            $"{(unseen.Count == 1 ? "it" : "them")} is read from how the target is mentioned and what is said around it, less accurately " +
            "than toward a target it trained on (models/README.md)");
    }
}
