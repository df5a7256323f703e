namespace Classifier.Fuzz;

/// <summary>Invariant checks; a failure throws, which afl-fuzz records as a crash.</summary>
internal static class Check
{
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvariantException(what);
        }
    }

    public static void Result(IReadOnlyList<string> labels, string label, IReadOnlyDictionary<string, double> probabilities)
    {
        That(probabilities.Count == labels.Count && labels.All(probabilities.ContainsKey), "probabilities not keyed by the model's labels");
        That(probabilities.Values.All(p => double.IsFinite(p) && p is >= 0 and <= 1), "a probability outside [0, 1]");
        That(Math.Abs(probabilities.Values.Sum() - 1) <= 1e-5, $"probabilities sum to {probabilities.Values.Sum()}");
        That(probabilities[label] >= probabilities.Values.Max() - 1e-12, "label is not the argmax");
    }

    public static void Span(int start, int length, int textLength) =>
        That(start >= 0 && length >= 0 && start + length <= textLength, $"span {start}+{length} outside a text of {textLength}");

    public static void Throws<T>(Action action, string what)
        where T : Exception
    {
        try
        {
            action();
        }
        catch (T)
        {
            return;
        }

        throw new InvariantException($"{what} was accepted");
    }
}

/// <summary>A broken promise found by the fuzzer.</summary>
internal sealed class InvariantException(string message) : Exception(message);
