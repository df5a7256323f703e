using System.Globalization;

namespace Classifier.Stance;

/// <summary>
/// What is said of a stance target longer than <see cref="StanceClassifier.MaxTargetLength"/> read from a file's row: one
/// wording for the labeled-data reader and the CLI's input files, quoting the target's start.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class TargetLength
{
    /// <summary>How many characters of an over-long target a message quotes (one fewer when the cut would split a surrogate pair).</summary>
    public const int Quoted = 40;

    /// <summary>
    /// Why a row's target is refused ("target '…' is 412 characters long, …"); null when it is not too long (or is null).
    /// </summary>
    /// <param name="target">The target the row gives, or null.</param>
    public static string? RowProblem(string? target) => target is not null && target.Length > StanceClassifier.MaxTargetLength
        ? string.Create(CultureInfo.InvariantCulture,
            $"target '{Start(target)}…' is {target.Length:N0} characters long, more than the {StanceClassifier.MaxTargetLength} a target may have; ") +
            "put the name of a country, organisation, person or policy in the target, not a text"
        : null;

    /// <summary>The first <see cref="Quoted"/> characters of <paramref name="target"/>, never ending inside a surrogate pair.</summary>
    internal static string Start(string target)
    {
        var length = Math.Min(Quoted, target.Length);
        return target[..(length > 0 && char.IsHighSurrogate(target[length - 1]) ? length - 1 : length)];
    }
}
