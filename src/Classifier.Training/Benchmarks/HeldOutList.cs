using Classifier.Data;

namespace Classifier.Training.Benchmarks;

/// <summary>What a held-out file's role in <c>held-out.txt</c> tells the checks of <c>scripts/validate-data.sh</c>.</summary>
internal enum HeldOutRole
{
    /// <summary>A file held to the corpus's limits, as <c>test.tsv</c> is.</summary>
    Checked,

    /// <summary>A stance file whose targets occur in none of the folder's files without this role.</summary>
    UnseenTargets,

    /// <summary>A stance file whose rows are mostly none by design: checked for bad rows, not held to label shares.</summary>
    MostlyNone,
}

/// <summary>A held-out file of a task folder: its name without <c>.tsv</c> and its role.</summary>
internal sealed record HeldOutFile(string Name, HeldOutRole Role);

/// <summary>
/// Reads a task folder's <c>held-out.txt</c>: the held-out files one a line (<c>test_fresh.tsv</c>), each optionally
/// followed by a role (<c>unseen-targets</c>, <c>mostly-none</c>), <c>#</c> starting a comment. The one list that
/// <c>scripts/retrain.sh</c>, <c>scripts/validate-data.sh</c> and the benchmark's shipped-model table read, in its order.
/// </summary>
/// <threadsafety>Static and stateless: safe from any number of threads.</threadsafety>
internal static class HeldOutList
{
    /// <summary>The list's file name in a task folder.</summary>
    internal const string FileName = "held-out.txt";

    /// <summary>
    /// The held-out files <paramref name="folder"/>'s list names, in its order; a folder without a list has one, its
    /// <c>test.tsv</c>.
    /// </summary>
    /// <exception cref="DataFileException">
    /// A line names a file other than <c>test.tsv</c> or a <c>test_*.tsv</c> of the folder, names one twice, gives an unknown
    /// role or gives <c>test.tsv</c> one (<c>scripts/validate-data.sh</c> holds a list to the same rules).
    /// </exception>
    internal static IReadOnlyList<HeldOutFile> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return [new HeldOutFile("test", HeldOutRole.Checked)];
        }

        var files = new List<HeldOutFile>();
        var errors = new List<DataFileError>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var fields = (hash >= 0 ? text[..hash] : text).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            if (Parse(fields) is { } error)
            {
                errors.Add(new DataFileError(path, line, error));
            }
            else if (files.Any(f => f.Name == fields[0][..^4]))
            {
                errors.Add(new DataFileError(path, line, $"'{fields[0]}' is named twice; keep the line at its place in the report's order and remove the other"));
            }
            else
            {
                files.Add(new HeldOutFile(fields[0][..^4], fields.Length == 2 ? Role(fields[1])!.Value : HeldOutRole.Checked));
            }
        }

        return errors.Count > 0 ? throw new DataFileException(errors, errors.Count) : files;
    }

    /// <summary>What is wrong with a line's fields, or null.</summary>
    private static string? Parse(string[] fields)
    {
        var name = fields[0];
        var held = name == "test.tsv" || (name.Length > "test_.tsv".Length && name.StartsWith("test_", StringComparison.Ordinal)
            && name.EndsWith(".tsv", StringComparison.Ordinal) && !name.Contains('/', StringComparison.Ordinal));
        if (!held)
        {
            return $"'{name}' is not a held-out file name; write one test.tsv or test_*.tsv of this folder a line, such as test_fresh.tsv";
        }

        if (fields.Length > 2 || (fields.Length == 2 && Role(fields[1]) is null))
        {
            return $"'{string.Join(' ', fields[1..])}' is not a role; after the file name write unseen-targets, mostly-none or nothing";
        }

        return fields.Length == 2 && name == "test.tsv" ? "test.tsv is checked as the test split; give it no role" : null;
    }

    private static HeldOutRole? Role(string text) => text switch
    {
        "unseen-targets" => HeldOutRole.UnseenTargets,
        "mostly-none" => HeldOutRole.MostlyNone,
        _ => null,
    };
}
