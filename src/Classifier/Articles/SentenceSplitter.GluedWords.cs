namespace Classifier.Articles;

// The word before a glued stop (SentenceSplitter.GluedEnds.cs): where it starts and what kind of word it is.
public static partial class SentenceSplitter
{
    /// <summary>
    /// The word before a glued stop at <paramref name="i"/>, past a closing quote or bracket ("...called it "a welcome
    /// step".The envoy"): its start, the word, its kind, and whether it is a number before a percent sign ("5%", "0.5%"),
    /// which is read as a number of any length, for a percentage numbers nothing after it.
    /// </summary>
    internal static GluedWord GluedWordBefore(string text, int sentenceStart, int i)
    {
        var w = i;
        while (w > sentenceStart && Closers.Contains(text[w - 1]))
        {
            w--;
        }

        var percent = w > sentenceStart && text[w - 1] == '%';
        var wordEnd = percent ? w - 1 : w;
        if (percent && wordEnd - 2 >= sentenceStart && IsWordSpace(text[wordEnd - 1]) && char.IsDigit(text[wordEnd - 2]))
        {
            wordEnd--; // "5 %", as French and some wire copy write it
        }

        var s = wordEnd;
        var dots = 0;
        while (s > sentenceStart && (char.IsLetterOrDigit(text[s - 1]) || (text[s - 1] is ',' or '.'
            && s - 2 >= sentenceStart && char.IsDigit(text[s - 2]) && char.IsDigit(text[s]))))
        {
            if (!percent && text[s - 1] == '.' && ++dots == 2)
            {
                // A version or an address ("3.0.1", "192.168.0.1") is no word a sentence ends with (KindOf), so the scan
                // stops at its second dot: read back to its start at every one of its stops, a long run of them
                // ("1.2.1.2.1.2..." in a 200 KB text) took time quadratic in its length (46 seconds).
                return new GluedWord(s - 1, text[(s - 1)..wordEnd], WordKind.None, percent);
            }

            s--;
        }

        var word = text[s..wordEnd];
        var kind = !percent ? KindOf(word)
            : word.Length > 0 && char.IsDigit(word[0]) && char.IsDigit(word[^1]) && word.All(c => char.IsDigit(c) || c is ',' or '.')
            ? WordKind.Number : WordKind.None;
        return new GluedWord(s, word, kind, percent);
    }

    /// <summary>The word before a glued stop: where it starts, the word, its kind, and whether a percent sign follows it.</summary>
    internal readonly record struct GluedWord(int Start, string Word, WordKind Kind, bool Percent)
    {
        /// <summary>A number of one digit, as often a list or section number as a count ("2.Five", "1.Introduction", "rose by 3.The").</summary>
        public bool OneDigit => Kind == WordKind.Number && !Percent && Word.Count(char.IsDigit) < 2;

        /// <summary>
        /// A capitalised word of three letters or more that is no abbreviation ("Moscow", "Tuesday", "Kremlin"; not "Gen",
        /// "Corp", "Jan"): a glued end after it is read as after small letters, for such words end news sentences often.
        /// </summary>
        public bool IsName => Kind == WordKind.Capitalised && Word.Length >= 3 && !IsAbbreviation(Word);
    }

    /// <summary>Whether a word is one of the abbreviations the split knows ("Gen", "Corp", "Jan", "No"), in any case.</summary>
    private static bool IsAbbreviation(string word) =>
        Abbreviations.NeverFinal.Contains(word) || Abbreviations.BeforeNumber.Contains(word) || Abbreviations.Months.Contains(word)
        || Abbreviations.Ambiguous.Contains(word);

    internal enum WordKind
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
}
