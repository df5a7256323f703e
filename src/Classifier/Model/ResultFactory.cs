namespace Classifier.Model;

/// <summary>Builds immutable results from probability arrays, and states what makes a result valid.</summary>
internal static class ResultFactory
{
    public static int ArgMax(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    public static StanceResult Stance(string target, string[] labels, ReadOnlySpan<double> probabilities)
    {
        var best = ArgMax(probabilities);
        return StanceResult.Scored(target, labels[best], probabilities[best], new LabelProbabilities(labels, probabilities));
    }

    public static SentimentResult Sentiment(string[] labels, ReadOnlySpan<double> probabilities)
    {
        var best = ArgMax(probabilities);
        return SentimentResult.Scored(labels[best], probabilities[best], new LabelProbabilities(labels, probabilities));
    }

    /// <summary>
    /// What is wrong with a result of the caller's making or read from JSON, as a sentence with the parameter it concerns;
    /// null when it is a result a model could give: <paramref name="label"/> is one of the probabilities' labels, the
    /// most probable (ties allowed), and <paramref name="confidence"/> is exactly its probability.
    /// </summary>
    public static (string Message, string Parameter)? Problem(string label, double confidence, LabelProbabilities probabilities)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return ("Label is empty or white space; it must be one of the probabilities' labels.", "Label");
        }

        if (!probabilities.TryGetValue(label, out var p))
        {
            return ($"Label '{label}' is not one of the probabilities' labels ({string.Join(", ", probabilities.Keys)}).", "Label");
        }

        if (!confidence.Equals(p))
        {
            return (FormattableString.Invariant($"Confidence is {confidence}, but the probability of '{label}' is {p}; a result's confidence is its label's probability."), "Confidence");
        }

        return probabilities.FirstOrDefault(kv => kv.Value > p) is { Key: not null } more
            ? (FormattableString.Invariant($"Label '{label}' ({p}) is less probable than '{more.Key}' ({more.Value}); a result's label is its most probable one."), "Label")
            : null;
    }

    /// <summary>A result's label set by an <c>init</c> accessor (a <see langword="with"/> expression): not null, empty or white space.</summary>
    public static string CheckLabel(string value) => value is null ? throw new ArgumentNullException("Label")
        : string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Label is empty or white space; it must be one of the probabilities' labels.", "Label")
        : value;

    /// <summary>A result's probabilities, given to its constructor or set by an <c>init</c> accessor: not null (said as null, not as missing).</summary>
    public static LabelProbabilities CheckProbabilities(LabelProbabilities value) =>
        value ?? throw new ArgumentNullException("Probabilities", "Probabilities is null; give the probability of every label.");

    /// <summary>
    /// What is wrong with a result's probabilities for its task: a label that is not one of the task's
    /// (<see cref="TaskLabels.For"/>), as a stance label in a <see cref="SentimentResult"/>; null when every label is the
    /// task's. A model may have fewer (a two-label sentiment model), never others.
    /// </summary>
    public static string? LabelsProblem(LabelProbabilities probabilities, ClassifierTask task)
    {
        var labels = TaskLabels.For(task);
        foreach (var label in probabilities.Keys)
        {
            if (!labels.Contains(label))
            {
                var type = task == ClassifierTask.Stance ? nameof(StanceResult) : nameof(SentimentResult);
                return $"'{label}' is not a {TaskLabels.Name(task)} label ({string.Join(", ", labels)}); a {type} holds the probabilities of {TaskLabels.Name(task)} labels.";
            }
        }

        return null;
    }

    /// <summary><see cref="CheckProbabilities(LabelProbabilities)"/>, and every label the task's (<see cref="LabelsProblem"/>).</summary>
    public static LabelProbabilities CheckProbabilities(LabelProbabilities value, ClassifierTask task) =>
        LabelsProblem(CheckProbabilities(value), task) is { } problem ? throw new ArgumentException(problem, "Probabilities") : value;

    /// <summary>A result's confidence set by an <c>init</c> accessor (a <see langword="with"/> expression): a probability, from 0 to 1.</summary>
    public static double CheckConfidence(double value) => value is >= 0 and <= 1 ? value
        : throw new ArgumentOutOfRangeException("Confidence", value, FormattableString.Invariant($"Confidence is {value}; a probability is a number from 0 to 1."));

    /// <summary>What is wrong with a stance result's target (<see cref="StanceClassifier.MaxTargetLength"/>); null when nothing is.</summary>
    public static string? TargetProblem(string target) =>
        string.IsNullOrWhiteSpace(target) ? "Target is empty or white space; a result's target is a name."
        : target.Length > StanceClassifier.MaxTargetLength
            ? FormattableString.Invariant($"Target is {target.Length:N0} characters long, more than the {StanceClassifier.MaxTargetLength} a target may have (StanceClassifier.MaxTargetLength).")
            : null;
}
