using System.Globalization;

namespace Classifier.Data;

/// <summary>
/// The warning for a label with white space around it ("positive " or "positive" and a no-break space, as a spreadsheet
/// export leaves them): the reader reads the label trimmed, as before, but says so, naming the characters by code point,
/// since a no-break space looks like none. A warning, not an error: the label it stands for is not in doubt (a label
/// outside the task's set, or in another case, is an error), and such files loaded without a word before.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class LabelSpaces
{
    /// <summary>The warning for <paramref name="raw"/>, the label column as the file has it, read as <paramref name="label"/>; null when they are the same.</summary>
    public static string? Warning(string raw, string label)
    {
        if (raw.Length == label.Length)
        {
            return null;
        }

        var before = raw[..(raw.Length - raw.TrimStart().Length)];
        var after = raw[raw.TrimEnd().Length..];
        var where = (before.Length > 0, after.Length > 0) switch
        {
            (true, true) => $"before it ({CodePoints(before)}) and after it ({CodePoints(after)})",
            (true, false) => $"before it ({CodePoints(before)})",
            _ => $"after it ({CodePoints(after)})",
        };
        return $"label '{raw}' has white space {where}, which is ignored: it is read as '{label}'; " +
            "delete the white space so that every tool reads the label as this one does";
    }

    /// <summary>The characters as code points: "U+0020", "U+00A0 U+0020".</summary>
    private static string CodePoints(string chars) =>
        string.Join(" ", chars.Select(c => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")));
}
