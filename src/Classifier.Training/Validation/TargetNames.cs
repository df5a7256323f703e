using Classifier.Data;

namespace Classifier.Training.Validation;

/// <summary>
/// Stance targets as training counts them: by their canonical name in the alias table, any case of a name the table
/// knows and with or without a leading "the" ("china" and "Beijing" are China), other names as written
/// (<see cref="Stance.AliasTable.Resolve"/>, as <c>ModelTrainer</c> counts a model's training targets).
/// </summary>
/// <threadsafety>Immutable; safe from any thread.</threadsafety>
internal sealed class TargetNames(IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
{
    private readonly Stance.AliasTable _table = new(aliases);

    /// <summary>The name training counts <paramref name="target"/> under.</summary>
    public string Canonical(string target) => _table.Resolve(target);

    /// <summary>
    /// One warning for each target the rows write in more than one form, naming each form with its first line and how
    /// many rows use it: forms training counts as one target (a matter of consistency), and forms that differ only in
    /// case but that training counts as several targets (a name the alias table does not know).
    /// </summary>
    public IEnumerable<string> FormsWarnings(IEnumerable<LabeledExample> examples)
    {
        foreach (var target in examples.Where(e => e.Target is not null).GroupBy(e => Canonical(e.Target!), StringComparer.OrdinalIgnoreCase))
        {
            var forms = target.GroupBy(e => e.Target!, StringComparer.Ordinal).ToArray();
            if (forms.Length < 2)
            {
                continue;
            }

            var written = string.Join(", ", forms.Select(f => $"'{f.Key}' ({f.First().Location}{(f.Count() > 1 ? $" and {f.Count() - 1} more" : "")})"));
            var counted = forms.Select(f => Canonical(f.Key)).Distinct(StringComparer.Ordinal).ToArray();
            yield return counted.Length == 1
                ? $"warning: target '{counted[0]}' is written in {forms.Length} forms: {written}; training counts them as one target, " +
                  "so they are counted as one here: write one form to keep the file uniform"
                : $"warning: a target is written in {forms.Length} forms: {written}; training counts them as {counted.Length} different targets " +
                  $"({string.Join(", ", counted.Select(c => $"'{c}'"))}): write one form, or add the target to the alias table (--aliases) if they are one";
        }
    }
}
