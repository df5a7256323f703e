using System.Security.Cryptography;
using System.Text;

namespace Classifier.Data;

/// <summary>
/// Reads labeled data files: UTF-8, tab-separated, one header line naming the columns
/// (<c>text</c> and <c>label</c>, plus <c>target</c> for stance; other columns are ignored),
/// no quoting, blank lines skipped.
/// </summary>
/// <threadsafety>This type is stateless and safe to use from any number of threads.</threadsafety>
public static class LabeledDataReader
{
    /// <summary>The most problems a <see cref="DataFileException"/> lists; the total is still counted.</summary>
    public const int MaxReportedErrors = 50;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and validates one file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="task">The task whose columns and labels the file must have.</param>
    /// <returns>The validated rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> holds the null character U+0000, which no file path may hold.</exception>
    /// <exception cref="DataFileException">The file is missing, cannot be read, or has invalid rows; every problem is listed.</exception>
    public static LabeledDataSet Read(string path, ClassifierTask task)
    {
        ArgumentNullException.ThrowIfNull(path);
        PathArguments.ThrowIfNullCharacter(path, nameof(path));
        return Read([path], task);
    }

    /// <summary>Reads and validates several files as one data set; conflicts across files are reported too.</summary>
    /// <param name="paths">The files, read in order.</param>
    /// <param name="task">The task whose columns and labels the files must have.</param>
    /// <returns>The validated rows of all files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of its paths is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paths"/> is empty, or one of its paths holds the null character U+0000, which no file path may hold (the message names it by its index).</exception>
    /// <exception cref="DataFileException">A file is missing, cannot be read, or has invalid rows; every problem is listed.</exception>
    public static LabeledDataSet Read(IReadOnlyList<string> paths, ClassifierTask task) => Read(paths, task, keepDuplicates: false);

    /// <summary>
    /// Reads several files as one data set. With <paramref name="keepDuplicates"/>, repeated texts are all kept,
    /// even with different labels (reported as warnings): for public benchmark sets, to score every row as other
    /// tools do. Labeled data of your own should be read without it.
    /// </summary>
    /// <param name="paths">The files, read in order.</param>
    /// <param name="task">The task whose columns and labels the files must have.</param>
    /// <param name="keepDuplicates">Keep repeated and conflicting rows instead of rejecting conflicts and keeping repeats once.</param>
    /// <returns>The validated rows of all files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or one of its paths is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paths"/> is empty, or one of its paths holds the null character U+0000, which no file path may hold (the message names it by its index).</exception>
    /// <exception cref="DataFileException">A file is missing, cannot be read, or has invalid rows; every problem is listed.</exception>
    public static LabeledDataSet Read(IReadOnlyList<string> paths, ClassifierTask task, bool keepDuplicates) =>
        Read(paths, task, keepDuplicates, functionWordTarget: null);

    /// <summary>
    /// Reads several files as <see cref="Read(IReadOnlyList{string}, ClassifierTask, bool)"/> does, and lists each stance row
    /// whose target <paramref name="functionWordTarget"/> says a model would find in every text (only function words,
    /// "their") among the files' other problems, at its line, so that one run names them all. Rows refused only for that
    /// do not fail the read: the caller refuses them in its own terms.
    /// </summary>
    internal static LabeledDataSet Read(IReadOnlyList<string> paths, ClassifierTask task, bool keepDuplicates, Func<string, bool>? functionWordTarget)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException("At least one data file is required.", nameof(paths));
        }

        for (var i = 0; i < paths.Count; i++)
        {
            if (paths[i] is null)
            {
                throw new ArgumentNullException(nameof(paths), $"{ArgumentMessages.Element(nameof(paths), i)} is null; give the path of every data file.");
            }

            PathArguments.ThrowIfNullCharacter(paths[i], nameof(paths), ArgumentMessages.Element(nameof(paths), i));
        }

        var state = new ReaderState(task, keepDuplicates, functionWordTarget);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                state.Error(path, 0, Directory.Exists(path)
                    ? "is a directory, not a data file; pass the .tsv files inside it"
                    : "file not found; check the path");
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Permissions, a lock another program holds, an I/O error part-way, a file removed since: a problem of this
                // file, listed with the other files' problems rather than hiding them.
                state.Error(path, 0, ex is FileNotFoundException or DirectoryNotFoundException ? "file not found; check the path"
                    : $"the data file cannot be read ({ex.Message}); check its permissions, or whether another program holds it");
                continue;
            }

            sha.AppendData(bytes);
            ReadFile(state, path, bytes);
        }

        state.Finish();
        return new LabeledDataSet(task, paths.ToArray(), state.Examples, state.Warnings,
            Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    /// <summary>Reads a file's content already in memory, as <see cref="Read(IReadOnlyList{string}, ClassifierTask, bool)"/> reads a file (for the fuzzing harness).</summary>
    internal static LabeledDataSet ReadContent(string path, byte[] bytes, ClassifierTask task, bool keepDuplicates)
    {
        var state = new ReaderState(task, keepDuplicates);
        ReadFile(state, path, bytes);
        state.Finish();
        return new LabeledDataSet(task, [path], state.Examples, state.Warnings, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>
    /// The byte at <paramref name="at"/>, the first not valid UTF-8, where it stands on its line (after up to 30 characters
    /// of it) and, when a file saved on Windows would hold it, the character it stands for there ("'é' in Windows-1252").
    /// </summary>
    private static string BadByte(byte[] bytes, int at)
    {
        var start = at;
        while (start > 0 && bytes[start - 1] is not ((byte)'\n' or (byte)'\r') && at - start < 120)
        {
            start--;
        }

        while (start < at && bytes[start] is >= 0x80 and < 0xC0)
        {
            start++; // not in the middle of a character cut by the limit
        }

        var before = StrictUtf8.GetString(bytes, start, at - start).TrimStart();
        before = before.Length > 30 ? "…" + before[^30..] : before;
        var b = bytes[at];
        var meant = b >= 0xA0 ? $" ('{(char)b}' in Windows-1252 or Latin-1)"
            : Windows1252.IndexOf((char)b) is var i and >= 0 ? $" ('{Windows1252[i + 1]}' in Windows-1252)" : string.Empty;
        return $"byte 0x{b:X2}{(before.Length > 0 ? $" after '{before}'" : string.Empty)}{meant}";
    }

    /// <summary>Windows-1252's characters for bytes 0x80-0x9F that Latin-1 lacks, each as a pair: the byte, then the character.</summary>
    private const string Windows1252 = "\u0080€\u0082‚\u0083ƒ\u0084„\u0085…\u0086†\u0087‡\u0088ˆ\u0089‰\u008AŠ\u008B‹\u008CŒ\u008EŽ" +
        "\u0091‘\u0092’\u0093“\u0094”\u0095•\u0096–\u0097—\u0098˜\u0099™\u009Aš\u009B›\u009Cœ\u009Ež\u009FŸ";

    private static void ReadFile(ReaderState state, string path, byte[] bytes)
    {
        // UTF-16 text (Excel's "Unicode Text", Notepad's "Unicode") and binary files, said as the CLI's text inputs say them:
        // read as UTF-8, UTF-16 without a byte-order mark decodes to text with a NUL after every letter, which a terminal
        // shows as the columns it lacks.
        var text = bytes.AsSpan(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            state.Error(path, 1, "is UTF-16 text (it opens with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8");
            return;
        }

        if (text.IndexOf((byte)0) is var nul and >= 0)
        {
            state.Error(path, LineBreaks.LineAfter(text[..nul], text),
                "has a NUL byte: it is UTF-16 text without a byte-order mark or a binary file, not UTF-8 text; save it as UTF-8");
            return;
        }

        string content;
        try
        {
            content = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var at = Math.Clamp(ex.Index, 0, bytes.Length);
            var line = LineBreaks.LineAfter(bytes.AsSpan(0, at), bytes);
            state.Error(path, line, $"is not valid UTF-8{(at < bytes.Length ? $": {BadByte(bytes, at)}" : string.Empty)}; save the file as UTF-8");
            return;
        }

        state.ReadFile(path, content);
    }
}
