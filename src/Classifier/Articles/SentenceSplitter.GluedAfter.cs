namespace Classifier.Articles;

// The capitalised word after a glued stop (SentenceSplitter.GluedEnds.cs): whether it starts a sentence.
public static partial class SentenceSplitter
{
    /// <summary>
    /// Whether the capitalised word <c>[m, e)</c> after a glued stop, <paramref name="before"/> the word before it, starts a
    /// sentence. It must be a capitalised word of small letters that ends the text or goes on with a space, a possessive
    /// ("Norway's", "Laos'"), a hyphen, a final stop or other punctuation. After a capitalised word of three letters or
    /// more that is no abbreviation ("Moscow", "Tuesday"), as after small letters, any such word starts one ("...talks in
    /// Moscow.Mongolia's envoy"); after another capitalised word or an acronym, only a word that opens sentences ("...on the
    /// EU.The talks", but "Gen.Milley", "Corp.Shares" stay whole); after a number, any such word but a month, weekday or
    /// time zone ("...by 2047.Polish officials", but "on 15.March"). After small letters, such a name or a number, "A" or
    /// "I" before a space ("...a missile.A Japanese ship"). A numbering abbreviation before a number word that it numbers
    /// starts none: "vol.Two", a rank (<see cref="EndsAnAnswer"/>); nor, by <see cref="EndsSentence"/>, a Roman numeral in
    /// capitals ("vol.IV"; not "no.Xi Jinping"). A domain or file ending starts nothing ("apple.Com", "budget.Xlsx",
    /// "report.PDF"), and nothing inside a link, address or dotted name ("www.Reuters.com", "ASP.NET").
    /// <para>
    /// A word of small letters, one full stop and a capitalised word with nothing between (<paramref name="plain"/>) is the
    /// shape of a glued end ("...talks stalled.Moscow said nothing") and of a token: member access in code ("list.Count"),
    /// a user or e-mail name ("john.Smith", "jane.Doe@example.org"). Their shape cannot tell them apart, so the words do: a
    /// capitalised word that goes on with an "@" or a stop and a letter is an address's part, and one of the common member
    /// names of code (<see cref="MemberNames"/>: "Count", "Length", "Id", "ToString" by its inner capital) is a member, even
    /// at the end of the text ("Bug found in list.Count"). Any other capitalised word starts a sentence, whatever follows
    /// it, as scraped news has it far more often than code or a user name: "...talks stalled.Brazil, which chairs the
    /// group," is split, and so, a limit of the rule, are "Write to john.Smith today" and "john.Smith, the clerk". A closing
    /// quote before the stop, another terminal or an opening quote after it marks the end plainly ("...a welcome
    /// step".Moscow said", "...fell sharply!Moscow said") and no member name is looked for.
    /// </para>
    /// </summary>
    private static bool GluedWordStarts(string text, int sentenceStart, GluedWord before, int m, int e, int end, bool plain)
    {
        var nextWord = text[m..e];
        if (before.OneDigit && !Abbreviations.SentenceOpeners.Contains(nextWord))
        {
            return false;
        }

        if (e - m < 2)
        {
            // "A" or "I" opening the next sentence ("...fired a missile.A Japanese ship..."), after small letters, a name or a number.
            return text[m] is 'A' or 'I' && e < end && IsWordSpace(text[e]) && (before.Kind is WordKind.Lower or WordKind.Number || before.IsName);
        }

        // A numbering abbreviation before a number word numbers it ("vol.Two", "The band No.Two"), unless it is a "no" that
        // ends an answer ("He said no.One aide disagreed"). No rule here for Roman numerals: one is written in capitals
        // ("vol.IV": an acronym, kept whole by EndsSentence), so a capitalised word of their letters is a word and the stop
        // before it a glued end ("...said no.Xi Jinping", "...a work of art.Li Qiang").
        if (Abbreviations.BeforeNumber.Contains(before.Word) && NumberWords.Contains(nextWord) && !EndsAnAnswer(text, sentenceStart, before.Start, before.Word))
        {
            return false;
        }

        var opener = Abbreviations.SentenceOpeners.Contains(nextWord);
        if (FileEndings.Contains(nextWord) || (before.Kind is WordKind.Capitalised or WordKind.Acronym && !before.IsName && !opener)
            || (before.Kind == WordKind.Number && Abbreviations.AfterTime.Contains(nextWord)))
        {
            return false;
        }

        if ((before.Kind == WordKind.Lower || before.IsName) && plain && MemberNames.Contains(nextWord))
        {
            return false; // "list.Count", "items.Length", "String.Length": member access, even at the end of the text
        }

        if (e == end || IsWordSpace(text[e]) || (text[e] is '\'' or '\u2019' && e + 1 < end
            && (IsWordSpace(text[e + 1]) || (text[e + 1] == 's' && (e + 2 == end || !char.IsLetterOrDigit(text[e + 2]))))))
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
}
