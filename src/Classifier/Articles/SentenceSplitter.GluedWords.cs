using System.Collections.Frozen;

namespace Classifier.Articles;

// The words either side of a glued stop (SentenceSplitter.GluedEnds.cs): how they are read, and the lists the rules look in.
public static partial class SentenceSplitter
{
    /// <summary>
    /// The word before a glued stop at <paramref name="i"/>, past a closing quote or bracket ("...called it "a welcome
    /// step".The envoy"): its start, the word, its kind, and whether it is a number before a percent sign ("5%", "0.5%"),
    /// which is read as a number of any length, for a percentage numbers nothing after it.
    /// </summary>
    private static (int Start, string Word, WordKind Kind, bool Percent) GluedWordBefore(string text, int sentenceStart, int i)
    {
        var w = i;
        while (w > sentenceStart && Closers.Contains(text[w - 1]))
        {
            w--;
        }

        var percent = w > sentenceStart && text[w - 1] == '%';
        var wordEnd = percent ? w - 1 : w;
        if (percent && wordEnd - 2 >= sentenceStart && text[wordEnd - 1] is ' ' or '\u00A0' or '\u202F' or '\u2009' && char.IsDigit(text[wordEnd - 2]))
        {
            wordEnd--; // "5 %", as French and some wire copy write it
        }

        var s = wordEnd;
        while (s > sentenceStart && (char.IsLetterOrDigit(text[s - 1]) || (text[s - 1] is ',' or '.'
            && s - 2 >= sentenceStart && char.IsDigit(text[s - 2]) && char.IsDigit(text[s]))))
        {
            s--;
        }

        var word = text[s..wordEnd];
        var kind = !percent ? KindOf(word)
            : word.Length > 0 && char.IsDigit(word[0]) && char.IsDigit(word[^1]) && word.All(c => char.IsDigit(c) || c is ',' or '.')
            ? WordKind.Number : WordKind.None;
        return (s, word, kind, percent);
    }

    /// <summary>Whether a word is one of the abbreviations the split knows ("Gen", "Corp", "Jan", "No"), in any case.</summary>
    private static bool IsAbbreviation(string word) =>
        Abbreviations.NeverFinal.Contains(word) || Abbreviations.BeforeNumber.Contains(word) || Abbreviations.Months.Contains(word)
        || Abbreviations.Ambiguous.Contains(word);

    private enum WordKind
    {
        None,
        Lower,
        Capitalised,
        Acronym,
        Number,
    }

    /// <summary>What a word before a glued stop is: small letters, capitalised, an acronym ("EU", "G7") or a number ("2047", "1,200", "3.5", "1990s").</summary>
    private static WordKind KindOf(string word)
    {
        if (word.Length < 2)
        {
            return word.Length == 1 && char.IsDigit(word[0]) ? WordKind.Number : WordKind.None;
        }

        if (IsAllLower(word))
        {
            return WordKind.Lower;
        }

        if (char.IsUpper(word[0]) && IsAllLower(word.AsSpan(1)))
        {
            return WordKind.Capitalised;
        }

        if (char.IsUpper(word[0]) && word.Length <= 6 && word.All(c => char.IsUpper(c) || char.IsDigit(c)))
        {
            return WordKind.Acronym;
        }

        if (word.Length is 3 or 5 && word[^1] == 's' && word.AsSpan(0, word.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return WordKind.Number; // a decade: "the 1990s", "the '90s"
        }

        // A decimal ("3.5", "1,200.75") is a number; a version or an address ("3.0.1", "192.168.0.1") is none.
        return char.IsDigit(word[0]) && char.IsDigit(word[^1]) && word.All(c => char.IsDigit(c) || c is ',' or '.') && word.Count(c => c == '.') <= 1
            ? WordKind.Number : WordKind.None;
    }

    /// <summary>Whether the number starting at <paramref name="s"/> follows a word that numbers it ("Section 12", "No. 12", "Art. 12").</summary>
    private static bool NumbersWhatFollows(string text, int sentenceStart, int s)
    {
        var t = s;
        while (t > sentenceStart && (text[t - 1] == ' ' || text[t - 1] == '.'))
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
    /// ("parts: 1.The", "Windows 7.The"), where it is a list item or a name's.
    /// </summary>
    private static bool FollowsWordOrMonth(string text, int sentenceStart, int s)
    {
        var (word, dot, _) = PreviousWord(text, sentenceStart, s);
        return Abbreviations.Months.Contains(word) || (!dot && (MonthNames.Contains(word) || (word.Length >= 2 && IsAllLower(word))));
    }

    /// <summary>
    /// The word of letters before the spaces before <paramref name="s"/> ("said" in "said no"), whether a full stop
    /// ends it ("Sept." in "Sept. 2"), and where it starts; empty when no space comes before <paramref name="s"/>.
    /// </summary>
    private static (string Word, bool Dot, int Start) PreviousWord(string text, int sentenceStart, int s)
    {
        var t = s;
        while (t > sentenceStart && text[t - 1] == ' ')
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

    /// <summary>
    /// Whether a "no" glued to a number word (<paramref name="word"/>, starting at <paramref name="s"/>) ends its sentence as
    /// an answer ("He said no.One aide disagreed", "Voters said No.One aide disagreed") rather than rank what follows or
    /// begin a noun. A small "no" is an answer unless a word that goes before ranks comes before it ("the world no.Two",
    /// <see cref="RankWords"/>) or "there is" ("There was no.One said so": "There was no." is no sentence, its "no" wants a
    /// noun). "No" in capitals ranks ("The band No.Two", "He was No.One") unless a word of answering comes before it
    /// (<see cref="AnswerWords"/>). Other numbering abbreviations number it ("vol.Two").
    /// </summary>
    private static bool EndsAnAnswer(string text, int sentenceStart, int s, string word)
    {
        var (previous, dot, start) = PreviousWord(text, sentenceStart, s);
        if (word == "No")
        {
            return !dot && AnswerWords.Contains(previous);
        }

        if (word != "no" || RankWords.Contains(previous))
        {
            return false;
        }

        return !(previous.ToLowerInvariant() is "is" or "was" or "are" or "were" or "be" or "been"
            && PreviousWord(text, sentenceStart, start).Word.Equals("there", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Where a dotted acronym of two letters or more starting at <paramref name="m"/> ("U.S.", "U.N.") ends, or -1.</summary>
    private static int DottedAcronymEnd(string text, int m, int end)
    {
        var p = m;
        while (p + 1 < end && char.IsUpper(text[p]) && text[p + 1] == '.')
        {
            p += 2;
        }

        return p - m >= 4 ? p : -1;
    }

    /// <summary>
    /// Common member names of code, which after a small-letter word and a full stop are member access ("list.Count",
    /// "items.Length", "user.Id"), not a sentence's first word. Only names that hardly ever open a news sentence: names
    /// that are also everyday nouns, adjectives or verbs opening one ("Children", "Max", "Key", "Current", "Property",
    /// "Text", "Data", "Officials", "Start") are left out, so "...hit by a missile.Children were among the dead" and
    /// "...fell.Data showed" still split.
    /// </summary>
    private static readonly FrozenSet<string> MemberNames = FrozenSet.ToFrozenSet(
        ["Count", "Length", "Id", "Keys", "Contains", "Parse", "Equals", "Trim", "Dispose", "Invoke", "Append", "Config",
         "Url", "Uri", "Timeout", "Headers", "Args", "Instance"],
        StringComparer.Ordinal);

    /// <summary>Number words, which a numbering abbreviation glued to them numbers: "No.One", "no.Two".</summary>
    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that number what follows them, besides the abbreviations: "Section 12", "Chapter 12", "Exhibit 12" (so "Exhibit 12.A" is a label).</summary>
    private static readonly FrozenSet<string> NumberingWords = FrozenSet.ToFrozenSet(
        ["section", "sec", "chapter", "article", "part", "paragraph", "para", "clause", "rule", "step", "page", "item", "figure",
         "table", "version", "room", "resolution", "point", "annex", "appendix", "schedule", "title", "number", "p", "exhibit"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronyms that follow a full stop in code or addresses without starting a sentence: "user.ID", "node.JS", "site.URL".</summary>
    private static readonly FrozenSet<string> TechnicalNames = FrozenSet.ToFrozenSet(
        ["ID", "IDS", "URL", "URI", "API", "UI", "IO", "SQL", "JS", "TS", "CSS", "DLL", "NET", "DB", "PY", "CS", "MD", "MP3", "MP4"],
        StringComparer.Ordinal);

    /// <summary>Domain and file-name endings, which follow a full stop without starting a sentence: "apple.Com", "budget.Xlsx".</summary>
    private static readonly FrozenSet<string> FileEndings = FrozenSet.ToFrozenSet(
        ["com", "org", "net", "gov", "edu", "int", "mil", "io", "co", "uk", "info", "biz", "html", "htm", "php", "asp", "aspx",
         "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "json", "xml", "jpg", "jpeg", "png", "gif", "zip", "exe"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before which a small "no." glued to a number word is a rank ("the no.One spot", "world no.Two", "went to no.One", "hit no.Three").</summary>
    private static readonly FrozenSet<string> RankWords = FrozenSet.ToFrozenSet(
        ["the", "a", "world", "at", "his", "her", "its", "their", "our", "my", "your", "former", "ranked", "seeded",
            "to", "hit", "hits", "reach", "reached", "reaches", "reaching"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a capital "No" glued to a number word is an answer, not a rank: "Voters said No.One aide disagreed".</summary>
    private static readonly FrozenSet<string> AnswerWords = FrozenSet.ToFrozenSet(
        ["said", "say", "says", "saying", "voted", "vote", "votes", "answered", "answers", "replied", "replies", "responded"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Months written in full, before a day of one digit that may end a sentence ("...on January 1.A new board").</summary>
    private static readonly FrozenSet<string> MonthNames = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        StringComparer.OrdinalIgnoreCase);
}
