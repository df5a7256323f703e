using Classifier.Data;

namespace Classifier.Training.Training;

/// <summary>
/// Reads an alias file: UTF-8 TSV with header <c>target</c>, <c>alias</c>; one row per other name of a
/// target ("United States", "Washington"). The table is stored in the stance model's manifest.
/// </summary>
internal static class AliasFile
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataFileException([new DataFileError(path, 0, "alias file not found; check the path")], 1);
        }

        var lines = File.ReadAllLines(path);
        var header = lines.Length > 0 ? lines[0].TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToArray() : [];
        var (ti, ai) = (Array.IndexOf(header, "target"), Array.IndexOf(header, "alias"));
        var errors = new List<DataFileError>();
        if (ti < 0 || ai < 0)
        {
            throw new DataFileException([new DataFileError(path, 1,
                $"an alias file needs a tab-separated header with 'target' and 'alias'; columns found: {string.Join(", ", header)}")], 1);
        }

        var table = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var owner = new Dictionary<string, (string Target, int Line)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != header.Length)
            {
                errors.Add(new DataFileError(path, i + 1, $"expected {header.Length} tab-separated fields as in the header, found {fields.Length}"));
                continue;
            }

            var (target, alias) = (fields[ti].Trim(), fields[ai].Trim());
            if (target.Length == 0 || alias.Length == 0)
            {
                errors.Add(new DataFileError(path, i + 1, "empty target or alias"));
                continue;
            }

            if (owner.TryGetValue(alias, out var first) && first.Target != target)
            {
                errors.Add(new DataFileError(path, i + 1, $"alias '{alias}' already belongs to '{first.Target}' (line {first.Line}); an alias can name only one target"));
                continue;
            }

            owner.TryAdd(alias, (target, i + 1));
            var list = table.TryGetValue(target, out var existing) ? existing : table[target] = [];
            if (!list.Contains(alias, StringComparer.Ordinal) && alias != target)
            {
                list.Add(alias);
            }
        }

        if (errors.Count > 0)
        {
            throw new DataFileException(errors.Take(LabeledDataReader.MaxReportedErrors).ToArray(), errors.Count);
        }

        return table.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToArray());
    }
}
