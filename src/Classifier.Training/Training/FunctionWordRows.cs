using Classifier.Data;
using Classifier.Stance;

namespace Classifier.Training.Training;

/// <summary>
/// Refuses labeled stance rows toward a target the model (being trained, or scoring) would find in every text: one the
/// alias table does not know that is only function words ("the", "will": <see cref="FunctionWords.FoundEverywhere"/>),
/// most often a column shifted by one. The library refuses such a target at scoring, so a model must not train on one,
/// nor be measured on one. Stateless; safe from any thread.
/// </summary>
internal static class FunctionWordRows
{
    /// <summary>The most rows named in the error; the count says how many there were.</summary>
    private const int MaxListed = 20;

    /// <summary>Throws when a stance row of <paramref name="data"/> has such a target, as a model with these alias and representatives tables reads targets.</summary>
    /// <exception cref="DataFileException">A row's target is only function words the model would find in every text; each such row is named by its file and line.</exception>
    public static void Refuse(LabeledDataSet data, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, IReadOnlyDictionary<string, IReadOnlyList<string>> representatives)
    {
        if (data.Task == ClassifierTask.Stance)
        {
            Refuse(data, Judge(aliases, representatives));
        }
    }

    /// <summary>Throws when a stance row of <paramref name="data"/> has such a target, as <paramref name="table"/> reads targets.</summary>
    /// <exception cref="DataFileException">Such a row; each is named by its file and line.</exception>
    public static void Refuse(LabeledDataSet data, AliasTable table) => Refuse(data, Judge(table));

    /// <summary>
    /// Whether a target is such a target as a model with these alias and representatives tables reads it: for
    /// <c>LabeledDataReader</c> to list such rows among a file's other problems, so that one run names them all. The table
    /// is built at the first target of function words (none for sentiment data, whose rows have no target). The table's
    /// <see cref="AliasTable.IgnoreFormerPeople"/> is left off: it changes which mentions a text has, not how a target is
    /// read, so the verdict is the same under every config (and <c>train --check</c> judges as <c>train</c> does).
    /// </summary>
    public static Func<string, bool> Judge(IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, IReadOnlyDictionary<string, IReadOnlyList<string>> representatives)
    {
        var table = new Lazy<AliasTable>(() => new AliasTable(aliases, representatives));
        return t => FoundEverywhere(t, () => table.Value);
    }

    /// <summary>
    /// Whether a target is such a target as a model with <paramref name="table"/> reads it: the scorer's own reading
    /// (<see cref="TargetContext.FoundEverywhere"/>), built only for a target of function words.
    /// </summary>
    public static Func<string, bool> Judge(AliasTable table) => t => FoundEverywhere(t, () => table);

    /// <summary>The judgement both <c>Judge</c>s make: the table is asked for only when the target is all function words.</summary>
    private static bool FoundEverywhere(string target, Func<AliasTable> table) =>
        FunctionWords.All(target) && TargetContext.Create(target, table()).FoundEverywhere;

    /// <summary>The stance rows of <paramref name="data"/> whose target <paramref name="foundEverywhere"/> says the model would find in every text, each as an error at its file and line; none for sentiment.</summary>
    public static IEnumerable<DataFileError> Find(LabeledDataSet data, Func<string, bool> foundEverywhere)
    {
        if (data.Task != ClassifierTask.Stance)
        {
            return [];
        }

        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        return data.Examples
            .Where(e => e.Target is { } t && (verdicts.TryGetValue(t, out var v) ? v : verdicts[t] = foundEverywhere(t)))
            .Select(e => new DataFileError(e.Path, e.Line, FunctionWords.RowProblem(e.Target!)))
            .ToList();
    }

    /// <summary>Throws when a stance row of <paramref name="data"/> has a target <paramref name="foundEverywhere"/> says the model would find in every text.</summary>
    /// <returns><paramref name="data"/>, when it has no such row.</returns>
    /// <exception cref="DataFileException">Such a row; each is named by its file and line.</exception>
    public static LabeledDataSet Refuse(LabeledDataSet data, Func<string, bool> foundEverywhere)
    {
        var bad = Find(data, foundEverywhere).ToList();
        return bad.Count == 0 ? data : throw new DataFileException(bad.Take(MaxListed).ToArray(), bad.Count);
    }
}
