namespace Classifier.Training.Cli;

/// <summary>
/// What the CLI says of a stance target longer than <see cref="StanceClassifier.MaxTargetLength"/>, in its own terms
/// rather than the library's <see cref="ArgumentException"/>: a usage error naming <c>--target</c> or <c>--alias</c>. A
/// target read from an input file's line is refused with <see cref="Classifier.Stance.TargetLength.RowProblem"/>, the
/// labeled-data reader's own wording, and written back in an output record cut as that wording quotes it
/// (<see cref="Echo"/>). One wording for <c>predict</c>, <c>evaluate</c>, <c>uncertain</c>, <c>explain</c>
/// and <c>analyze</c>.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class LongTarget
{
    /// <summary>The usage error for a <c>--target</c> value that is too long; null when it is not (or was not given).</summary>
    /// <param name="target">The value given, or null.</param>
    public static UsageException? OptionError(string? target) => target is not null && target.Length > StanceClassifier.MaxTargetLength
        ? new UsageException(FormattableString.Invariant($"--target is {target.Length:N0} characters long, more than the {StanceClassifier.MaxTargetLength} a target may have; ") +
            "give the name of a country, organisation, person or policy, not a text")
        : null;

    /// <summary>The usage error for a too-long <paramref name="what"/> ("target", "name") of an <c>--alias</c> value; null when it is not too long.</summary>
    /// <param name="what">Which side of TARGET=NAME <paramref name="value"/> is.</param>
    /// <param name="value">That side, trimmed.</param>
    public static UsageException? AliasError(string what, string value) => value.Length > StanceClassifier.MaxTargetLength
        ? new UsageException(FormattableString.Invariant($"--alias: the {what} '{Classifier.Stance.TargetLength.Cut(value)}' is {value.Length:N0} characters long, more than the {StanceClassifier.MaxTargetLength} a target or name may have; ") +
            "give the name of a country, organisation, person or policy, not a text")
        : null;

    /// <summary>
    /// A row's target as an output record gives it back: itself, or, when longer than
    /// <see cref="StanceClassifier.MaxTargetLength"/>, its start cut as <see cref="Classifier.Stance.TargetLength.RowProblem"/>
    /// quotes it ("Beijing xxx…"), so a text pasted into a target column is not echoed in full.
    /// </summary>
    /// <param name="target">The row's target, or null.</param>
    public static string? Echo(string? target) => target is not null && target.Length > StanceClassifier.MaxTargetLength
        ? Classifier.Stance.TargetLength.Cut(target)
        : target;
}
