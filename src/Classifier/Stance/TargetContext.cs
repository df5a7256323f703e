using System.Collections.Frozen;
using Classifier.Features;

namespace Classifier.Stance;

/// <summary>
/// Everything needed to featurise text toward one target: its canonical name, the hash its crossed
/// features use, patterns for a target the alias table does not know, and its content words for
/// partial mentions ("Legalization of Abortion" is partly mentioned by "abortions").
/// </summary>
internal sealed class TargetContext
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "of", "and", "for", "with", "from", "that", "this", "into", "over", "under", "about", "real", "concern",
        "movement", "issue", "policy", "plan", "deal", "agreement",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IReadOnlyList<string>? _aliases;

    private TargetContext(string canonical, EntityPattern[] extraPatterns, string[] stems, IReadOnlyList<string>? aliases)
    {
        _aliases = aliases;
        Canonical = canonical;
        CrossHash = FeatureHash.Token(canonical.ToLowerInvariant());
        IsName = LooksLikeName(canonical);
        FoundEverywhere = extraPatterns.Length > 0 && FunctionWords.FoundEverywhere(canonical);
        Polarity = TargetPolarity.Of(canonical);
        ExtraPatterns = extraPatterns;
        Stems = stems;
    }

    public string Canonical { get; }

    public ulong CrossHash { get; }

    /// <summary>Whether the target counts as a name rather than an issue (<see cref="LooksLikeName"/>; used by <see cref="FeaturizerSettings.AbsentKind"/>).</summary>
    public bool IsName { get; }

    /// <summary>
    /// Whether the target is unknown to the alias table and would be found wherever its words are used, being only
    /// function words ("the", "will": <see cref="FunctionWords.FoundEverywhere"/>); the classifier refuses such a target.
    /// </summary>
    public bool FoundEverywhere { get; }

    /// <summary>+1 if the target is for its subject, -1 if against ("This house would ban boxing"; see <see cref="TargetPolarity"/>, used by <see cref="FeaturizerSettings.TargetPolarity"/>).</summary>
    public int Polarity { get; }

    /// <summary>
    /// Patterns for a target the alias table does not know: the name as given, without "the", without a plural "s", and
    /// the representatives' names that are its own; for one <see cref="AliasTable.With"/> added, those names alone.
    /// </summary>
    public EntityPattern[] ExtraPatterns { get; }

    /// <summary>
    /// Lower-case prefixes (up to 6 characters) of the target's content words (of 4 characters or more), matched when no
    /// full mention exists; words and lengths are read by <see cref="WordRunes"/>, a surrogate pair one character.
    /// </summary>
    public string[] Stems { get; }

    /// <summary>
    /// The unit word vectors of the content words of the target and of its alias names (<see cref="UnseenIssueCheck"/>),
    /// built on first use; several threads may each build them once, all alike.
    /// </summary>
    public float[][] WordVectors => field ??= UnseenIssueCheck.WordVectors(Canonical, _aliases);

    public static TargetContext Create(string target, AliasTable aliases)
    {
        var canonical = aliases.Resolve(target);
        if (canonical.Length == 0)
        {
            throw new ArgumentException("The target is empty or white space; name the target the stance is about.", nameof(target));
        }

        // A target WithAliases added is known now, but is still found by its own people's names, as it was before.
        var extra = (aliases.IsKnown(canonical) ? aliases.Added.Contains(canonical) ? RelatedPeople(canonical, aliases) : []
                : Variants(canonical).Concat(RelatedPeople(canonical, aliases)))
            .Distinct(StringComparer.OrdinalIgnoreCase).Select(v => EntityPattern.Create(v, canonical)).ToArray();
        var stems = WordRunes.Words(canonical.ToLowerInvariant())
            .Where(w => WordRunes.Count(w) >= 4 && !StopWords.Contains(w))
            .Select(w => WordRunes.Prefix(w, 6))
            .Distinct()
            .ToArray();
        return new TargetContext(canonical, extra, stems, aliases.Aliases.GetValueOrDefault(canonical));
    }

    /// <summary>
    /// Whether <paramref name="target"/> reads as a name: it starts with a capital and so does each of its words of four
    /// or more letters ("Bosnia and Herzegovina", "WTO"; not "NATO enlargement" or "sanctions"), read by <see cref="WordRunes"/>
    /// (a mathematical bold capital is a capital, a surrogate pair one letter).
    /// </summary>
    internal static bool LooksLikeName(string target)
    {
        if (!WordRunes.IsUpperAt(target, 0))
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i <= target.Length; i++)
        {
            if (i == target.Length || target[i] == ' ')
            {
                if (WordRunes.Count(target.AsSpan(start, i - start)) >= 4 && WordRunes.IsLowerAt(target, start))
                {
                    return false;
                }

                start = i + 1;
            }
        }

        return true;
    }

    /// <summary>
    /// The representatives' names that are this unknown target's own, being part of its name or containing it as whole
    /// words ("Putin" and "Vladimir Putin" for the target "Vladimir Putin" or "Putin"), so that they mention it and not the
    /// target the person speaks for.
    /// </summary>
    internal static IEnumerable<string> RelatedPeople(string name, AliasTable aliases)
    {
        foreach (var p in aliases.RepresentativePatterns)
        {
            if (ContainsWords(name, p.Text) || ContainsWords(p.Text, name))
            {
                yield return p.Text;
            }
        }
    }

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> as whole words (<see cref="WordRunes"/>), ignoring case.</summary>
    internal static bool ContainsWords(string text, string words)
    {
        for (var i = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); i >= 0 && words.Length > 0;
             i = text.IndexOf(words, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + words.Length;
            if (!WordRunes.IsWordBefore(text, i) && !WordRunes.IsWordAt(text, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names an unknown target is found by: as given, without a leading "the", and with its last word in the singular:
    /// without a plural "s" ("sanctions": "sanction"), and for "-ies" with "-y" ("fuel subsidies": "fuel subsidy") and
    /// for "-xes", "-ches", "-shes", "-sses" and "-zes" without the "es" ("tourist taxes": "tourist tax"). Both forms are
    /// kept, since the ending alone cannot tell "taxes" from "niches" or "subsidies" from "movies"; a form that is no word
    /// never matches, for mentions are whole words. A target that does not end in "s" and does not read as a name
    /// (<see cref="LooksLikeName"/>) is also found with its last word in the plural: consonant + "y" to "-ies" ("fuel
    /// subsidy": "fuel subsidies"), "-x", "-z", "-ch" and "-sh" with "es" ("tourist tax": "tourist taxes"), any other
    /// ending with "s" ("minimum wage": "minimum wages").
    /// </summary>
    internal static IEnumerable<string> Variants(string name)
    {
        yield return name;
        var bare = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        if (bare != name)
        {
            yield return bare;
        }

        if (bare.Length > 4 && bare.EndsWith('s') && !bare.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return bare[..^1];
            if (bare.EndsWith("ies", StringComparison.Ordinal) && bare.Length > 5)
            {
                yield return bare[..^3] + "y";
            }
            else if (bare.EndsWith("xes", StringComparison.Ordinal) || bare.EndsWith("ches", StringComparison.Ordinal)
                || bare.EndsWith("shes", StringComparison.Ordinal) || bare.EndsWith("sses", StringComparison.Ordinal)
                || bare.EndsWith("zes", StringComparison.Ordinal))
            {
                yield return bare[..^2];
            }
        }
        else if (!bare.EndsWith('s') && bare.Length > 2 && WordRunes.IsLetterBefore(bare, bare.Length) && !LooksLikeName(bare))
        {
            yield return Plural(bare);
        }
    }

    /// <summary>The English plural of the last word of <paramref name="name"/> (see <see cref="Variants"/>).</summary>
    private static string Plural(string name)
    {
        if (name[^1] == 'y' && !"aeiou".Contains(name[^2], StringComparison.Ordinal))
        {
            return name[..^1] + "ies";
        }

        return name.EndsWith('x') || name.EndsWith('z') || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal)
            ? name + "es"
            : name + "s";
    }
}
