using System.Globalization;

namespace Classifier.Stance;

/// <summary>
/// The rules a stance model's alias table and representatives table obey: the training CLI's alias and representatives
/// files apply all of them (<see cref="Problems"/>), <see cref="StanceClassifier.WithAliases"/> its names' own, one at a
/// time (<see cref="NameProblem"/>, through <see cref="AliasTable.Conflict"/>). Loading a model applies only
/// <see cref="Unusable"/>: earlier builds of the training CLI wrote tables under looser naming rules, and such a table
/// still scores as its model was trained, so re-applying today's rules at every load would refuse good models.
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class NameTableRules
{
    /// <summary>
    /// Why <paramref name="target"/> may not be a target of a table: it is empty or white space, longer than
    /// <see cref="StanceClassifier.MaxTargetLength"/>, or has a control character or no letter or digit
    /// (<see cref="TargetCharacters"/>), so no caller could pass it. Null when it may.
    /// </summary>
    public static string? TargetProblem(string target) =>
        target.Trim().Length == 0 ? "a target's name is empty"
        : target.Trim().Length > StanceClassifier.MaxTargetLength ? TooLong($"the target '{TargetLength.Cut(target.Trim())}'", target.Trim().Length, "a target")
        : TargetCharacters.Problem(target.Trim(), "the target", $"the target '{target.Trim()}'");

    /// <summary>
    /// Why <paramref name="name"/> may not be a name of <paramref name="target"/> or, with <paramref name="person"/>, the
    /// name of someone who speaks for it: empty or white space, longer than <see cref="StanceClassifier.MaxTargetLength"/>,
    /// with a control character or no letter or digit (<see cref="TargetCharacters"/>), with <paramref name="functionWords"/>
    /// only function words (<see cref="FunctionWords.FoundEverywhere"/>: "their", "Us", "May"; not "US"), or an ordinary
    /// word (<see cref="AliasTable.OrdinaryWord"/>). Null when it may.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="target">The target it names, or the person speaks for.</param>
    /// <param name="person">Whether the name is a person's (a representatives table) rather than an alias.</param>
    /// <param name="functionWords">Whether to judge function words here: the training files do; <see cref="AliasTable.Conflict"/>
    /// leaves them to <see cref="StanceClassifier.WithAliases"/>, whose message names the alias's place in its list.</param>
    public static string? NameProblem(string name, string target, bool person = false, bool functionWords = true)
    {
        var trimmed = name.Trim();
        var what = person ? $"a person who speaks for '{target}'" : $"an alias of '{target}'";
        return trimmed.Length == 0 ? $"{what} is empty"
            : trimmed.Length > StanceClassifier.MaxTargetLength ? TooLong($"{what}, '{TargetLength.Cut(trimmed)}',", trimmed.Length, "a name")
            : TargetCharacters.Problem(trimmed, what, $"{what}, '{trimmed}',")
            ?? (functionWords ? FunctionWordName(trimmed, target, what, person) : null)
            ?? AliasTable.OrdinaryWord(trimmed, target, person);
    }

    /// <summary>
    /// Why <paramref name="target"/> may not be a target of an alias file: <see cref="TargetProblem"/>'s reasons, or it is
    /// only function words (<see cref="FunctionWords.FoundEverywhere"/>: "the", "Us"), so that, once the table knew it, the
    /// model would find it wherever those words are used. Not applied at load (<see cref="Unusable"/>).
    /// </summary>
    public static string? FileTargetProblem(string target) =>
        TargetProblem(target) ?? (FunctionWords.FoundEverywhere(target.Trim())
            ? FunctionWords.Problem($"the target '{target.Trim()}'", target, "name a country, organisation, person or policy, a person by their full name ('Theresa May', not 'May')")
            : null);

    /// <summary>
    /// Why <paramref name="name"/>, an alias or a person named as <paramref name="what"/>, may not be one because it is
    /// only function words, or null. For a short lower-case alias of a target written as a name ("us" for United
    /// States) the message also says to write an abbreviation in capitals ("US"), which match only as written.
    /// </summary>
    private static string? FunctionWordName(string name, string target, string what, bool person)
    {
        if (!FunctionWords.FoundEverywhere(name))
        {
            return null;
        }

        var fix = person ? "give the person's full name ('Theresa May', not 'May')"
            : AliasTable.OrdinaryWord(name, target) is null ? $"give a name of '{target}' or leave it out"
            : $"give a name of '{target}' or leave it out, or write an abbreviation in capitals ('{name.ToUpperInvariant()}'), which match only as written";
        return FunctionWords.Problem($"{what}, '{name}',", name, fix);
    }

    /// <summary>
    /// The first entry of a manifest's tables that no caller could use and today's training files refuse: a target
    /// that is empty, longer than <see cref="StanceClassifier.MaxTargetLength"/> or with characters no target may have (<see cref="StanceClassifier.FindTargets"/>
    /// could hand it back, and <see cref="StanceClassifier.Predict"/> would refuse it), or an empty name (as a JSON null
    /// reads). Null when there is none. The naming rules of <see cref="Problems"/> (short lower-case names, a name of two
    /// targets, people for a target the table lacks...) are not applied here: a model trained before a rule was added
    /// keeps loading, and <see cref="AliasTable"/> gives a name of two targets to the first.
    /// </summary>
    public static NameTableProblem? Unusable(
        IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, IReadOnlyDictionary<string, IReadOnlyList<string>> representatives)
    {
        foreach (var (table, names, person) in new[] { (NameTableKind.Aliases, aliases, false), (NameTableKind.Representatives, representatives, true) })
        {
            foreach (var target in Sorted(names.Keys))
            {
                if (TargetProblem(target) is { } bad)
                {
                    return new NameTableProblem(table, target, target, bad);
                }

                if (names[target].FirstOrDefault(n => n.Trim().Length == 0) is { } empty)
                {
                    return new NameTableProblem(table, target, empty, person ? $"a person who speaks for '{target}' is empty" : $"an alias of '{target}' is empty");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Every problem of <paramref name="aliases"/> and <paramref name="representatives"/> as a manifest stores them, in
    /// order of target (ordinal): a target or name refused by <see cref="FileTargetProblem"/> or <see cref="NameProblem"/>, a
    /// name (any case, and read as the table reads names: <see cref="AliasTable.Name"/>) of two targets, also with or without a leading "the" ("the Hague" and "Hague"), people listed for a target the alias table does not have, a person (any case) who
    /// speaks for two targets or is also a target's name.
    /// </summary>
    public static IEnumerable<NameTableProblem> Problems(
        IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, IReadOnlyDictionary<string, IReadOnlyList<string>> representatives)
    {
        // Each name (any case, as the table reads it: AliasTable.Name, so "Côte d’Ivoire", "Côte d'Ivoire" and a decomposed
        // "Co\u0302te d'Ivoire" are one name) with the target it names and its spelling there, the first met.
        var owner = new Dictionary<string, (string Target, string Spelling)>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in Sorted(aliases.Keys))
        {
            if (FileTargetProblem(target) is { } bad)
            {
                yield return new NameTableProblem(NameTableKind.Aliases, target, target, bad);
                continue;
            }

            foreach (var name in aliases[target].Prepend(target))
            {
                if ((name == target ? null : NameProblem(name, target)) is { } problem)
                {
                    yield return new NameTableProblem(NameTableKind.Aliases, target, name, problem);
                }
                else if (!owner.TryAdd(AliasTable.Name(name), (target, name.Trim())) && owner[AliasTable.Name(name)] is var (firstTarget, first) && firstTarget != target)
                {
                    // Quote both spellings when they differ: "kremlin" added to China is the entry at fault, not Russia's "Kremlin".
                    var names = first == name.Trim() ? $"'{first}' names both '{firstTarget}' and '{target}'"
                        : $"'{name.Trim()}' names '{target}', and '{first}' names '{firstTarget}'";
                    yield return new NameTableProblem(NameTableKind.Aliases, target, name, $"{names}; an alias names one target") { Other = (firstTarget, first) };
                }
            }
        }

        // A leading "the" is tried both ways when a name is looked up (AliasTable.Resolve: "the United States" is United
        // States), so "the Hague" of the Netherlands beside a target "Hague" would be one name of two targets, as
        // WithAliases already refuses.
        foreach (var (target, name) in owner.Values)
        {
            if (name.Length > 4 && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
                && owner.TryGetValue(AliasTable.Name(name[4..]), out var other) && other.Target != target)
            {
                yield return new NameTableProblem(NameTableKind.Aliases, target, name,
                    $"'{name}' names '{target}', and '{other.Spelling}' names '{other.Target}'; a name with or without a leading 'the' names one target")
                { Other = other };
            }
        }

        var speaksFor = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var target in Sorted(representatives.Keys))
        {
            if (!aliases.ContainsKey(target))
            {
                // Its people are still checked below, so that one reading of a file reports them too.
                yield return new NameTableProblem(NameTableKind.Representatives, target, target, owner.TryGetValue(AliasTable.Name(target), out var canonical)
                    ? $"target '{target}' is another name of '{canonical.Target}' in the alias table; write '{canonical.Target}'"
                    : $"target '{target}' is not in the alias table; add it there, or correct the name");
            }

            foreach (var person in representatives[target])
            {
                var name = person.Trim();
                if (NameProblem(person, target, person: true) is { } problem)
                {
                    yield return new NameTableProblem(NameTableKind.Representatives, target, person, problem);
                }
                else if (owner.TryGetValue(AliasTable.Name(person), out var named))
                {
                    yield return new NameTableProblem(NameTableKind.Representatives, target, person,
                        $"'{name}' speaks for '{target}' but is also a name of the target '{named.Target}' in the alias table; a name is either a target's or a person's, so remove one");
                }
                else if (!speaksFor.TryAdd(AliasTable.Name(person), target) && speaksFor[AliasTable.Name(person)] is var other && other != target)
                {
                    yield return new NameTableProblem(NameTableKind.Representatives, target, person,
                        $"'{name}' speaks for both '{other}' and '{target}'; a person can speak for only one target");
                }
            }
        }
    }

    private static string TooLong(string what, int length, string noun) => string.Create(CultureInfo.InvariantCulture,
        $"{what} is {length:N0} characters long, more than the {StanceClassifier.MaxTargetLength} {noun} may have (StanceClassifier.MaxTargetLength)");

    private static string[] Sorted(IEnumerable<string> keys)
    {
        var sorted = keys.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }
}

/// <summary>Which of a stance model's two name tables a <see cref="NameTableProblem"/> is in.</summary>
internal enum NameTableKind
{
    /// <summary>The alias table: targets and their other names.</summary>
    Aliases,

    /// <summary>The representatives table: targets and the people who speak for them.</summary>
    Representatives,
}

/// <summary>One entry a stance model's name tables may not hold: the target it is listed under, the name at fault (the
/// target itself when the target is), and why, as a message that names both.</summary>
internal sealed record NameTableProblem(NameTableKind Table, string Target, string Name, string Message)
{
    /// <summary>
    /// For a name of two targets, the other entry (its target and spelling), so that a file's reader can report the
    /// conflict at whichever of the two lines comes later and point at the other; null for every other problem.
    /// </summary>
    public (string Target, string Spelling)? Other { get; init; }
}
