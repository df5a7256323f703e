namespace Classifier.Stance;

/// <summary>
/// Whether a person's name in a text is marked as someone who no longer holds office, as wire copy marks it: "former" or
/// a word starting "ex-" among the five words right before the name, with only the words of a title between (at least
/// one after "former"): "former President Donald Trump", "Germany's former chancellor Merkel", "ex-premier Johnson"; or
/// an apposition right after the name that opens with it ("Merkel, the former chancellor", "Kuleba, a former foreign
/// minister"). "former" right before the name ("former Trump aide") or before a verb
/// ("Former President Obama praised Merkel") does not mark it. Used by <see cref="AliasTable.FindMentions"/> with
/// <see cref="Features.FeaturizerSettings.IgnoreFormerPeople"/>.
/// </summary>
internal static class FormerMarker
{
    private const int WordsBefore = 5;
    private static readonly string[] Articles = ["a ", "an ", "the "];
    private static readonly string[] OfficeWords =
    [
        "president", "vice", "prime", "premier", "minister", "chancellor", "secretary", "secretary-general", "general",
        "state", "of", "for", "the", "foreign", "affairs", "defence", "defense", "interior", "finance", "economy",
        "trade", "nuclear", "negotiator", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader",
        "supreme", "envoy", "ambassador", "diplomat", "top", "commissioner", "representative", "high", "director",
        "director-general", "king", "queen", "emperor", "emir", "prince", "crown", "deputy", "acting", "army",
        "military", "commander", "speaker", "ruler", "strongman", "dictator", "governor", "mayor",
    ];

    /// <summary>Whether the name at <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/> is marked as former.</summary>
    public static bool Marks(ReadOnlySpan<char> text, int start, int end) => Before(text[..start]) || After(text[end..]);

    /// <summary>
    /// Whether the last words of <paramref name="before"/> are "former" or an "ex-" word followed only by words of a title
    /// (capitalised words, possessives and office words: "former U.S. secretary of state").
    /// </summary>
    internal static bool Before(ReadOnlySpan<char> before)
    {
        var i = before.Length;
        for (var words = 0; words < WordsBefore; words++)
        {
            while (i > 0 && char.IsWhiteSpace(before[i - 1]))
            {
                i--;
            }

            if (i == 0 || IsClauseBreak(before[i - 1]))
            {
                return false;
            }

            var end = i;
            while (i > 0 && !char.IsWhiteSpace(before[i - 1]) && !IsClauseBreak(before[i - 1]))
            {
                i--;
            }

            var word = before[i..end];
            if ((word.Length > 3 && word.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
                || (words > 0 && word.Equals("former", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (!IsTitleWord(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="after"/> opens with an apposition that marks the name before it as former.</summary>
    internal static bool After(ReadOnlySpan<char> after)
    {
        after = after.TrimStart();
        if (after.IsEmpty || after[0] != ',')
        {
            return false;
        }

        after = after[1..].TrimStart();
        foreach (var article in Articles)
        {
            if (after.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                after = after[article.Length..].TrimStart();
                break;
            }
        }

        return (after.Length > 3 && after.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
            || (after.StartsWith("former", StringComparison.OrdinalIgnoreCase) && !WordRunes.IsLetterAt(after, 6));
    }

    /// <summary>
    /// A word that can stand in a title between "former" and a name: capitalised ("U.S.", "President", "NATO"), a
    /// possessive ("Germany's") or an office word ("prime", "minister", "of"). A verb or any other word ends the title:
    /// in "Former President Obama praised Merkel", "former" is not Merkel's.
    /// </summary>
    private static bool IsTitleWord(ReadOnlySpan<char> word)
    {
        if (WordRunes.IsUpperAt(word, 0) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var w in OfficeWords)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2013' or '\u2014' or '!' or '?';
}
