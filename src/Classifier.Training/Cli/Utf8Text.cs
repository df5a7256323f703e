using System.Text;
using System.Text.Unicode;
using Classifier.Data;

namespace Classifier.Training.Cli;

/// <summary>
/// What the CLI's text inputs (<c>predict</c>, <c>analyze</c>, <c>uncertain</c>) refuse, and how they say it: the input
/// must be UTF-8 text, as <c>train</c>'s data files must; a NUL byte means a binary file, a UTF-16 byte-order mark a file
/// to save as UTF-8. Stateless; thread-safe.
/// </summary>
internal static class Utf8Text
{
    /// <summary>Why an input opening with a UTF-16 byte-order mark is refused.</summary>
    public const string Utf16 = "is UTF-16 text (it opens with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8";

    /// <summary>Why an input with a NUL byte is refused.</summary>
    public const string Binary = "has a NUL byte: it looks like a binary file, not text; give UTF-8 text";

    /// <summary>
    /// The whole text of a UTF-8 file (without its byte-order mark), for a command that reads a file at once: the first
    /// NUL byte, invalid UTF-8 or a UTF-16 byte-order mark is refused with a <see cref="DataFileException"/> naming the
    /// file and the line; a missing, folder or unreadable file is refused as <see cref="MissingFile"/> says.
    /// </summary>
    public static string ReadAllText(string path, string what = "input file")
    {
        var all = MissingFile.ReadAllBytes(path, what);
        var bytes = all.AsSpan(all.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw Refusal(path, 1, Utf16);
        }

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            throw Refusal(path, LineBreaks.LineAfter(bytes[..nul], bytes), Binary);
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Decoding without replacement stops at the first invalid sequence: the bytes read before it are valid.
        Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
        throw Refusal(path, LineBreaks.LineAfter(bytes[..valid], bytes), Invalid(path));
    }

    /// <summary>What a line that is not valid UTF-8 is told; <c>train</c>'s reader says the same of a data file, naming the byte too.</summary>
    public static string Invalid(string source) =>
        source == "(stdin)" ? "is not valid UTF-8; send standard input as UTF-8" : "is not valid UTF-8; save the file as UTF-8";

    /// <summary>A refusal of the whole input (a bad-file error, exit code 2), naming the source and line.</summary>
    public static DataFileException Refusal(string source, long line, string reason) =>
        new([new DataFileError(source, (int)Math.Min(line, int.MaxValue), reason)], 1);
}
