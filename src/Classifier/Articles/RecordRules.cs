using System.Collections.ObjectModel;
using Classifier.Model;

namespace Classifier.Articles;

/// <summary>
/// The checks of the article records' values, shared by their constructors and their <c>init</c> accessors (so that a
/// <see langword="with"/> expression is checked too). Each is O(n) in the collection it checks, and each collection is
/// copied into a read-only one, so that a caller's list changed later cannot change a record.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class RecordRules
{
    public static int NotNegative(int value, string parameter) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} is {value}; it must be 0 or more.");

    public static T NotNull<T>(T? value, string parameter)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter, $"{parameter} is null.");

    /// <summary>A target as <see cref="StanceClassifier"/> takes one: not null, empty or white space, nor longer than <see cref="StanceClassifier.MaxTargetLength"/>.</summary>
    public static string Target(string value, string parameter) =>
        ResultFactory.TargetProblem(NotNull(value, parameter)) is { } problem
            ? throw new ArgumentException(problem.Replace("Target is", $"{parameter} is", StringComparison.Ordinal), parameter)
            : value;

    /// <summary>One of <paramref name="labels"/>.</summary>
    public static string Label(string value, IReadOnlyList<string> labels, string parameter) =>
        labels.Contains(NotNull(value, parameter))
            ? value
            : throw new ArgumentException($"{parameter} is '{value}'; it must be one of: {string.Join(", ", labels)}.", parameter);

    /// <summary>A read-only copy of <paramref name="value"/>, which must not be null nor hold a null element.</summary>
    public static ReadOnlyCollection<T> List<T>(IReadOnlyList<T> value, string parameter)
        where T : class
    {
        var copy = NotNull(value, parameter).ToArray();
        var i = Array.IndexOf(copy, null);
        return i < 0 ? Array.AsReadOnly(copy) : throw new ArgumentException($"{parameter}[{i}] is null; give no null elements.", parameter);
    }

    /// <summary>A read-only copy of counts keyed by <paramref name="labels"/>, none below 0.</summary>
    public static ReadOnlyDictionary<string, int> Counts(IReadOnlyDictionary<string, int> value, IReadOnlyList<string> labels, string parameter) =>
        Copy(value, labels, parameter, count => count >= 0, "a count is 0 or more");

    /// <summary>A read-only copy of mean probabilities keyed by <paramref name="labels"/>, each from 0 to 1.</summary>
    public static ReadOnlyDictionary<string, double> Means(IReadOnlyDictionary<string, double> value, IReadOnlyList<string> labels, string parameter) =>
        Copy(value, labels, parameter, mean => mean is >= 0 and <= 1, "a mean probability is a number from 0 to 1");

    /// <summary>
    /// Refuses <paramref name="overall"/> when <paramref name="means"/> has a label with a higher mean: the overall label
    /// is the one with the highest mean (ties allowed), as <see cref="ArticleAnalyzer"/> picks it.
    /// </summary>
    public static void Highest(string overall, IReadOnlyDictionary<string, double> means, string parameter)
    {
        var mean = means.TryGetValue(overall, out var m) ? m : double.NaN;
        foreach (var (label, other) in means)
        {
            if (double.IsNaN(mean) || other > mean)
            {
                throw new ArgumentException(double.IsNaN(mean)
                    ? $"{parameter} is '{overall}', which has no mean probability; it must be the label with the highest mean."
                    : FormattableString.Invariant($"{parameter} is '{overall}' (mean {mean}), but '{label}' has a higher mean ({other}); it must be the label with the highest mean."),
                    parameter);
            }
        }
    }

    private static ReadOnlyDictionary<string, TValue> Copy<TValue>(IReadOnlyDictionary<string, TValue> value, IReadOnlyList<string> labels,
        string parameter, Func<TValue, bool> valid, string rule)
    {
        var copy = new Dictionary<string, TValue>(NotNull(value, parameter).Count, StringComparer.Ordinal);
        foreach (var (label, number) in value)
        {
            if (label is null || !labels.Contains(label))
            {
                throw new ArgumentException($"{parameter} has the key '{label ?? "null"}'; its keys must be labels: {string.Join(", ", labels)}.", parameter);
            }

            if (!valid(number))
            {
                throw new ArgumentException(FormattableString.Invariant($"{parameter}['{label}'] is {number}; {rule}."), parameter);
            }

            copy.Add(label, number);
        }

        return copy.AsReadOnly();
    }
}
