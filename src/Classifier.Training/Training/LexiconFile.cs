using Classifier.Data;
using Classifier.Features;
using Classifier.Model;

namespace Classifier.Training.Training;

/// <summary>Reads a polarity lexicon: UTF-8 TSV with header <c>term, polarity, strength</c> (positive|negative, 1|2).</summary>
internal static class LexiconFile
{
    /// <exception cref="DataFileException">The file is missing, cannot be read, or has bad lines (every one is listed).</exception>
    public static IReadOnlyList<LexiconEntry> Read(string path) => Parse(Cli.MissingFile.ReadAllLines(path, "lexicon file"), path);

    public static IReadOnlyList<LexiconEntry> Parse(IReadOnlyList<string> lines, string path)
    {
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF').TrimEnd('\r') != LexiconFormat.Header)
        {
            throw new DataFileException([new DataFileError(path, 1, "a lexicon file needs the tab-separated header 'term', 'polarity', 'strength'")], 1);
        }

        var entries = new List<LexiconEntry>();
        var errors = new List<DataFileError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var entry = LexiconFormat.Parse(line);
            if (entry is null)
            {
                var fields = line.Split('\t');
                var what = fields.Length != 3 ? $"{fields.Length} tab-separated field(s)"
                    : fields[1].Trim() is not ("positive" or "negative") ? $"polarity '{fields[1]}'"
                    : $"strength '{fields[2]}'";
                errors.Add(new DataFileError(path, i + 1, $"{what}; expected: term<TAB>positive|negative<TAB>1|2"));
            }
            else if (seen.TryGetValue(entry.Term, out var first))
            {
                errors.Add(new DataFileError(path, i + 1, $"term '{entry.Term}' is already listed at line {first}"));
            }
            else
            {
                seen[entry.Term] = i + 1;
                entries.Add(entry);
            }
        }

        if (errors.Count > 0)
        {
            throw new DataFileException(errors.Take(LabeledDataReader.MaxReportedErrors).ToArray(), errors.Count);
        }

        return entries;
    }
}

/// <summary>The lexicon and alias table built into the CLI (copies of data/lexicon.tsv and data/stance/aliases.tsv), used when no file is given.</summary>
internal static class BuiltInResources
{
    public static IReadOnlyList<LexiconEntry> Lexicon() => LexiconFile.Parse(Lines("lexicon.tsv"), "built-in lexicon");

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases()
    {
        var temp = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(temp, Lines("aliases.tsv"));
            return AliasFile.Read(temp);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string[] Lines(string name)
    {
        using var stream = typeof(BuiltInResources).Assembly.GetManifestResourceStream($"Classifier.Training.{name}")
            ?? throw new InvalidOperationException($"The CLI was built without its built-in {name}.");
        using var reader = new StreamReader(stream);
        return Classifier.Data.LineBreaks.Split(reader.ReadToEnd());
    }
}
