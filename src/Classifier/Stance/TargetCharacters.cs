using System.Globalization;
using System.Text;

namespace Classifier.Stance;

/// <summary>
/// The characters a target may not have: a control character other than white space (U+0000, a C string's terminator,
/// among them: the model reads it as a space, so "China\0" would be another name than "China" and "\0" alone would match
/// every space), and none at all that is a letter or digit ("." would match every full stop). One rule for the library's
/// arguments (<see cref="StanceClassifier.CheckTarget(string, string, string, string?)"/>), the labeled-data reader and the CLI's options and input rows.
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

    /// <summary>
    /// Whether <paramref name="target"/> has a letter or digit, read by <see cref="Rune"/> in the target as the models read it
    /// (<see cref="Features.ReadingForm"/>): "&amp;amp;" is "&amp;", which has none.
    /// </summary>
    public static bool HasLetterOrDigit(string target)
    {
        foreach (var rune in Features.ReadingForm.Of(target, int.MaxValue).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Why <paramref name="value"/> has characters no target or name may have, or null when it has none: "<paramref name="what"/>
    /// holds the control character U+0000 at index 5 (0-based), which the model reads as a space", or "<paramref name="quoted"/>
    /// has no letter or digit, so it names nothing the model can find", each followed by "; " and its fix when one is given.
    /// A control character is never printed, so only the second quotes the value.
    /// </summary>
    public static string? Problem(string value, string what, string quoted, string? controlFix = null, string? letterFix = null)
    {
        if (ControlCharacter(value) is var at and >= 0)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{what} holds the control character U+{(int)value[at]:X4} at index {at} (0-based), which the model reads as a space") + Fix(controlFix);
        }

        return HasLetterOrDigit(value) ? null : $"{quoted} has no letter or digit, so it names nothing the model can find" + Fix(letterFix);
    }

    /// <summary>
    /// <see cref="Problem"/> for a target given in a file's row or an option (<paramref name="what"/>: "target", or "name"
    /// for an alias), saying what to do; null when its characters are fine (or it is null).
    /// </summary>
    public static string? RowProblem(string? value, string what = "target") => value is null
        ? null
        : Problem(value, what, $"{what} '{value}'", "remove it", $"put the name of a country, organisation, person or policy in the {what}");

    private static string Fix(string? fix) => fix is null ? string.Empty : "; " + fix;
}
