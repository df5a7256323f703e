namespace Classifier.Articles;

// The word before a glued stop (SentenceSplitter.GluedEnds.cs): whether it may end a sentence at all.
public static partial class SentenceSplitter
{
    /// <summary>
    /// Whether the word before a glued stop (perhaps with a closing quote or bracket between) may end a sentence. It starts
    /// after a space, an opening quote or bracket, or a hyphen in no link ("well-received"): small letters of two or more
    /// ("visit"); a capitalised word ("Paris"); an acronym of capitals and digits ("EU", "G7"); a number ("2047", "1,200",
    /// "$300"), a decade ("1990s") or a percentage ("5%", "0.5%", "5 %"). A number is not one a word numbers ("Section 12",
    /// "No. 12", "Exhibit 12.A", "Section 2.3.A", a label); a number of one digit, as often a list or section number
    /// ("2.Five", "1.Introduction", "parts: 1.The"), ends a sentence only after small letters, a month or a currency sign
    /// and before a word that opens sentences ("...rose by 3.The talks", "...on January 1.A new board", "...paid as
    /// $3.The talks"; "Windows 7.The" stays whole); a decimal, only after small letters or a currency sign ("Growth was
    /// 3.5.The bank", "...closed at $2.5.The company"; "Python 3.5.The" stays whole, a version). Not a title or other
    /// abbreviation that never ends a sentence ("vs.Chelsea", "Mr.Kim").
    /// </summary>
    private static bool MayEndAGluedSentence(string text, int sentenceStart, GluedWord before)
    {
        // An amount starts no word ("$3"), yet ends sentences as a number after small letters does.
        var s = before.Start;
        if (before.Kind == WordKind.None || (s > sentenceStart && !IsWordStart(text, sentenceStart, s)
                && !(before.Kind == WordKind.Number && AfterCurrencySign(text, sentenceStart, s)))
            || Abbreviations.NeverFinal.Contains(before.Word))
        {
            return false;
        }

        return before.Kind != WordKind.Number || before.Percent
            || !(NumbersWhatFollows(text, sentenceStart, s)
                || ((before.OneDigit || before.Word.Contains('.')) && !FollowsWordOrMonth(text, sentenceStart, s)));
    }

    /// <summary>
    /// Whether a word starting at <paramref name="s"/> starts after a space or an opening quote or bracket, or after a hyphen
    /// in a word that is no link, address or file name ("well-received", but not "uk-politics" in ".../news/uk-politics.Html").
    /// </summary>
    private static bool IsWordStart(string text, int sentenceStart, int s)
    {
        var before = text[s - 1];
        if (IsWordSpace(before) || Openers.Contains(before))
        {
            return true;
        }

        if (before is not ('-' or '\u2010' or '\u2011'))
        {
            return false;
        }

        var t = s - 1;
        while (t > sentenceStart && !IsWordSpace(text[t - 1]))
        {
            t--;
            if (text[t] is '/' or '.' or '@' or '\\')
            {
                return false;
            }
        }

        return true;
    }
}
