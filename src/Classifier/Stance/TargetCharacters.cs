using System.Globalization;
using System.Text;

namespace Classifier.Stance;

/// <summary>
/// The characters a target may not have: a control character other than white space (U+0000, a C string's terminator,
/// among them: the model reads it as a space, so "China\0" would be another name than "China" and "\0" alone would match
/// every space), and none at all that is a letter or digit ("." would match every full stop). One rule for the library's
/// arguments (<see cref="StanceClassifier.CheckTarget"/>), the labeled-data reader and the CLI's options and input rows.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class TargetCharacters
{
    /// <summary>The index of the first control character of <paramref name="target"/> that is not white space, or -1.</summary>
    public static int ControlCharacter(string target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            if (char.IsControl(target[i]) && !char.IsWhiteSpace(target[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="target"/> has a letter or digit, read by <see cref="Rune"/>.</summary>
    public static bool HasLetterOrDigit(string target)
    {
        foreach (var rune in target.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Why a target given in a file's row or an option cannot be scored for its characters ("target has no letter or digit,
    /// ..."), saying what to do; null when its characters are fine (or it is null). The value is quoted only when it has
    /// no control character, so a message never prints one.
    /// </summary>
    /// <param name="value">The target (or a name of one), or null.</param>
    /// <param name="what">What the value is, as the message names it: "target", or "name" for an alias.</param>
    public static string? RowProblem(string? value, string what = "target")
    {
        if (value is null)
        {
            return null;
        }

        if (ControlCharacter(value) is var at and >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{what} holds the control character U+{(int)value[at]:X4} at index {at} (0-based), which the model reads as a space; remove it");
        }

        return HasLetterOrDigit(value)
            ? null
            : $"{what} '{value}' has no letter or digit, so it names nothing the model can find; put the name of a country, organisation, person or policy in the {what}";
    }
}
