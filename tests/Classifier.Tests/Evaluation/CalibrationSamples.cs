using Classifier.Training.Evaluation;

namespace Classifier.Tests.Evaluation;

/// <summary>Scored rows with known calibration, shared by the calibration and benchmark-report tests.</summary>
internal static class CalibrationSamples
{
    /// <summary>Ten rows predicted "a": four at 0.9 (two right), six at 0.6 (five right). Accuracy 0.7, mean confidence 0.72.</summary>
    public static (string[] Gold, RowPrediction[] Scored) TwoBins() =>
        (["a", "a", "b", "b", "a", "a", "a", "a", "a", "b"],
         Enumerable.Range(0, 10).Select(i => i < 4 ? Row("a", 0.9, "b") : Row("a", 0.6, "b")).ToArray());

    /// <summary>A two-label prediction: <paramref name="label"/> with <paramref name="p"/>, <paramref name="other"/> with the rest.</summary>
    public static RowPrediction Row(string label, double p, string other) =>
        new(label, new Dictionary<string, double> { [label] = p, [other] = 1 - p });
}
