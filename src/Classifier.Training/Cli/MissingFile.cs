namespace Classifier.Training.Cli;

/// <summary>What to say when an input file cannot be found: a folder given where a file belongs is named as such.</summary>
internal static class MissingFile
{
    /// <summary>"is a folder, not a file: give the path of the <paramref name="what"/>" or "<paramref name="what"/> not found; check the path".</summary>
    public static string Reason(string path, string what) => Directory.Exists(path)
        ? $"is a folder, not a file: give the path of the {what}"
        : $"{what} not found; check the path";

    /// <summary>The error for a missing input file: a bad-file error (exit code 2), as a missing <c>--data</c> file is.</summary>
    public static Classifier.Data.DataFileException Error(string path, string what) => new([new Classifier.Data.DataFileError(path, 0, Reason(path, what))], 1);
}
