namespace Classifier.Data;

/// <summary>
/// Where a text file's lines end, in one place for every reader of labeled data and name files: at <c>\r\n</c> (Windows),
/// <c>\n</c> (Unix) or a lone <c>\r</c> (old Mac and some Excel exports), as <see cref="TextReader.ReadLine"/> ends them,
/// so a line number in an error is the one an editor shows whichever ending the file has.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class LineBreaks
{
    private static readonly string[] Separators = ["\r\n", "\r", "\n"];

    /// <summary>
    /// The lines of <paramref name="content"/>, without their endings; like <see cref="string.Split(char, StringSplitOptions)"/>
    /// on <c>'\n'</c>, text after the last ending is one more line (an empty one when the text ends with a line break).
    /// </summary>
    public static string[] Split(string content) => content.Split(Separators, StringSplitOptions.None);

    /// <summary>
    /// The 1-based number of the line on which the byte after <paramref name="before"/> stands: one more than the line
    /// endings in <paramref name="before"/>, a <c>\r\n</c> counted once.
    /// </summary>
    public static int LineAfter(ReadOnlySpan<byte> before)
    {
        var line = 1;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n' || (before[i] == (byte)'\r' && (i + 1 == before.Length || before[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }
}
