using System.Collections.Frozen;

namespace Classifier.Stance;

/// <summary>
/// A closed list of English function words (articles, prepositions, conjunctions, pronouns, auxiliaries and modals: "a",
/// "the", "of", "their", "will"), which say nothing of what a text is about; used by <see cref="UnseenIssueCheck"/>, and to
/// refuse a target or alias that is only such words (<see cref="FoundEverywhere"/>).
/// </summary>
/// <threadsafety>Stateless; safe from any thread.</threadsafety>
internal static class FunctionWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "a", "i", "the", "an", "of", "and", "or", "but", "nor", "on", "for", "in", "into", "onto", "to", "with", "without", "from", "by",
        "at", "as", "about", "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below",
        "between", "beyond", "down", "during", "off", "out", "over", "per", "since", "than", "through", "under", "until",
        "up", "upon", "via", "within", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "it", "its", "this", "that",
        "these", "those", "he", "she", "they", "them", "their", "his", "her", "we", "us", "our", "you", "your", "me", "my",
        "not", "no", "so", "if", "then", "who", "whom", "which", "what", "when", "where", "how", "all", "any", "some",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Spans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest word of the list ("without", "between"); a longer word is none of them.</summary>
    private static readonly int MaxLength = Words.Max(w => w.Length);

    /// <summary>Whether <paramref name="lower"/>, a word in lower case, is a function word.</summary>
    public static bool Contains(ReadOnlySpan<char> lower) => Spans.Contains(lower);

    /// <summary>
    /// Whether <paramref name="name"/> has a word and every word (run of letters and digits, read by <see cref="WordRunes"/>,
    /// in any case) is a function word: "the", "Will", "of the"; not "The Hague". The name is read as the model reads it
    /// (<see cref="Features.ReadingForm"/>): "th\u00ADe", with a soft hyphen, and "&amp;#116;heir", a character reference,
    /// are "the" and "their". Allocates nothing for a name that reading leaves as written.
    /// </summary>
    public static bool All(string name)
    {
        name = Features.ReadingForm.Of(name, int.MaxValue);
        Span<char> word = stackalloc char[MaxLength];
        var (length, words, inWord, other) = (0, 0, false, false);
        var i = 0;
        while (true)
        {
            var step = 1;
            if (i < name.Length && WordRunes.IsWordAt(name, i, out step))
            {
                // A letter written as a surrogate pair, or a word longer than any on the list, is no function word.
                other |= step > 1 || length == MaxLength;
                if (!other)
                {
                    word[length++] = char.ToLowerInvariant(name[i]);
                }

                inWord = true;
                i += step;
                continue;
            }

            if (inWord)
            {
                if (other || !Contains(word[..length]))
                {
                    return false;
                }

                (words, length, inWord) = (words + 1, 0, false);
            }

            if (i >= name.Length)
            {
                return words > 0;
            }

            i += step;
        }
    }

    /// <summary>
    /// Whether <paramref name="name"/>, a target or alias, would be found wherever its words are used: it is only function
    /// words (<see cref="All"/>) and is not a name of 2 or 3 letters in capitals, which matches only as written
    /// (<see cref="EntityPattern"/>: "WE"). A capitalised one ("May", "The") is found too: at the start of every sentence
    /// that opens with it, and anywhere in a text without capitals. Whether the model's alias table knows the name
    /// (the target "us" is the United States) is the caller's to ask.
    /// </summary>
    public static bool FoundEverywhere(string name)
    {
        if (!All(name))
        {
            return false;
        }

        // As read: "&#87;&#69;" is "WE", matched only as written.
        var read = Features.ReadingForm.Of(name, int.MaxValue).Trim();
        var (letters, _) = WordRunes.CountLetters(read);
        return letters < 2 || !EntityPattern.Create(read, read).CaseSensitive;
    }

    /// <summary>What to do about such a target in a row or an option, in the CLI's terms.</summary>
    public const string RowFix = "put the name of a country, organisation, person or policy in the target, a person by their full name ('Theresa May', not 'May')";

    /// <summary>
    /// Why a name that is only function words names nothing, for <paramref name="quoted"/> ("The target 'will'",
    /// "target 'will'"): "... is only function words, so the model would read every 'will' in a text as a mention of it; "
    /// and <paramref name="fix"/>.
    /// </summary>
    public static string Problem(string quoted, string name, string fix) =>
        $"{quoted} is only function words, so the model would read every '{Features.ReadingForm.Of(name, int.MaxValue).Trim().ToLowerInvariant()}' in a text as a mention of it; {fix}";

    /// <summary>Why a labeled row toward <paramref name="target"/>, such a target, is refused: "target 'their' is only function words, ..." and <see cref="RowFix"/>.</summary>
    public static string RowProblem(string target) => Problem($"target '{target.Trim()}'", target, RowFix);
}
