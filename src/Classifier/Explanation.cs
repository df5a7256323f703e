using System.Text.Json.Serialization;
using Classifier.Model;
using Classifier.Serialization;

namespace Classifier;

/// <summary>
/// Why a model predicted a label, or how a text bears on another label asked for: the features that pushed toward it most,
/// from the model's linear weights.
/// </summary>
/// <remarks>System.Text.Json writes it as an object of these three and reads it back checked as the constructor checks it
/// (<see cref="ExplanationJsonConverter"/>), so a logged explanation can be read again and compares equal.</remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(ExplanationJsonConverter))]
public sealed record Explanation
{
    /// <summary>
    /// An explanation of the caller's making, for instance to fake one in a test; the classifiers make their own. It is
    /// checked to be one a model could give. A <see langword="with"/> expression or an object initializer checks each value it sets,
    /// as the constructor does, and copies <see cref="Contributions"/> too.
    /// </summary>
    /// <param name="Label">The label explained (the predicted one, unless another was asked for): not empty or white space.</param>
    /// <param name="Probability">Its probability, from 0 to 1.</param>
    /// <param name="Contributions">The features with the largest positive contributions, largest first; none null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="Label"/> or <paramref name="Contributions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="Probability"/> is not a number from 0 to 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="Label"/> is empty or white space, or a contribution is null; the message says which.</exception>
    public Explanation(string Label, double Probability, IReadOnlyList<FeatureContribution> Contributions)
    {
        ArgumentNullException.ThrowIfNull(Label);
        ArgumentNullException.ThrowIfNull(Contributions);
        if (ExplanationRules.Explanation(Label, Probability, Contributions) is { } problem)
        {
            throw problem.ToException();
        }

        // A read-only copy: the caller's list may change later, and the record is immutable.
        (_label, _probability, _contributions) = (Label, Probability, Array.AsReadOnly(Contributions.ToArray()));
    }

    /// <summary>An explanation as a model or a checked reader gave it: not checked again, only made read-only.</summary>
    private Explanation(IReadOnlyList<FeatureContribution> contributions, string label, double probability) =>
        (_label, _probability, _contributions) = (label, probability, ReadOnlyLists.Of(contributions));

    private readonly string _label;
    private readonly double _probability;
    private readonly IReadOnlyList<FeatureContribution> _contributions;

    /// <summary>The label explained: the predicted one, unless the caller asked for another (<c>Explain(text, label)</c>).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string Label
    {
        get => _label;
        init => _label = ExplanationRules.Explanation(value ?? throw new ArgumentNullException(nameof(Label)), 0, []) is { } problem ? throw problem.ToException() : value;
    }

    /// <summary>Its probability.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a number from 0 to 1.</exception>
    public double Probability
    {
        get => _probability;
        init => _probability = ExplanationRules.Explanation("label", value, []) is { } problem ? throw problem.ToException() : value;
    }

    /// <summary>The features with the largest positive contributions, largest first (set by a caller: a read-only copy of the list given).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value holds a null element.</exception>
    public IReadOnlyList<FeatureContribution> Contributions
    {
        get => _contributions;
        init => _contributions = ExplanationRules.Explanation("label", 0, value ?? throw new ArgumentNullException(nameof(Contributions))) is { } problem
            ? throw problem.ToException()
            : Array.AsReadOnly(value.ToArray());
    }

    /// <summary>Gives the explanation's parts.</summary>
    /// <param name="Label">The label.</param>
    /// <param name="Probability">Its probability.</param>
    /// <param name="Contributions">The contributions.</param>
    public void Deconstruct(out string Label, out double Probability, out IReadOnlyList<FeatureContribution> Contributions) =>
        (Label, Probability, Contributions) = (this.Label, this.Probability, this.Contributions);

    /// <summary>An explanation as a model or a checked reader gave it, built without checking it again.</summary>
    internal static Explanation Scored(string label, double probability, IReadOnlyList<FeatureContribution> contributions) =>
        new(contributions, label, probability);

    /// <summary>Whether <paramref name="other"/> is the same explanation: the same label, probability and contributions, in order.</summary>
    /// <param name="other">Another explanation.</param>
    /// <returns><see langword="true"/> if they are equal.</returns>
    public bool Equals(Explanation? other) =>
        other is not null && Label == other.Label && Probability.Equals(other.Probability) && Contributions.SequenceEqual(other.Contributions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Probability, Contributions.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Label = {Label}, Probability = {Probability:0.###}, Contributions = [");
        builder.AppendJoin(", ", Contributions.Select(c => FormattableString.Invariant($"{c.Feature} ({c.Kind}, {c.Weight:0.###})")));
        builder.Append(']');
        return true;
    }
}
