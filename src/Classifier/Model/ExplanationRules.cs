using System.Globalization;

namespace Classifier.Model;

/// <summary>
/// What makes an <see cref="Explanation"/> or a <see cref="FeatureContribution"/> one a model could give, stated once for
/// their constructors (which throw argument exceptions) and their JSON converters (which throw JSON exceptions), so the two
/// cannot drift apart. Whether a value is there at all (null, or a missing JSON property) each caller checks itself.
/// </summary>
internal static class ExplanationRules
{
    /// <summary>A broken rule: a sentence saying what and the value, the parameter it concerns, and whether the value is out of range.</summary>
    public readonly record struct Problem(string Message, string Parameter, bool OutOfRange)
    {
        /// <summary>The exception a constructor throws for it.</summary>
        public ArgumentException ToException() =>
            OutOfRange ? new ArgumentOutOfRangeException(Parameter, Message) : new ArgumentException(Message, Parameter);
    }

    /// <summary>What is wrong with an explanation's parts, none of them null; null when nothing is.</summary>
    public static Problem? Explanation(string label, double probability, IReadOnlyList<FeatureContribution> contributions)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return new("'Label' is empty or white space.", nameof(Classifier.Explanation.Label), false);
        }

        if (!(probability is >= 0 and <= 1))
        {
            return new(FormattableString.Invariant($"'Probability' is {probability}; a probability is a number from 0 to 1."), nameof(Classifier.Explanation.Probability), true);
        }

        for (var i = 0; i < contributions.Count; i++)
        {
            if (contributions[i] is null)
            {
                return new($"{ArgumentMessages.Element(nameof(Classifier.Explanation.Contributions), i)} is null; give no null contributions.", nameof(Classifier.Explanation.Contributions), false);
            }
        }

        return null;
    }

    /// <summary>What is wrong with a contribution's kind or weight; null when nothing is (each <see cref="TextSpan"/> checks its own values).</summary>
    public static Problem? Contribution(FeatureKind kind, double weight)
    {
        if (!Enum.IsDefined(kind))
        {
            return new(KindProblem(((int)kind).ToString(CultureInfo.InvariantCulture)), nameof(FeatureContribution.Kind), true);
        }

        if (!(double.IsFinite(weight) && weight > 0))
        {
            return new(FormattableString.Invariant($"'Weight' is {weight}; a contribution's weight is a positive number."), nameof(FeatureContribution.Weight), true);
        }

        return null;
    }

    /// <summary>The sentence for a kind that is not a <see cref="FeatureKind"/>, as written (a name or a number).</summary>
    public static string KindProblem(string kind) =>
        $"'Kind' is '{kind}', not a feature kind; the kinds are {string.Join(", ", Enum.GetNames<FeatureKind>())}.";
}
