using System.Globalization;

namespace Classifier.Stance;

/// <summary>
/// What is said of a stance target longer than <see cref="StanceClassifier.MaxTargetLength"/> read from a file's row: one
/// wording for the labeled-data reader and the CLI's input files, quoting the target's start.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class TargetLength
{
    /// <summary>How many characters of an over-long target a message quotes at most (fewer when the cut would split a text element).</summary>
    public const int Quoted = 40;

    /// <summary>
    /// Why a row's target is refused ("target '…' is 412 characters long, …"); null when it is not too long (or is null).
    /// </summary>
    /// <param name="target">The target the row gives, or null.</param>
    public static string? RowProblem(string? target) => target is not null && target.Length > StanceClassifier.MaxTargetLength
        ? string.Create(CultureInfo.InvariantCulture,
            $"target '{Cut(target)}' is {target.Length:N0} characters long, more than the {StanceClassifier.MaxTargetLength} a target may have; ") +
            "put the name of a country, organisation, person or policy in the target, not a text"
        : null;

    /// <summary>
    /// How a message or an output record quotes an over-long target or name: its <see cref="Start"/> and an ellipsis
    /// ("Beijing xxx…"), in one place for every such quote.
    /// </summary>
    public static string Cut(string target) => Start(target) + "…";

    /// <summary>
    /// The longest start of <paramref name="target"/> of at most <see cref="Quoted"/> characters that ends between two text
    /// elements, so a quote never splits a surrogate pair, a flag, an emoji sequence or a letter and its accent.
    /// </summary>
    internal static string Start(string target)
    {
        var end = 0;
        while (end < target.Length)
        {
            var next = StringInfo.GetNextTextElementLength(target, end);
            if (end + next > Quoted)
            {
                break;
            }

            end += next;
        }

        return target[..end];
    }
}
