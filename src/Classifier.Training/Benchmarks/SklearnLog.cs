using System.Globalization;
using System.Text.RegularExpressions;

namespace Classifier.Training.Benchmarks;

/// <summary>One line of the scikit-learn anchor script's output: its metric (as a fraction), accuracy and training seconds.</summary>
internal sealed record SklearnResult(string Metric, double Value, double Accuracy, double TrainSeconds)
{
    /// <summary>How many lines named this set (runs of the script); <see cref="TrainSeconds"/> is the shortest of them.</summary>
    public int Runs { get; init; } = 1;
}

/// <summary>
/// Reads the output of <c>../shared/tools/sklearn_baselines.py</c> (lines like <c>sst2 svm   F1m= 82.86 acc= 82.87 train_s= 1.58 ...</c>).
/// A set the output names more than once (the script run several times) keeps its shortest training time, as ours keeps
/// the shortest of its timed runs: the least disturbed measurement of each.
/// </summary>
internal static partial class SklearnLog
{
    /// <summary>
    /// The results in the <c>--sklearn</c> files; a file that is not there (a shell glob that matched nothing is passed on
    /// as written) is skipped with one line on <paramref name="notes"/> naming it, as absent data sets are.
    /// </summary>
    /// <param name="paths">The files given.</param>
    /// <param name="notes">Where to say what was skipped (standard error).</param>
    public static Dictionary<string, SklearnResult> Read(IEnumerable<string> paths, TextWriter notes)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.Add(path);
            }
            else
            {
                notes.WriteLine($"note: --sklearn {path} not found: skipped; the scikit-learn figures it would give say 'not run'");
            }
        }

        return Parse(found.SelectMany(File.ReadLines));
    }

    /// <summary>The results in the lines of the script's output.</summary>
    /// <param name="lines">The lines; those that are not results are ignored.</param>
    public static Dictionary<string, SklearnResult> Parse(IEnumerable<string> lines)
    {
        var results = new Dictionary<string, SklearnResult>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var m = Line().Match(line);
            if (m.Success)
            {
                var name = m.Groups["name"].Value.Trim();
                var result = new SklearnResult(m.Groups["metric"].Value, Number(m, "value") / 100, Number(m, "acc") / 100, Number(m, "train"));
                if (results.TryGetValue(name, out var earlier))
                {
                    result = (earlier.TrainSeconds <= result.TrainSeconds ? earlier : result) with { Runs = earlier.Runs + 1 };
                }

                results[name] = result;
            }
        }

        return results;
    }

    private static double Number(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<name>.+?)\s+(?<metric>F1m|Favg)=\s*(?<value>[\d.]+)\s+acc=\s*(?<acc>[\d.]+)\s+train_s=\s*(?<train>[\d.]+)")]
    private static partial Regex Line();
}
