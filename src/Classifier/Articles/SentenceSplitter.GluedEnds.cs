namespace Classifier.Articles;

// Sentence ends with no space after the stop, as text scraped from separate paragraphs has them ("...said.The talks").
public static partial class SentenceSplitter
{
    /// <summary>
    /// Whether a sentence end with no space after it, as text pasted or scraped from separate paragraphs has
    /// ("...the ministry said.The talks resume on Monday"), ends a sentence. Both sides must look the part.
    /// <para>
    /// The word before the stop (perhaps with a closing quote or bracket between) starts after a space, an opening quote
    /// or bracket, or a hyphen in no link ("well-received"): small letters of two or more ("visit"); a capitalised word
    /// ("Paris"); an acronym of capitals and digits ("EU", "G7"); a number ("2047", "1,200", "$300"), a decade ("1990s")
    /// or a percentage ("5%", "0.5%", "5 %"). A number is not one a word numbers ("Section 12", "No. 12", "Exhibit 12.A",
    /// "Section 2.3.A", a label); a number of one digit, as often a list or section number ("2.Five", "1.Introduction",
    /// "parts: 1.The"), ends a sentence only after small letters, a month or a currency sign and before a word that opens
    /// sentences ("...rose by 3.The talks", "...on January 1.A new board", "...paid as $3.The talks"; "Windows 7.The" stays
    /// whole); a decimal, only after small letters or a currency sign ("Growth was 3.5.The bank", "...closed at
    /// $2.5.The company"; "Python 3.5.The" stays whole, a version). Not a title or other abbreviation that never ends a
    /// sentence ("vs.Chelsea", "Mr.Kim"), nor a numbering abbreviation before a number word that it numbers: "vol.Two", a
    /// rank written "No." ("The band No.Two"; but "Voters said No.One aide disagreed" splits) or "no." or "NO." after a
    /// word that goes before ranks ("the world no.Two"; but "He said no.One aide disagreed" and "The answer was NO.Two
    /// ministers resigned" split), and "no." after
    /// "there is" ("There was no.One said so", where no sentence can end: <see cref="EndsAnAnswer"/>); nor, by <see cref="EndsSentence"/>, a Roman numeral in
    /// capitals ("vol.IV"; not "no.Xi Jinping"); after the other abbreviations ("etc.", "Inc.", "no.", "Jan.") the stop is
    /// read as a spaced one (<see cref="EndsSentence"/>). So no decimal, version, time or section number ("2.5", "v1.2",
    /// "3.0.1", "10.30", "Section 2.3": a digit follows, or the word is no word start) and no dotted acronym ("U.S.Army",
    /// "U.N.The").
    /// </para>
    /// <para>
    /// The next word (perhaps after an opening quote or bracket) is a capitalised word of small letters that ends the
    /// text or goes on with a space, a possessive ("Norway's", "Laos'"), a hyphen, a final stop or other punctuation.
    /// After a capitalised word of three letters or more that is no abbreviation ("Moscow", "Tuesday"), as after small
    /// letters, any such word starts one ("...talks in Moscow.Mongolia's envoy"); after another capitalised word or an
    /// acronym, only a word that opens sentences ("...on the EU.The talks", but "Gen.Milley", "Corp.Shares" stay whole);
    /// after a number, any such word but a month, weekday or time zone ("...by 2047.Polish officials", but "on 15.March").
    /// After small letters, such a name or a number, "A" or "I" before a space ("...a missile.A Japanese ship"); after
    /// small letters, such a name or a number of two digits or more, an acronym before a space, a possessive, a comma,
    /// semicolon or colon, or a dotted one before a space or a hyphen ("...was agreed.G7 leaders", "...the Kremlin.EU
    /// leaders", "...fell 12%.EU officials", "...in 2022.FIFA's president", "...was agreed.U.S. officials", "...the
    /// 1990s.U.S. markets", "...agreed.U.S.-led talks"; not a time zone or "A.M." after a number, "at 1500.GMT", "at
    /// 10.A.M."; a bare number only after small letters, a currency sign or a month, for after a name it is a model's or a
    /// mission's, "Boeing 737.MAX jets", unless a verb of saying follows the acronym: "...flew on Apollo 11.NASA said").
    /// A dotted acronym that would be a sentence alone, at the end of the text or before a word that opens one, starts
    /// none: "...held in Washington.D.C. Officials said" ends after "D.C.", its glued stop a dropped comma. A
    /// domain or file ending starts nothing ("apple.Com", "budget.Xlsx", "report.PDF"), nor does a technical name
    /// ("user.ID", "node.JS"), and nothing inside a link, address or dotted name ("www.Reuters.com", "ASP.NET").
    /// </para>
    /// <para>
    /// A word of small letters, one full stop and a capitalised word with nothing between is the shape of a glued end
    /// ("...talks stalled.Moscow said nothing") and of a token: member access in code ("list.Count"), a user or e-mail
    /// name ("john.Smith", "jane.Doe@example.org"). Their shape cannot tell them apart, so the words do: a capitalised
    /// word that goes on with an "@" or a stop and a letter is an address's part, and one of the common member names of
    /// code (<see cref="MemberNames"/>: "Count", "Length", "Id", "ToString" by its inner capital) is a member, even at
    /// the end of the text ("Bug found in list.Count"). Any other capitalised word starts a sentence, whatever follows it,
    /// as scraped news has it far more often than code or a user name: "...talks stalled.Brazil, which chairs the group,"
    /// is split, and so, a limit of the rule, are "Write to john.Smith today" and "john.Smith, the clerk". A closing quote
    /// before the stop, another terminal or an opening quote after it marks the end plainly ("...a welcome
    /// step".Moscow said", "...fell sharply!Moscow said") and no member name is looked for.
    /// </para>
    /// </summary>
    private static bool IsGluedEnd(string text, int sentenceStart, int i, int j, int k, int end)
    {
        var (s, word, before, percent) = GluedWordBefore(text, sentenceStart, i);

        // A number of one digit is as often a list or section number ("2.Five", "1.Introduction", "parts: 1.The"): it ends
        // a sentence only after small letters, a month or a currency sign and before a word that opens sentences
        // ("...rose by 3.The", "...paid as $3.The"). An amount starts no word, yet ends sentences.
        var oneDigit = before == WordKind.Number && !percent && word.Count(char.IsDigit) < 2;
        if (before == WordKind.None || (s > sentenceStart && !IsWordStart(text, sentenceStart, s)
                && !(before == WordKind.Number && AfterCurrencySign(text, sentenceStart, s)))
            || Abbreviations.NeverFinal.Contains(word)
            || (before == WordKind.Number && !percent
                && (NumbersWhatFollows(text, sentenceStart, s) || ((oneDigit || word.Contains('.')) && !FollowsWordOrMonth(text, sentenceStart, s)))))
        {
            return false;
        }

        var m = k + 1;
        while (m < end && Openers.Contains(text[m]))
        {
            m++;
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

        // A capitalised word of three letters or more that is no abbreviation ("Moscow", "Tuesday", "Kremlin"; not "Gen",
        // "Corp", "Jan"): a glued end after it is read as after small letters, for such words end news sentences often.
        var name = before == WordKind.Capitalised && word.Length >= 3 && !IsAbbreviation(word);
        var number = before == WordKind.Number && !oneDigit;

        // Before an acronym, a bare number ends a sentence only after small letters or a month ("...signed in 2019.EU
        // leaders", "on May 20.EU ministers"): after a name it is a model's or a mission's ("Boeing 737.MAX jets"), unless
        // the acronym goes on with a verb of saying, as a speaker does ("...flew on Apollo 11.NASA said").
        var numberEnds = number && (percent || word.EndsWith('s') || FollowsWordOrMonth(text, sentenceStart, s));
        if (GluedAcronymStarts(text, m, a, end, before == WordKind.Lower || name, number, numberEnds) is { } acronym)
        {
            return acronym;
        }

        var nextWord = text[m..e];
        if (oneDigit && !Abbreviations.SentenceOpeners.Contains(nextWord))
        {
            return false;
        }

        if (e - m < 2)
        {
            // "A" or "I" opening the next sentence ("...fired a missile.A Japanese ship..."), after small letters, a name or a number.
            return text[m] is 'A' or 'I' && e < end && text[e] == ' ' && (before is WordKind.Lower or WordKind.Number || name);
        }

        // A numbering abbreviation before a number word numbers it ("vol.Two", "The band No.Two"), unless it is a "no" that
        // ends an answer ("He said no.One aide disagreed"). No rule here for Roman numerals: one is written in capitals
        // ("vol.IV": the acronym above, kept whole by EndsSentence), so a capitalised word of their letters is a word and
        // the stop before it a glued end ("...said no.Xi Jinping", "...a work of art.Li Qiang").
        if (Abbreviations.BeforeNumber.Contains(word) && NumberWords.Contains(nextWord) && !EndsAnAnswer(text, sentenceStart, s, word))
        {
            return false;
        }

        var opener = Abbreviations.SentenceOpeners.Contains(nextWord);
        if (FileEndings.Contains(nextWord) || (before is WordKind.Capitalised or WordKind.Acronym && !name && !opener)
            || (before == WordKind.Number && Abbreviations.AfterTime.Contains(nextWord)))
        {
            return false;
        }

        if ((before == WordKind.Lower || name) && plain && MemberNames.Contains(nextWord))
        {
            return false; // "list.Count", "items.Length", "String.Length": member access, even at the end of the text
        }

        if (e == end || char.IsWhiteSpace(text[e]) || (text[e] is '\'' or '\u2019' && e + 1 < end
            && (char.IsWhiteSpace(text[e + 1]) || (text[e + 1] == 's' && (e + 2 == end || !char.IsLetterOrDigit(text[e + 2]))))))
        {
            return true; // "...said.Moscow agreed", "...said.Norway's envoy", "...said.Laos' capital"
        }

        if (",;:!?)]\"'\u2019\u201D\u00BB".Contains(text[e]))
        {
            // "...said.Brazil, which chairs the group,", "...said.However, the", "...said."Moscow," he". A user name going
            // on with a comma ("john.Smith, the clerk") splits too: glued news sentences are far more common.
            return true;
        }

        // A stop, or a hyphen, may follow only where no letter or digit goes on after it ("said.Officials." but not "www.Reuters.com").
        return text[e] is '.' or '-' && (e + 1 == end || !char.IsLetterOrDigit(text[e + 1]) || text[e] == '-');
    }

    /// <summary>
    /// Whether a word starting at <paramref name="s"/> starts after a space or an opening quote or bracket, or after a hyphen
    /// in a word that is no link, address or file name ("well-received", but not "uk-politics" in ".../news/uk-politics.Html").
    /// </summary>
    private static bool IsWordStart(string text, int sentenceStart, int s)
    {
        var before = text[s - 1];
        if (char.IsWhiteSpace(before) || Openers.Contains(before))
        {
            return true;
        }

        if (before is not ('-' or '\u2010' or '\u2011'))
        {
            return false;
        }

        var t = s - 1;
        while (t > sentenceStart && !char.IsWhiteSpace(text[t - 1]))
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
