using Classifier.Data;

namespace Classifier.Training.Cli;

/// <summary>
/// What to say when an input file named on the command line cannot be found or read: a bad-file error (exit code 2)
/// naming the file, as a missing <c>--data</c> file is; a folder given where a file belongs is named as such.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class MissingFile
{
    /// <summary>"is a folder, not a file: give the path of the <paramref name="what"/>" or "<paramref name="what"/> not found; check the path".</summary>
    public static string Reason(string path, string what) => Directory.Exists(path)
        ? $"is a folder, not a file: give the path of the {what}"
        : $"{what} not found; check the path";

    /// <summary>The error for a missing input file: a bad-file error (exit code 2), as a missing <c>--data</c> file is.</summary>
    public static DataFileException Error(string path, string what) => new([new DataFileError(path, 0, Reason(path, what))], 1);

    /// <summary>The error for an input file that exists but cannot be opened or read (permissions, a lock, an I/O error).</summary>
    public static DataFileException Unreadable(string path, string what, Exception reason) =>
        new([new DataFileError(path, 0, $"the {what} cannot be read ({reason.Message}); check its permissions, or whether another program holds it")], 1);

    /// <summary>Opens <paramref name="path"/> for reading.</summary>
    /// <exception cref="DataFileException">The file is missing, a folder, or cannot be opened.</exception>
    public static FileStream OpenRead(string path, string what)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw File.Exists(path) ? Unreadable(path, what, ex) : Error(path, what);
        }
    }

    /// <summary>
    /// The lines of <paramref name="path"/>, split as labeled data files are (<see cref="Classifier.Data.LineBreaks"/>: a lone CR
    /// ends a line only in a file without LF, so line numbers agree with those of the UTF-8 errors) and, as
    /// <see cref="File.ReadAllLines(string)"/> gives them, without an empty line after a final line break (a UTF-8 byte-order
    /// mark skipped); read strictly as <c>--data</c> files are: invalid UTF-8, a NUL byte or a UTF-16 byte-order mark is
    /// refused naming the file and line (<see cref="Utf8Text.ReadAllText"/>), not read as U+FFFD.
    /// </summary>
    /// <exception cref="DataFileException">The file is missing, a folder, cannot be read, or is not UTF-8 text.</exception>
    public static string[] ReadAllLines(string path, string what)
    {
        var text = ReadAllText(path, what);
        if (text.Length == 0)
        {
            return [];
        }

        var lines = Classifier.Data.LineBreaks.Split(text);
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    /// <summary>The text of <paramref name="path"/> (a UTF-8 byte-order mark skipped), read strictly, as <see cref="ReadAllLines"/> reads it.</summary>
    /// <exception cref="DataFileException">The file is missing, a folder, cannot be read, or is not UTF-8 text.</exception>
    public static string ReadAllText(string path, string what) => Utf8Text.ReadAllText(path, what);

    /// <summary>The bytes of <paramref name="path"/>, as they are.</summary>
    /// <exception cref="DataFileException">The file is missing, a folder, or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, string what) => Read(path, what, stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    private static T Read<T>(string path, string what, Func<Stream, T> read)
    {
        using var stream = OpenRead(path, what);
        try
        {
            return read(stream);
        }
        catch (IOException ex)
        {
            throw Unreadable(path, what, ex);
        }
    }
}
