using System.Globalization;
using System.Text.RegularExpressions;

namespace Classifier.Training.Benchmarks;

/// <summary>One line of the scikit-learn anchor script's output: its metric (as a fraction), accuracy and training seconds.</summary>
internal sealed record SklearnResult(string Metric, double Value, double Accuracy, double TrainSeconds);

/// <summary>Reads the output of <c>../shared/tools/sklearn_baselines.py</c> (lines like <c>sst2 svm   F1m= 82.86 acc= 82.87 train_s= 1.58 ...</c>).</summary>
internal static partial class SklearnLog
{
    public static Dictionary<string, SklearnResult> Parse(IEnumerable<string> lines)
    {
        var results = new Dictionary<string, SklearnResult>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var m = Line().Match(line);
            if (m.Success)
            {
                results[m.Groups["name"].Value.Trim()] = new SklearnResult(m.Groups["metric"].Value, Number(m, "value") / 100,
                    Number(m, "acc") / 100, Number(m, "train"));
            }
        }

        return results;
    }

    private static double Number(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<name>.+?)\s+(?<metric>F1m|Favg)=\s*(?<value>[\d.]+)\s+acc=\s*(?<acc>[\d.]+)\s+train_s=\s*(?<train>[\d.]+)")]
    private static partial Regex Line();
}
