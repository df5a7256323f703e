using Classifier.Data;

namespace Classifier.Training.Training;

/// <summary>
/// Reads an alias file: UTF-8 TSV with header <c>target</c>, <c>alias</c>; one row per other name of a
/// target ("United States", "Washington"). The table is stored in the stance model's manifest. A short lower-case alias
/// of a target written as a name ("United States", "us") is an error: it would match the ordinary word
/// (<see cref="Classifier.Stance.AliasTable.OrdinaryWord"/>); so are an empty or over-long name, a name of two targets, and
/// a target or alias of only function words ("the", "Us"; not "US": <see cref="Classifier.Stance.FunctionWords.FoundEverywhere"/>),
/// which the model would find wherever those words are used.
/// Every table read here obeys all of <see cref="Classifier.Stance.NameTableRules"/>' rules, a superset of what loading a
/// model checks, so training never writes a model that <c>Load</c> refuses.
/// </summary>
internal static class AliasFile
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string path) => ReadLines(path, "alias").Table;

    /// <summary>
    /// Reads a two-column table of targets and names (the column <paramref name="names"/> holds the names), with the
    /// line where each target and each name first appears.
    /// </summary>
    internal static NameTable ReadLines(string path, string names)
    {
        var (file, article) = names == "alias" ? ("alias file", "an") : ("representatives file", "a");
        var lines = Cli.MissingFile.ReadAllLines(path, file);
        var header = lines.Length > 0 ? lines[0].TrimStart('\uFEFF').Split('\t').Select(h => h.Trim().ToLowerInvariant()).ToArray() : [];
        var (ti, ai) = (Array.IndexOf(header, "target"), Array.IndexOf(header, names));
        var errors = new List<DataFileError>();
        if (ti < 0 || ai < 0)
        {
            // Lines ended by lone CRs in a file with a final LF are one line, read as the header: say so, as the data reader does.
            var cr = lines.Length > 0 && LineBreaks.LoneCarriageReturn(lines[0]) is { } said ? $". The header line {said}" : string.Empty;
            throw new DataFileException([new DataFileError(path, 1,
                $"{article} {file} needs a tab-separated header with 'target' and '{names}'; columns found: {ReaderState.ColumnsFound(header)}{cr}")], 1);
        }

        var table = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var owner = new Dictionary<string, (string Target, int Line)>(StringComparer.OrdinalIgnoreCase);
        var targetLines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != header.Length)
            {
                errors.Add(new DataFileError(path, i + 1, TsvFields.WrongCount(header.Length, fields)));
                continue;
            }

            var (target, alias) = (fields[ti].Trim(), fields[ai].Trim());
            if (target.Length == 0 || alias.Length == 0)
            {
                errors.Add(new DataFileError(path, i + 1, $"empty target or {names}; write both, target<TAB>{names}, or delete the row"));
                continue;
            }

            if (((names == "alias" ? Classifier.Stance.NameTableRules.FileTargetProblem(target) : Classifier.Stance.NameTableRules.TargetProblem(target)) ?? Classifier.Stance.NameTableRules.NameProblem(alias, target, person: names != "alias")) is { } word)
            {
                errors.Add(new DataFileError(path, i + 1, word));
                continue;
            }

            if (owner.TryGetValue(alias, out var first) && first.Target != target)
            {
                errors.Add(new DataFileError(path, i + 1, $"{names} '{alias}' already belongs to '{first.Target}' (line {first.Line}); {(names == "alias" ? "an alias can name only one target" : "a person can speak for only one target")}"));
                continue;
            }

            owner.TryAdd(alias, (target, i + 1));
            targetLines.TryAdd(target, i + 1);
            var list = table.TryGetValue(target, out var existing) ? existing : table[target] = [];
            if (!list.Contains(alias, StringComparer.Ordinal) && alias != target)
            {
                list.Add(alias);
            }
        }

        var result = table.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.ToArray());
        if (errors.Count == 0 && names == "alias")
        {
            // Every rule of NameTableRules.Problems, which also sees a target's own name as one of its names ("Beijing" as a
            // target and as an alias of China): stricter than what loading a model checks (NameTableRules.Unusable).
            // A name of two targets is reported at the later of its two lines (the entry that made the conflict), pointing at
            // the other, as the first pass's "already belongs to" does.
            errors.AddRange(Classifier.Stance.NameTableRules.Problems(result, new Dictionary<string, IReadOnlyList<string>>())
                .Select(p => (Line: LineOf(p.Target, p.Name), Other: p.Other is var (target, spelling) ? LineOf(target, spelling) : 0, p.Message))
                .Select(p => p.Other == 0 || p.Other == p.Line ? new DataFileError(path, p.Line, p.Message)
                    : new DataFileError(path, Math.Max(p.Line, p.Other), $"{p.Message}; the other entry is on line {Math.Min(p.Line, p.Other)}")));
        }

        if (errors.Count > 0)
        {
            throw new DataFileException(errors.Take(LabeledDataReader.MaxReportedErrors).ToArray(), errors.Count);
        }

        return new NameTable(result, targetLines, owner);

        // The line of a name under a target: where the name first appears under it, else (a target's own name) the target's.
        int LineOf(string target, string name) =>
            owner.TryGetValue(name.Trim(), out var seen) && seen.Target == target ? seen.Line : targetLines[target];
    }
}

/// <summary>A table of targets and their names as read, with the line where each target and each name (any case) first appears.</summary>
internal sealed record NameTable(IReadOnlyDictionary<string, IReadOnlyList<string>> Table, IReadOnlyDictionary<string, int> TargetLines,
    IReadOnlyDictionary<string, (string Target, int Line)> NameLines);

/// <summary>
/// Reads a representatives file: UTF-8 TSV with header <c>target</c>, <c>name</c>; one row per person who speaks or acts
/// for a target ("Russia", "Vladimir Putin"). Every target must be one the alias table knows, and no name may also be a
/// name of a target, or be 3 letters or fewer with no capital ("xi"), which would match an ordinary word
/// (<see cref="Classifier.Stance.AliasTable.OrdinaryWord"/>), or be only function words ("May": give the full name), or be empty or longer than
/// <see cref="StanceClassifier.MaxTargetLength"/>, and a person speaks for one target. The table is stored in the stance
/// model's manifest.
/// </summary>
internal static class RepresentativesFile
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string path, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        var (table, targetLines, nameLines) = AliasFile.ReadLines(path, "name");

        // Every rule of NameTableRules.Problems for the people (a target the alias table lacks, a person who is a target's
        // name or speaks for two targets), one wording for each: stricter than what loading a model checks.
        var errors = Classifier.Stance.NameTableRules.Problems(aliases, table)
            .Where(p => p.Table == Classifier.Stance.NameTableKind.Representatives)
            .Select(p => new DataFileError(path, p.Name != p.Target && nameLines.TryGetValue(p.Name.Trim(), out var line) ? line.Line : targetLines[p.Target], p.Message))
            .ToList();

        if (errors.Count > 0)
        {
            throw new DataFileException(errors.Take(LabeledDataReader.MaxReportedErrors).ToArray(), errors.Count);
        }

        return table;
    }
}
