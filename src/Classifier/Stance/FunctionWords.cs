using System.Collections.Frozen;

namespace Classifier.Stance;

/// <summary>
/// A closed list of English function words (articles, prepositions, conjunctions, pronouns, auxiliaries and modals: "the",
/// "of", "their", "will"), which say nothing of what a text is about; used by <see cref="UnseenIssueCheck"/>, and to refuse
/// a target that is only such words (<see cref="FoundEverywhere"/>).
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class FunctionWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "the", "an", "of", "and", "or", "but", "nor", "on", "for", "in", "into", "onto", "to", "with", "without", "from", "by",
        "at", "as", "about", "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below",
        "between", "beyond", "down", "during", "off", "out", "over", "per", "since", "than", "through", "under", "until",
        "up", "upon", "via", "within", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "this", "that",
        "these", "those", "he", "she", "they", "them", "their", "his", "her", "we", "us", "our", "you", "your", "me", "my",
        "not", "no", "so", "if", "then", "who", "whom", "which", "what", "when", "where", "how", "all", "any", "some",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Spans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="lower"/>, a word in lower case, is a function word.</summary>
    public static bool Contains(ReadOnlySpan<char> lower) => Spans.Contains(lower);

    /// <summary>
    /// Whether <paramref name="name"/> has a word and every word (run of letters and digits, in any case) is a function
    /// word: "the", "Will", "of the"; not "The Hague".
    /// </summary>
    public static bool All(string name)
    {
        var words = WordRunes.Words(name);
        return words.Count > 0 && words.TrueForAll(w => Contains(w.ToLowerInvariant()));
    }

    /// <summary>
    /// Whether <paramref name="name"/>, a target or alias the model's alias table does not know, would be found wherever
    /// its words are used: it is only function words (<see cref="All"/>) and is not matched only as written, as a name of
    /// 3 letters or fewer in capitals is (<see cref="EntityPattern"/>: "WE") and, when <paramref name="namesAsWritten"/>
    /// (<see cref="Features.FeaturizerSettings.NamesAsWritten"/>), a name that reads as one ("May", "It":
    /// <see cref="TargetContext.LooksLikeName"/>).
    /// </summary>
    public static bool FoundEverywhere(string name, bool namesAsWritten) =>
        All(name) && !EntityPattern.Create(name.Trim(), name).CaseSensitive && !(namesAsWritten && TargetContext.LooksLikeName(name.Trim()));

    /// <summary>
    /// Why a name that is only function words names nothing, for <paramref name="quoted"/> ("The target 'will'",
    /// "target 'will'"): "... is only function words, so the model would read every 'will' in a text as a mention of it; "
    /// and <paramref name="fix"/>, with a word on names written with a capital when <paramref name="namesAsWritten"/>.
    /// </summary>
    public static string Problem(string quoted, string name, string fix, bool namesAsWritten)
    {
        var capitals = namesAsWritten ? " (in this model a name written with a capital, such as 'May', is matched only as written)" : string.Empty;
        return $"{quoted} is only function words, so the model would read every '{name.Trim().ToLowerInvariant()}' in a text as a mention of it; {fix}{capitals}";
    }
}
