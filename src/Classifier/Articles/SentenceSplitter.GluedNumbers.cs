using System.Collections.Frozen;

namespace Classifier.Articles;

// A number before a glued stop: whether a word numbers it ("Section 12.A") or it ends a sentence as a count or a day does ("rose by 3.The").
public static partial class SentenceSplitter
{
    /// <summary>Whether the number starting at <paramref name="s"/> follows a word that numbers it ("Section 12", "No. 12", "Art. 12").</summary>
    private static bool NumbersWhatFollows(string text, int sentenceStart, int s)
    {
        var t = s;
        while (t > sentenceStart && (IsWordSpace(text[t - 1]) || text[t - 1] == '.'))
        {
            t--;
        }

        var u = t;
        while (u > sentenceStart && char.IsLetter(text[u - 1]))
        {
            u--;
        }

        var word = text[u..t];
        return t < s && (Abbreviations.BeforeNumber.Contains(word) || NumberingWords.Contains(word));
    }

    /// <summary>
    /// Whether the one-digit number at <paramref name="s"/> follows a word of small letters ("rose by 3") or a month
    /// ("January 1", "Sept. 2"), as a number that ends a sentence does; not after a colon, a capitalised word or nothing
    /// ("parts: 1.The", "Windows 7.The"), where it is a list item or a name's. An amount ("$2.5", "US$3", "€1.75") counts as
    /// one after a word: a number after a currency sign is no list item, version or model number.
    /// </summary>
    private static bool FollowsWordOrMonth(string text, int sentenceStart, int s)
    {
        if (AfterCurrencySign(text, sentenceStart, s))
        {
            return true;
        }

        var (word, dot, _) = PreviousWord(text, sentenceStart, s);
        return Abbreviations.Months.Contains(word) || (!dot && (MonthNames.Contains(word) || (word.Length >= 2 && IsAllLower(word))));
    }

    /// <summary>
    /// Whether the number at <paramref name="s"/>, after "the" or another determiner ("the 2022", "its 2019"), is glued to an
    /// acronym ending at <paramref name="acronymEnd"/> that goes on with a space and a capitalised word: the acronym opens
    /// a name, which the number dates ("Qatar hosted the 2022.FIFA World Cup", "the 2022.U.S. Open"), as a name's number
    /// names a model ("Boeing 737.MAX"). "...won the 2022.FIFA said" and "...in 2022.FIFA World Cup tickets" still end after the year.
    /// </summary>
    private static bool DatesAName(string text, int sentenceStart, int s, int acronymEnd, int end)
    {
        var (word, dot, _) = PreviousWord(text, sentenceStart, s);
        return !dot && Determiners.Contains(word) && acronymEnd + 2 < end && IsWordSpace(text[acronymEnd])
            && char.IsUpper(text[acronymEnd + 1]) && char.IsLower(text[acronymEnd + 2]);
    }

    /// <summary>Whether the number at <paramref name="s"/> is glued to a currency sign before it ("$2.5", "US$3", "€1.75"): an amount.</summary>
    private static bool AfterCurrencySign(string text, int sentenceStart, int s) =>
        s > sentenceStart && char.GetUnicodeCategory(text[s - 1]) == System.Globalization.UnicodeCategory.CurrencySymbol;

    /// <summary>
    /// The word of letters before the spaces before <paramref name="s"/> ("said" in "said no"), whether a full stop
    /// ends it ("Sept." in "Sept. 2"), and where it starts; empty when no space comes before <paramref name="s"/>.
    /// </summary>
    private static (string Word, bool Dot, int Start) PreviousWord(string text, int sentenceStart, int s)
    {
        var t = s;
        while (t > sentenceStart && IsWordSpace(text[t - 1]))
        {
            t--;
        }

        var dot = t < s && t > sentenceStart && text[t - 1] == '.';
        var u = dot ? t - 1 : t;
        var v = u;
        while (v > sentenceStart && char.IsLetter(text[v - 1]))
        {
            v--;
        }

        return (t < s ? text[v..u] : "", dot, v);
    }

    /// <summary>Words that number what follows them, besides the abbreviations: "Section 12", "Chapter 12", "Exhibit 12" (so "Exhibit 12.A" is a label).</summary>
    private static readonly FrozenSet<string> NumberingWords = FrozenSet.ToFrozenSet(
        ["section", "sec", "chapter", "article", "part", "paragraph", "para", "clause", "rule", "step", "page", "item", "figure",
         "table", "version", "room", "resolution", "point", "annex", "appendix", "schedule", "title", "number", "p", "exhibit"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners, before which a number glued to an acronym and a name dates the name: "the 2022.FIFA World Cup".</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "this", "that", "its", "his", "her", "their", "our"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Months written in full, before a day of one digit that may end a sentence ("...on January 1.A new board").</summary>
    private static readonly FrozenSet<string> MonthNames = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        StringComparer.OrdinalIgnoreCase);
}
