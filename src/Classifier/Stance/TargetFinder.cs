using Classifier.Features;
using Classifier.Model;

namespace Classifier.Stance;

/// <summary>
/// The known targets a text names (<see cref="StanceClassifier.FindTargets"/>): a country or organisation by any of its
/// names written as a name, a policy or issue only by its own name. Stateless; safe to call from any thread.
/// </summary>
internal static class TargetFinder
{
    /// <summary>
    /// The targets <paramref name="text"/> names after its first <paramref name="skip"/> characters (a dateline the model does
    /// not read); with <paramref name="digitsToZero"/> (a model that finds names with its digits as 0,
    /// <see cref="ModelScorer.NamesDigitsFolded"/>), names with a digit are not found, as the model does not find them.
    /// </summary>
    public static string[] Find(AliasTable aliases, string text, int skip = 0, bool digitsToZero = false)
    {
        var lowered = new char[text.Length];
        TextNormalizer.Normalize(text, lowered, digitsToZero);
        var mentions = new List<Mention>();
        aliases.FindMentions(text, lowered, [], target: "", mentions, namesAsWritten: true, skip);
        return mentions.Where(m => TargetContext.LooksLikeName(m.Canonical) || NamesIssue(lowered.AsSpan(m.Start, m.End - m.Start), m.Canonical))
            .Select(m => m.Canonical).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Whether a mention's (lower-case) text is the issue's own name: "the " and a final "s" aside.</summary>
    private static bool NamesIssue(ReadOnlySpan<char> mention, string issue)
    {
        static ReadOnlySpan<char> Bare(ReadOnlySpan<char> s)
        {
            s = s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
            return s.EndsWith('s') ? s[..^1] : s;
        }

        // A mention wrapped across lines or typed with two spaces is read with one, as the name is matched.
        var written = TextNormalizer.HasWhiteSpaceToCollapse(mention) ? TextNormalizer.CollapseWhiteSpace(mention.ToString()).AsSpan() : mention;
        return Bare(written).Equals(Bare(TextNormalizer.FoldTypography(issue)), StringComparison.OrdinalIgnoreCase);
    }
}
