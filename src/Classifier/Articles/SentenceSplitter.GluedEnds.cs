namespace Classifier.Articles;

// Sentence ends with no space after the stop, as text scraped from separate paragraphs has them ("...said.The talks").
public static partial class SentenceSplitter
{
    /// <summary>
    /// Whether a sentence end with no space after it, as text pasted or scraped from separate paragraphs has
    /// ("...the ministry said.The talks resume on Monday"), ends a sentence. Both sides must look the part: the word before
    /// the stop (<see cref="MayEndAGluedSentence"/>) and the word after it, an acronym (<see cref="GluedAcronymStarts"/>) or
    /// a capitalised word (<see cref="GluedWordStarts"/>). After the other abbreviations ("etc.", "Inc.", "no.", "Jan.")
    /// the stop is read as a spaced one (<see cref="EndsSentence"/>). So no decimal, version, time or section number
    /// ("2.5", "v1.2", "3.0.1", "10.30", "Section 2.3": a digit follows, or the word is no word start) and no dotted
    /// acronym ("U.S.Army", "U.N.The").
    /// </summary>
    private static bool IsGluedEnd(string text, int sentenceStart, int i, int j, int k, int end)
    {
        var before = GluedWordBefore(text, sentenceStart, i);
        if (!MayEndAGluedSentence(text, sentenceStart, before))
        {
            return false;
        }

        var m = k + 1;
        while (m < end && Openers.Contains(text[m]))
        {
            m++;
        }

        if (m < end && IsWideScriptLetter(text[m]))
        {
            return true; // "The ministry objected.北京表示反对。": Chinese, Japanese and Korean have no capitals to start a sentence
        }

        if (m >= end || !char.IsUpper(text[m]))
        {
            return false;
        }

        var plain = (i == sentenceStart || !Closers.Contains(text[i - 1])) && j == i && k == j && text[i] == '.' && m == k + 1;
        var e = m + 1;
        while (e < end && char.IsLower(text[e]))
        {
            e++;
        }

        var a = m + 1;
        while (a < end && (char.IsUpper(text[a]) || char.IsDigit(text[a])))
        {
            a++;
        }

        // Before an acronym, a bare number ends a sentence only after small letters or a month ("...signed in 2019.EU
        // leaders", "on May 20.EU ministers"): after a name it is a model's or a mission's ("Boeing 737.MAX jets"), and
        // after "the" before an acronym and a name it dates the name ("the 2022.FIFA World Cup"), unless the acronym goes
        // on with a verb of saying, as a speaker does ("...flew on Apollo 11.NASA said").
        var number = before.Kind == WordKind.Number && !before.OneDigit;
        var dotted = DottedAcronymEnd(text, m, end);
        if (before.IsName && IsStateBeforeAHyphen(text, m, dotted, end))
        {
            return false; // "Washington.D.C.-based groups": "Washington, D.C.-based" with its comma dropped
        }

        var acronymEnd = dotted >= 0 ? dotted : a;
        var numberEnds = number && (before.Percent || before.Word.EndsWith('s')
            || (FollowsWordOrMonth(text, sentenceStart, before.Start) && !DatesAName(text, sentenceStart, before.Start, acronymEnd, end)));
        if (GluedAcronymStarts(text, m, a, end, before.Kind == WordKind.Lower || before.IsName, number, numberEnds) is { } acronym)
        {
            return acronym;
        }

        return GluedWordStarts(text, sentenceStart, before, m, e, end, plain);
    }

    /// <summary>
    /// Whether <paramref name="c"/> is a letter of Chinese, Japanese or Korean text (a CJK ideograph, kana, a Hangul
    /// syllable), which opens a sentence glued to an English one as a capital does ("...objected.北京表示反对。").
    /// </summary>
    private static bool IsWideScriptLetter(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3041' and <= '\u30FF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uFF66' and <= '\uFF9D';
}
