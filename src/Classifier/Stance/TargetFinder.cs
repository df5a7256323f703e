using Classifier.Features;

namespace Classifier.Stance;

/// <summary>
/// The known targets a text names (<see cref="StanceClassifier.FindTargets"/>): a country or organisation by any of its
/// names written as a name, a policy or issue only by its own name. Stateless; safe to call from any thread.
/// </summary>
internal static class TargetFinder
{
    public static string[] Find(AliasTable aliases, string text)
    {
        var lowered = new char[text.Length];
        TextNormalizer.Normalize(text, lowered);
        var mentions = new List<Mention>();
        aliases.Finder.Find(text, lowered, [], target: "", mentions);
        var capitals = TextNormalizer.HasUpper(text);
        return mentions.Where(m => TargetContext.LooksLikeName(m.Canonical)
                ? !capitals || WrittenAsName(aliases, text.AsSpan(m.Start, m.End - m.Start), m.Canonical)
                : NamesIssue(lowered.AsSpan(m.Start, m.End - m.Start), m.Canonical))
            .Select(m => m.Canonical).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Whether a mention of a name is written as one: it has a capital ("Turkey", "the North", "NATO"), or it is one of the
    /// target's names exactly as the table writes it in lower case ("the bloc"); "turkey" and "the north" are not.
    /// </summary>
    private static bool WrittenAsName(AliasTable aliases, ReadOnlySpan<char> mention, string canonical)
    {
        if (TextNormalizer.HasUpper(mention))
        {
            return true;
        }

        foreach (var name in aliases.Aliases.TryGetValue(canonical, out var names) ? names : [])
        {
            if (mention.Equals(name.Trim(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention's (lower-case) text is the issue's own name: "the " and a final "s" aside.</summary>
    private static bool NamesIssue(ReadOnlySpan<char> mention, string issue)
    {
        static ReadOnlySpan<char> Bare(ReadOnlySpan<char> s)
        {
            s = s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
            return s.EndsWith('s') ? s[..^1] : s;
        }

        return Bare(mention).Equals(Bare(issue), StringComparison.OrdinalIgnoreCase);
    }
}
