using System.Collections.ObjectModel;
using Classifier.Model;

namespace Classifier.Articles;

/// <summary>
/// The checks of the public records' values (the article records, the data rows and errors, the manifest), shared by their constructors and their <c>init</c> accessors (so that a
/// <see langword="with"/> expression is checked too). Each is O(n) in the collection it checks, and each collection is
/// copied into a read-only one, so that a caller's list changed later cannot change a record.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class RecordRules
{
    public static int NotNegative(int value, string parameter) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} is {value}; it must be 0 or more.");

    public static int AtLeastOne(int value, string parameter) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(parameter, value, $"{parameter} is {value}; it must be 1 or more.");

    /// <summary>A text that is not null, empty or white space; <paramref name="what"/> says what it holds ("the sentence").</summary>
    public static string NotBlank(string value, string parameter, string what) =>
        !string.IsNullOrWhiteSpace(NotNull(value, parameter)) ? value
            : throw new ArgumentException($"{parameter} is empty or white space; it must be {what}.", parameter);

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
        return i < 0 ? Array.AsReadOnly(copy) : throw new ArgumentException($"{ArgumentMessages.Element(parameter, i)} is null; give no null elements.", parameter);
    }

    /// <summary><paramref name="value"/> itself (not copied), which must not be null nor hold a null element.</summary>
    public static IReadOnlyList<T> NoNulls<T>(IReadOnlyList<T> value, string parameter)
        where T : class
    {
        for (var i = 0; i < NotNull(value, parameter).Count; i++)
        {
            if (value[i] is null)
            {
                throw new ArgumentException($"{ArgumentMessages.Element(parameter, i)} is null; give no null elements.", parameter);
            }
        }

        return value;
    }

    /// <summary><paramref name="value"/> itself (not copied), which must not be null nor map a key to null.</summary>
    public static IReadOnlyDictionary<string, TValue> NoNullValues<TValue>(IReadOnlyDictionary<string, TValue> value, string parameter)
        where TValue : class
    {
        foreach (var (key, item) in NotNull(value, parameter))
        {
            if (item is null)
            {
                throw new ArgumentException($"{parameter}['{key}'] is null; give no null values.", parameter);
            }
        }

        return value;
    }

    /// <summary><paramref name="value"/> itself (not copied): names by target (an alias or representatives table), no list nor name null.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NameTable(IReadOnlyDictionary<string, IReadOnlyList<string>> value, string parameter)
    {
        foreach (var (key, names) in NoNullValues(value, parameter))
        {
            var i = names.ToList().IndexOf(null!);
            if (i >= 0)
            {
                throw new ArgumentException($"{parameter}['{key}'][{i}] (0-based) is null; give no null names.", parameter);
            }
        }

        return value;
    }

    /// <summary><paramref name="value"/> itself (not copied): counts by name, none below 0.</summary>
    public static IReadOnlyDictionary<string, int> NotNegativeCounts(IReadOnlyDictionary<string, int> value, string parameter)
    {
        foreach (var (key, count) in NotNull(value, parameter))
        {
            if (count < 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"{parameter}['{key}'] is {count}; a count is 0 or more."), parameter);
            }
        }

        return value;
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
