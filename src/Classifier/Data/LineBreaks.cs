namespace Classifier.Data;

/// <summary>
/// Where a text file's lines end, in one place for every reader of labeled data and name files: at <c>\r\n</c> (Windows)
/// or <c>\n</c> (Unix), and, in a file with no <c>\n</c> at all, at a lone <c>\r</c> (old Mac and some Excel exports), so a
/// line number in an error is the one an editor shows whichever ending the file has. A lone <c>\r</c> inside a line of a
/// file that has <c>\n</c> endings stays in its line (read as a space, as before), so a stray one does not split a row.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class LineBreaks
{
    private static readonly string[] Separators = ["\r\n", "\n"];

    /// <summary>
    /// The lines of <paramref name="content"/>, without their endings; like <see cref="string.Split(char, StringSplitOptions)"/>
    /// on <c>'\n'</c>, text after the last ending is one more line (an empty one when the text ends with a line break).
    /// </summary>
    public static string[] Split(string content) =>
        content.Contains('\n') ? content.Split(Separators, StringSplitOptions.None) : content.Split('\r');

    /// <summary>
    /// The 1-based number of the line on which the byte after <paramref name="before"/> stands in a file of which
    /// <paramref name="all"/> is the whole: one more than the line endings in <paramref name="before"/>, as <see cref="Split"/>
    /// counts them (a lone <c>\r</c> only in a file without <c>\n</c>).
    /// </summary>
    public static int LineAfter(ReadOnlySpan<byte> before, ReadOnlySpan<byte> all)
    {
        var crOnly = !all.Contains((byte)'\n');
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n' || (crOnly && before[i] == (byte)'\r'))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>
    /// For a line read from a file with <c>\n</c> endings that still holds a lone <c>\r</c>: that it does ("holds a lone
    /// carriage return ...", for the caller to name the line), that the file ends some lines
    /// with a lone CR, which ends no line in such a file (a file saved with CR endings, then given a final LF by an editor
    /// or a tool), so several of its lines were read as this one; null for a line without one.
    /// </summary>
    public static string? LoneCarriageReturn(string line) =>
        line.Contains('\r')
            ? "holds a lone carriage return (CR, \\r) where a line seems to end; in a file that also has LF (\\n) line endings a lone CR ends no line, " +
              "so several lines were read as one: convert the file to LF or CRLF line endings (dos2unix, or save it again with Unix or Windows line endings)"
            : null;
}
