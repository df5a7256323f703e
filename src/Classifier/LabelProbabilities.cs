using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Classifier.Serialization;

namespace Classifier;

/// <summary>
/// Probabilities keyed by label name, in the model's label order; they sum to 1 (within <see cref="SumTolerance"/> for
/// ones of a caller's making or read from JSON).
/// A compact read-only dictionary: the labels are shared with the model, only the numbers are per result,
/// held in the object itself (every task has at most three labels), so a prediction allocates no array.
/// System.Text.Json writes it as an object of label and probability, and reads it back checked as the public constructor
/// checks it (<see cref="LabelProbabilitiesJsonConverter"/>).
/// </summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(LabelProbabilitiesJsonConverter))]
public sealed class LabelProbabilities : IReadOnlyDictionary<string, double>, IEquatable<LabelProbabilities>
{
    /// <summary>The most labels a set of probabilities may have: every task has three.</summary>
    public const int MaxLabels = 3;

    /// <summary>
    /// How far from 1 the probabilities given to the public constructor (or read from JSON) may sum: 0.01, so that
    /// probabilities written to three decimals pass. They are kept as given, not rescaled to sum to exactly 1.
    /// </summary>
    public const double SumTolerance = 0.01;

    private readonly string[] _labels;
    private readonly double _p0;
    private readonly double _p1;
    private readonly double _p2;

    internal LabelProbabilities(string[] labels, ReadOnlySpan<double> values)
    {
        if (labels.Length != values.Length || labels.Length > MaxLabels)
        {
            throw new ArgumentException($"{labels.Length} labels and {values.Length} probabilities; they must match and be at most {MaxLabels}.");
        }

        _labels = labels;
        _p0 = values[0];
        _p1 = values.Length > 1 ? values[1] : 0;
        _p2 = values.Length > 2 ? values[2] : 0;
    }

    /// <summary>
    /// Probabilities of the caller's making, for instance to fake a result in a test: the labels in the order given, each
    /// with its probability. They are checked as a model's are: kept as given, they must sum to 1 within
    /// <see cref="SumTolerance"/>.
    /// </summary>
    /// <param name="probabilities">Each label with its probability, in the labels' order: at least one and at most
    /// <see cref="MaxLabels"/>, no label null, empty, white space or given twice, each probability from 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException">The probabilities break one of those rules; the message says which.</exception>
    public LabelProbabilities(IEnumerable<KeyValuePair<string, double>> probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var pairs = probabilities.ToArray();
        if (Problem(pairs) is { } problem)
        {
            throw new ArgumentException(problem, nameof(probabilities));
        }

        _labels = pairs.Select(p => p.Key).ToArray();
        _p0 = pairs[0].Value;
        _p1 = pairs.Length > 1 ? pairs[1].Value : 0;
        _p2 = pairs.Length > 2 ? pairs[2].Value : 0;
    }

    /// <summary>
    /// What is wrong with <paramref name="pairs"/> as probabilities of the caller's making, as a sentence; null when nothing is.
    /// Shared by the public constructor and <see cref="LabelProbabilitiesJsonConverter"/>.
    /// </summary>
    internal static string? Problem(IReadOnlyList<KeyValuePair<string, double>> pairs)
    {
        if (pairs.Count is 0 or > MaxLabels)
        {
            return $"There are {pairs.Count} labels; give from 1 to {MaxLabels}, each with its probability.";
        }

        var sum = 0.0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var (label, p) = (pairs[i].Key, pairs[i].Value);
            if (string.IsNullOrWhiteSpace(label))
            {
                return $"The label of {ArgumentMessages.Element("probabilities", i)} is {(label is null ? "null" : "empty or white space")}; every label needs a name.";
            }

            if (pairs.Take(i).Any(earlier => earlier.Key == label))
            {
                return $"The label '{label}' is given twice; give each label once.";
            }

            if (!(p is >= 0 and <= 1))
            {
                return FormattableString.Invariant($"The probability of '{label}' is {p}; a probability is a number from 0 to 1.");
            }

            sum += p;
        }

        return Math.Abs(sum - 1) <= SumTolerance ? null
            : FormattableString.Invariant($"The probabilities sum to {sum}, not 1; they must sum to 1 within {SumTolerance}.");
    }

    /// <summary>The labels, in the model's order.</summary>
    public IEnumerable<string> Keys => Array.AsReadOnly(_labels);

    /// <summary>The probabilities, in the model's label order.</summary>
    public IEnumerable<double> Values => _labels.Select((_, i) => Value(i));

    /// <summary>How many labels the model has.</summary>
    public int Count => _labels.Length;

    /// <summary>The probability of <paramref name="key"/>.</summary>
    /// <param name="key">A label of the model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The model has no such label.</exception>
    public double this[string key] => TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"'{key}' is not a label of this model; its labels are: {string.Join(", ", _labels)}.");

    /// <summary>Whether the model has the label <paramref name="key"/>.</summary>
    /// <param name="key">A label.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.IndexOf(_labels, key) >= 0;
    }

    /// <summary>Gets the probability of <paramref name="key"/> if the model has that label.</summary>
    /// <param name="key">A label.</param>
    /// <param name="value">The probability, or 0.</param>
    /// <returns><see langword="true"/> if the model has the label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var i = Array.IndexOf(_labels, key);
        value = i >= 0 ? Value(i) : 0;
        return i >= 0;
    }

    /// <summary>Enumerates label/probability pairs in the model's label order.</summary>
    /// <returns>The pairs.</returns>
    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var i = 0; i < _labels.Length; i++)
        {
            yield return new KeyValuePair<string, double>(_labels[i], Value(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="other"/> has the same labels, in the same order, with the same probabilities.</summary>
    /// <param name="other">Other probabilities.</param>
    /// <returns><see langword="true"/> if they are equal, so that two identical predictions compare equal.</returns>
    public bool Equals(LabelProbabilities? other) =>
        other is not null && (ReferenceEquals(_labels, other._labels) || _labels.AsSpan().SequenceEqual(other._labels))
        && _p0.Equals(other._p0) && _p1.Equals(other._p1) && _p2.Equals(other._p2);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LabelProbabilities);

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> are equal by value (<see cref="Equals(LabelProbabilities?)"/>), as the result records' <c>==</c> compares them.</summary>
    /// <param name="left">Probabilities, or null.</param>
    /// <param name="right">Other probabilities, or null.</param>
    /// <returns><see langword="true"/> if both are null or they are equal.</returns>
    public static bool operator ==(LabelProbabilities? left, LabelProbabilities? right) => left?.Equals(right) ?? right is null;

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> differ by value (<see cref="Equals(LabelProbabilities?)"/>).</summary>
    /// <param name="left">Probabilities, or null.</param>
    /// <param name="right">Other probabilities, or null.</param>
    /// <returns><see langword="true"/> unless both are null or they are equal.</returns>
    public static bool operator !=(LabelProbabilities? left, LabelProbabilities? right) => !(left == right);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var label in _labels)
        {
            hash.Add(label, StringComparer.Ordinal);
        }

        hash.Add(_p0);
        hash.Add(_p1);
        hash.Add(_p2);
        return hash.ToHashCode();
    }

    /// <summary>Formats the probabilities as <c>label=0.123 ...</c>.</summary>
    /// <returns>The formatted probabilities.</returns>
    public override string ToString() =>
        string.Join(" ", _labels.Select((l, i) => FormattableString.Invariant($"{l}={Value(i):0.###}")));

    private double Value(int index) => index switch
    {
        0 => _p0,
        1 => _p1,
        _ => _p2,
    };
}
