namespace Classifier;

/// <summary>The checks every target and alias passes before it is scored or added (<see cref="CheckTarget(string, string, string, string?)"/>).</summary>
public sealed partial class StanceClassifier
{
    /// <summary>Refuses a batch item <see cref="Predict"/> would refuse, naming it, before any item is scored.</summary>
    private void CheckItem((string Text, string Target) item, int index, string parameter)
    {
        if (item.Text is null || item.Target is null)
        {
            throw new ArgumentNullException(parameter,
                $"{ArgumentMessages.Element(parameter, index)} has a null {(item.Text is null ? "Text" : "Target")}; give every item a text and a target.");
        }

        if (string.IsNullOrWhiteSpace(item.Target))
        {
            throw new ArgumentException($"{ArgumentMessages.Element(parameter, index)} has an empty or white-space Target; name the target the stance is about.", parameter);
        }

        if (!IsAccepted(item.Target))
        {
            CheckTarget(item.Target, parameter, $"The Target of {ArgumentMessages.Element(parameter, index)}");
        }

        if (_scorer.FoundEverywhere(item.Target))
        {
            throw FoundEverywhereError(item.Target, parameter, $"The Target of {ArgumentMessages.Element(parameter, index)}");
        }
    }

    /// <summary>
    /// The model's reading of <paramref name="target"/> (already passed by <see cref="CheckTarget(string, string, string, string?)"/>),
    /// refusing a target the alias table does not know that is only function words and would be found wherever its words
    /// are used ("the", "will": <see cref="Stance.TargetContext.FoundEverywhere"/>), since every "the" of a text would be
    /// read as a mention of it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="target"/> is such a target.</exception>
    private Stance.TargetContext Context(string target, string parameter) => Context(target, parameter, index: -1);

    /// <summary><see cref="Context(string, string)"/> for <paramref name="parameter"/>'s element <paramref name="index"/>, named in its message ("targets[1] (0-based), 'the', is ..."); a negative index names the target alone.</summary>
    internal Stance.TargetContext Context(string target, string parameter, int index)
    {
        var context = _scorer.Target(target);
        return !context.FoundEverywhere ? context
            : throw FoundEverywhereError(target, parameter, index < 0 ? "The target" : ArgumentMessages.Element(parameter, index));
    }

    /// <summary>The error for a target <see cref="Context(string, string)"/> refuses, <paramref name="which"/> naming it as <see cref="CheckTarget(string, string, string, string?)"/> does.</summary>
    private static ArgumentException FoundEverywhereError(string target, string parameter, string which = "The target") =>
        new(FunctionWordsMessage(target, which, "name the country, organisation, person or policy the stance is about, a person by their full name ('Theresa May', not 'May')"), parameter);

    /// <summary><see cref="Stance.FunctionWords.Problem"/> for a target or alias named as <paramref name="which"/> names it, as a sentence.</summary>
    private static string FunctionWordsMessage(string name, string which, string fix) => Stance.FunctionWords.Problem(
        which == "The target" ? $"{which} '{name.Trim()}'" : $"{which}, '{name.Trim()}',", name, fix) + ".";

    /// <summary><see cref="CheckTarget(string, string, string, string?)"/> for <paramref name="parameter"/>'s element <paramref name="index"/>, named in its messages ("targets[1] (0-based)").</summary>
    internal static void CheckTarget(string target, string parameter, int index)
    {
        if (!IsAccepted(target))
        {
            CheckTarget(target, parameter, ArgumentMessages.Element(parameter, index));
        }
    }

    /// <summary>
    /// Whether <see cref="CheckTarget(string, string, string, string?)"/> accepts <paramref name="target"/>: asked first, so that
    /// a good target costs no message (scoring allocates only its result).
    /// </summary>
    private static bool IsAccepted(string? target) =>
        !string.IsNullOrWhiteSpace(target) && target.Length <= MaxTargetLength
        && Stance.TargetCharacters.ControlCharacter(target) < 0 && Stance.TargetCharacters.HasLetterOrDigit(target);

    /// <summary>
    /// Refuses a target (or alias) that is null, empty, white space, longer than <see cref="MaxTargetLength"/>, holding a
    /// control character other than white space (U+0000, a C string's terminator, among them: the model reads it as a space, so
    /// "China\0" would be another name than "China" and "\0" alone would match every space), or without a letter or digit
    /// ("." would match every full stop), naming <paramref name="parameter"/>; <paramref name="which"/> says which of several
    /// it is ("aliases[1] (0-based)", <see cref="ArgumentMessages.Element"/>), and <paramref name="aliasOf"/>, for an alias,
    /// the target it names.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is blank, too long, holds a control character or has no letter or digit.</exception>
    internal static void CheckTarget(string target, string parameter, string which = "The target", string? aliasOf = null)
    {
        if (IsAccepted(target))
        {
            return;
        }

        if (which != "The target" && target is null)
        {
            // One of several: say which, as the batch does ("targets[1] (0-based) is null.").
            throw new ArgumentNullException(parameter, $"{which} is null.");
        }

        ArgumentNullException.ThrowIfNull(target, parameter);
        var what = aliasOf is null ? "name the target the stance is about" : $"give each alias as a name of '{aliasOf}', or leave it out";
        if (string.IsNullOrWhiteSpace(target))
        {
            // Said as for an element of a list, not as .NET's "The value cannot be an empty string or composed entirely of
            // whitespace", and an alias is a name of its target, not the target itself.
            throw new ArgumentException($"{which} is empty or white space; {what}.", parameter);
        }

        if (target.Length > MaxTargetLength)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"{which} is {target.Length:N0} characters long, more than the {MaxTargetLength} a target may have (StanceClassifier.MaxTargetLength); pass the name of a country, organisation, person or policy, not a text."),
                parameter);
        }

        if (Stance.TargetCharacters.Problem(target, which, which, $"remove it and {what}.", $"{what}.") is { } characters)
        {
            throw new ArgumentException(characters, parameter);
        }
    }
}
