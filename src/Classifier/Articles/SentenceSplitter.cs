using System.Text.RegularExpressions;

namespace Classifier.Articles;

/// <summary>
/// Splits news prose into sentences, with their character offsets. Knows the abbreviations of news
/// copy (U.S., Mr., Gen., Jan., No., a.m.), initials, decimals and amounts, quotes and brackets that
/// end sentences, datelines ("SEOUL (Reuters) -" stays with its sentence), paragraphs, bullet lists,
/// headline lines, and hard-wrapped lines (which do not split; a line with no final punctuation over a line opening
/// with a capital is a headline unless its paragraph of three lines or more reads as wrapped at one width).
/// </summary>
/// <threadsafety>This type is stateless and safe to use from any number of threads.</threadsafety>
public static partial class SentenceSplitter
{
    private const string Terminals = ".!?\u2026";
    private const string Closers = "\"'\u201D\u2019)]\u00BB";
    private const string Openers = "\"'\u201C\u2018([\u00AB";

    /// <summary>Text whose longest line is shorter than this is not taken for hard-wrapped prose.</summary>
    private const int MinWrapWidth = 32;

    /// <summary>How many lines of a paragraph <see cref="IsHardWrapped"/> reads: enough to judge the wrapping by.</summary>
    private const int MaxWrapLines = 24;

    /// <summary>Splits <paramref name="text"/> into sentences, in order; whitespace, line breaks and bullet markers between sentences belong to none.</summary>
    /// <param name="text">The text: an article, a paragraph or a list.</param>
    /// <returns>The sentences with their offsets; empty for empty or white-space text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceSpan>();
        foreach (var (start, end) in Blocks(text))
        {
            SplitBlock(text, start, end, sentences);
        }

        return sentences;
    }

    /// <summary>Stretches of text no sentence crosses: paragraphs, bullet items, headline lines.</summary>
    private static IEnumerable<(int Start, int End)> Blocks(string text)
    {
        int? blockStart = null;
        var blockEnd = 0;
        var blockLines = 0;
        var previousLine = (Start: 0, End: 0);
        var inList = false;
        var lines = Lines(text).ToArray();

        // Each line's bullet marker, matched once: the line's own reading and its neighbours' look at it.
        var bullets = Array.ConvertAll(lines, l => Bullet().Match(text, l.Start, l.End - l.Start));
        for (var n = 0; n < lines.Length; n++)
        {
            var (lineStart, lineEnd) = lines[n];
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                if (blockStart is { } s)
                {
                    yield return (s, blockEnd);
                }

                (blockStart, blockLines) = (null, 0);
                continue;
            }

            var match = bullets[n];
            var bullet = match.Success && (blockStart is null || inList || !IsDashContinuation(text, bullets, n, previousLine));
            var contentStart = bullet ? lineStart + match.Length : lineStart;
            var startsBlock = bullet || (blockStart is not null && blockLines == 1 && IsHeadline(text, previousLine, contentStart)
                && !IsHardWrapped(text, lines, bullets, n - 1));
            if (startsBlock && blockStart is { } open)
            {
                yield return (open, blockEnd);
                blockStart = null;
            }

            if (blockStart is null)
            {
                (blockStart, blockLines, inList) = (contentStart, 0, bullet);
            }

            blockEnd = lineEnd;
            blockLines++;
            previousLine = (contentStart, lineEnd);
        }

        if (blockStart is { } last)
        {
            yield return (last, blockEnd);
        }
    }

    /// <summary>
    /// Whether a line of prose that opens with a spaced dash and a small letter goes on with the line before rather than
    /// starting a list: "...fired two missiles on Sunday" / "– the third launch this month – officials said." It does
    /// when the line before ends with no sentence end, colon or semicolon.
    /// </summary>
    private static bool IsDashContinuation(string text, Match[] bullets, int n, (int Start, int End) previous)
    {
        var bullet = bullets[n];
        var marker = bullet.ValueSpan.Trim();
        var content = bullet.Index + bullet.Length;
        var before = text.AsSpan(previous.Start, previous.End - previous.Start).TrimEnd();
        return marker is "-" or "\u2013" && content < text.Length && char.IsLower(text[content])
            && before.Length > 0 && !(Terminals + Closers + ":;").Contains(before[^1])
            && !(n + 1 < bullets.Length && bullets[n + 1].Success);
    }

    /// <summary>
    /// Whether the paragraph whose first line is <c>lines[first]</c> reads as text hard-wrapped at a width of at least
    /// <see cref="MinWrapWidth"/>: each of its lines but the last was broken because the next word would not have fitted
    /// within its longest line. Its first line is then no headline though the next line opens with a capital
    /// ("...the talks with North" / "Korea would resume..." / "..."). Width alone cannot tell a headline about as long as
    /// the lines below it, so a paragraph of two lines (a headline over one line, a byline, a credit) is not judged, nor
    /// one whose second line opens with a wire dateline or is a byline, credit, control or copyright line. At most
    /// <see cref="MaxWrapLines"/> lines are read, which keeps splitting linear in the text's length.
    /// </summary>
    private static bool IsHardWrapped(string text, (int Start, int End)[] lines, Match[] bullets, int first)
    {
        var last = first;
        while (last + 1 < lines.Length && last - first < MaxWrapLines && !IsBlank(text, lines[last + 1]) && !bullets[last + 1].Success)
        {
            last++;
        }

        var second = text[lines[first + 1].Start..lines[first + 1].End];
        if (last - first < 2 || Dateline.Length(second) > 0 || Boilerplate.IsPageLine(second))
        {
            return false;
        }

        var width = 0;
        for (var n = first; n < last; n++)
        {
            width = Math.Max(width, Width(text, lines[n]));
        }

        if (width < MinWrapWidth)
        {
            return false;
        }

        for (var n = first; n < last; n++)
        {
            var length = Width(text, lines[n]);
            var next = text.AsSpan(lines[n + 1].Start, lines[n + 1].End - lines[n + 1].Start).TrimStart();
            var word = next.IndexOfAny(' ', '\t') is var space and >= 0 ? space : next.Length;
            var gap = text[lines[n].Start + length - 1] == '-' ? 0 : 1;
            if (length + gap + word <= width)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBlank(string text, (int Start, int End) line) => text.AsSpan(line.Start, line.End - line.Start).IsWhiteSpace();

    /// <summary>A line's length without its trailing white space.</summary>
    private static int Width(string text, (int Start, int End) line) => text.AsSpan(line.Start, line.End - line.Start).TrimEnd().Length;

    /// <summary>A paragraph's first line that has no final punctuation nor a sentence end inside, followed by a capitalised line: a headline.</summary>
    private static bool IsHeadline(string text, (int Start, int End) line, int next)
    {
        var trimmed = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (trimmed.Length is 0 or > 140 || Terminals.Contains(trimmed[^1]) || Closers.Contains(trimmed[^1]) || ",;:-\u2014".Contains(trimmed[^1]))
        {
            return false;
        }

        var first = next;
        while (first < text.Length && (char.IsWhiteSpace(text[first]) || Openers.Contains(text[first])))
        {
            first++;
        }

        var lastWord = trimmed[(trimmed.LastIndexOf(' ') + 1)..].ToString();
        return first < text.Length && (char.IsUpper(text[first]) || char.IsDigit(text[first]))
            && !HasInnerSentenceEnd(text, line.Start, line.End) && !Abbreviations.Connectives.Contains(lastWord);
    }

    /// <summary>
    /// Whether the line <c>[start, end)</c> holds a sentence end, spaced ("...the visit. The talks", <see cref="SpacedSentenceEnd"/>)
    /// or glued as <see cref="SplitBlock"/> splits one (<see cref="GluedEnd"/>, read from the line's start, and looking
    /// past the line's end as the block would if the line were no headline): a line that holds one is no headline.
    /// </summary>
    private static bool HasInnerSentenceEnd(string text, int start, int end)
    {
        if (SpacedSentenceEnd().IsMatch(text.AsSpan(start, end - start)))
        {
            return true;
        }

        for (var i = start; i < end; i++)
        {
            if (!Terminals.Contains(text[i]))
            {
                continue;
            }

            var j = i;
            while (j + 1 < end && Terminals.Contains(text[j + 1]))
            {
                j++;
            }

            var k = j;
            while (k + 1 < end && Closers.Contains(text[k + 1]))
            {
                k++;
            }

            if (k + 1 < end && !char.IsWhiteSpace(text[k + 1]) && GluedEnd(text, start, i, j, k, text.Length) >= 0)
            {
                return true;
            }

            i = k;
        }

        return false;
    }

    private static void SplitBlock(string text, int start, int end, List<SentenceSpan> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (!Terminals.Contains(text[i]))
            {
                continue;
            }

            var j = i;
            while (j + 1 < end && Terminals.Contains(text[j + 1]))
            {
                j++;
            }

            var k = j;
            while (k + 1 < end && Closers.Contains(text[k + 1]))
            {
                k++;
            }

            if (k + 1 < end && !char.IsWhiteSpace(text[k + 1]))
            {
                if (GluedEnd(text, sentenceStart, i, j, k, end) is var glued and >= 0)
                {
                    Add(text, sentenceStart, glued + 1, sentences);
                    sentenceStart = glued + 1;
                    i = glued;
                    continue;
                }

                i = j;
                continue;
            }

            var next = k + 1;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < end && EndsSentence(text, sentenceStart, i, j, k, next, end))
            {
                Add(text, sentenceStart, k + 1, sentences);
                sentenceStart = next;
            }

            i = k;
        }

        Add(text, sentenceStart, end, sentences);
    }

    /// <summary>
    /// Where the sentence ends when the terminal run <c>[i, j]</c>, with closing quotes or brackets up to <paramref name="k"/>,
    /// has no space after it: the last character of the sentence (<paramref name="k"/>, or the one before it when the
    /// closer is a straight double quote that opens the next sentence), or -1 when the stop ends no sentence
    /// (<see cref="IsGluedEnd"/>, then <see cref="EndsSentence"/>).
    /// </summary>
    private static int GluedEnd(string text, int sentenceStart, int i, int j, int k, int end)
    {
        // A straight double quote glued after the stop closes a quote only when one is open: in
        // '...confirmed the visit."It is a start," an aide said.' it opens the next sentence.
        var glued = k > j && text[k] == '"' && text.AsSpan(sentenceStart, j + 1 - sentenceStart).Count('"') % 2 == 0 ? k - 1 : k;
        return IsGluedEnd(text, sentenceStart, i, j, glued, end) && EndsSentence(text, sentenceStart, i, j, glued, glued + 1, end) ? glued : -1;
    }

    /// <summary>
    /// Whether the terminal run <c>[i, j]</c>, with closing quotes or brackets up to <paramref name="k"/>, followed (after
    /// spaces) by <paramref name="next"/>, ends a sentence. A quote or bracket closed after a lone capital and its full stop
    /// ends it ("...called it "Plan B." Critics..."): an initial is not quoted alone. After other abbreviations the usual
    /// rules hold, quote or not ("the "U.S." Treasury", "(Samsung Co.) Chief Executive Lee"). The word before the stop is
    /// read from <paramref name="sentenceStart"/> on, so a sentence that opens right after a glued end
    /// ("...resigned.Mr. Smith") reads "Mr", not "resigned.Mr".
    /// </summary>
    private static bool EndsSentence(string text, int sentenceStart, int i, int j, int k, int next, int end)
    {
        var m = next;
        while (m < end && Openers.Contains(text[m]))
        {
            m++;
        }

        if (m >= end || !(char.IsUpper(text[m]) || char.IsDigit(text[m]) || (char.IsLetter(text[m]) && !char.IsLower(text[m])) || IsAmount(text, m, end)))
        {
            return false;
        }

        if (text[i] != '.' || j > i)
        {
            return true;
        }

        var word = WordBefore(text, sentenceStart, i);
        var nextWord = WordAt(text, m, end);
        if (k > j && word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // a quote closed after a lone capital: "Plan B." Critics... (an initial is not quoted alone)
        }

        if (word.Length == 0 || Abbreviations.NeverFinal.Contains(word) || word == "Sec")
        {
            return word.Length == 0; // "Sec." only as written so is a title ("Sec. Blinken"): "the SEC." ends a sentence
        }

        if (Abbreviations.BeforeNumber.Contains(word))
        {
            // Before a number, or a Roman numeral: of two letters or more, or of one after "Art.", "Vol.", "Ch." or "Fig."
            // written with a capital ("Art. I of the Constitution", but "...looted art. I think...", "a flat No. I was...").
            var roman = nextWord.Length > 0 && nextWord.All(c => "IVXLC".Contains(c))
                && (nextWord.Length >= 2 || (char.IsUpper(word[0]) && word is not ("No" or "Nos")));
            return !char.IsDigit(text[m]) && !roman;
        }

        if (Abbreviations.Months.Contains(word) && char.IsDigit(text[m]))
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial ("J. R. Smith", "George W. Bush") unless a word that opens sentences follows: "...in Room B. The talks".
            return Abbreviations.SentenceOpeners.Contains(nextWord);
        }

        if (IsInitials(word))
        {
            return false; // "J.K. Rowling"
        }

        if (Abbreviations.Ambiguous.Contains(word))
        {
            return word is "a.m" or "p.m" or "A.M" or "P.M"
                ? !Abbreviations.AfterTime.Contains(nextWord)
                : Abbreviations.SentenceOpeners.Contains(nextWord);
        }

        return true;
    }

    /// <summary>
    /// Whether a sentence end with no space after it, as text pasted or scraped from separate paragraphs has
    /// ("...the ministry said.The talks resume on Monday"), ends a sentence. Both sides must look the part.
    /// <para>
    /// The word before the stop (perhaps with a closing quote or bracket between) starts after a space, an opening quote
    /// or bracket, or a hyphen in no link ("well-received"), and is of two characters or more: small letters ("visit"); a
    /// capitalised word ("Paris"); an acronym of capitals and digits ("EU", "G7"); or a number of two digits or more
    /// ("2047", "1,200", "$300"), not after a word that numbers ("Section 12", "No. 12"), for a number of one digit is as often a
    /// list or section number ("2.Five", "1.Introduction"). Not a title or other abbreviation that never ends a sentence
    /// ("vs.Chelsea", "Mr.Kim"), nor a numbering abbreviation before a number word or Roman numeral ("no.One", read as
    /// "No. 1"); after the other abbreviations ("etc.", "Inc.", "no.", "Jan.") the stop is read as a spaced one
    /// (<see cref="EndsSentence"/>). So no decimal, version, time or section number ("2.5", "v1.2", "3.0.1", "10.30",
    /// "Section 2.3": a digit follows, or the word is no word start) and no dotted acronym ("U.S.Army", "U.N.The").
    /// </para>
    /// <para>
    /// The next word (perhaps after an opening quote or bracket) is a capitalised word of small letters that ends the
    /// text or goes on with a space, a possessive ("Norway's", "Laos'"), a hyphen, a final stop or other punctuation
    /// (but see below for "john.Smith,"). After a capitalised word or an acronym only a word that opens sentences starts one
    /// ("...met in Paris.The talks", "...on the EU.The talks"); after a number, any such word but a month, weekday or time
    /// zone ("...by 2047.Polish officials", but "on 15.March"). After small letters or a number, "A" or "I" before a space
    /// ("...a missile.A Japanese ship"); after small letters, an acronym before a space ("...was agreed.G7 leaders"). A
    /// domain or file ending starts nothing ("apple.Com", "budget.Xlsx", "report.PDF"), nor does a technical name
    /// ("user.ID", "node.JS"), and nothing inside a link, address or dotted name ("www.Reuters.com", "ASP.NET").
    /// </para>
    /// <para>
    /// A word of small letters, one full stop and a capitalised word with nothing between is the shape of a glued end
    /// ("...talks stalled.Moscow said nothing") and of a token: member access in code ("list.Count"), a user or e-mail
    /// name ("john.Smith", "jane.Doe@example.org"). Their shape cannot tell them apart, so the words do: a capitalised
    /// word that goes on with a comma or other punctuation, an "@" or a stop and a letter is a name's or an address's
    /// part ("john.Smith,", unless it opens sentences: "said.However, the"), and one of the common member names of code
    /// (<see cref="MemberNames"/>: "Count", "Length", "Value", "ToString" by its inner capital) is a member, even at the
    /// end of the text ("Bug found in list.Count"). Any other capitalised word after a space starts a sentence, as scraped
    /// news has it far more often than code: "Write to john.Smith today" is split, a limit of the rule. A closing quote
    /// before the stop, another terminal or an opening quote after it marks the end plainly ("...a welcome
    /// step".Moscow said", "...fell sharply!Moscow said") and no member name is looked for.
    /// </para>
    /// </summary>
    private static bool IsGluedEnd(string text, int sentenceStart, int i, int j, int k, int end)
    {
        // The word before the stop, past a closing quote or bracket ("...called it "a welcome step".The envoy...").
        var w = i;
        while (w > sentenceStart && Closers.Contains(text[w - 1]))
        {
            w--;
        }

        var s = w;
        while (s > sentenceStart && (char.IsLetterOrDigit(text[s - 1])
            || (text[s - 1] == ',' && s - 2 >= sentenceStart && char.IsDigit(text[s - 2]) && char.IsDigit(text[s]))))
        {
            s--;
        }

        var word = text[s..w];
        var before = KindOf(word);
        if (before == WordKind.None || (s > sentenceStart && !IsWordStart(text, sentenceStart, s) && !(before == WordKind.Number
                && char.GetUnicodeCategory(text[s - 1]) == System.Globalization.UnicodeCategory.CurrencySymbol))
            || Abbreviations.NeverFinal.Contains(word)
            || (before == WordKind.Number && (word.Count(char.IsDigit) < 2 || NumbersWhatFollows(text, sentenceStart, s))))
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

        var plain = w == i && j == i && k == j && text[i] == '.' && m == k + 1;
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

        if (a - m >= 2)
        {
            // An acronym: "...the summit was agreed.G7 leaders then met", after small letters only.
            var acronym = text[m..a];
            return before == WordKind.Lower && (a == end || char.IsWhiteSpace(text[a]))
                && !FileEndings.Contains(acronym) && !TechnicalNames.Contains(acronym);
        }

        var nextWord = text[m..e];
        if (e - m < 2)
        {
            // "A" or "I" opening the next sentence ("...fired a missile.A Japanese ship..."), after small letters or a number.
            return text[m] is 'A' or 'I' && e < end && text[e] == ' ' && before is WordKind.Lower or WordKind.Number;
        }

        if (Abbreviations.BeforeNumber.Contains(word) && (NumberWords.Contains(nextWord) || nextWord.All(c => "IVXLCivxlc".Contains(c))))
        {
            return false; // "No.One", "no.Two", "Art.Iv": a rank or number, as "No. 1"
        }

        var opener = Abbreviations.SentenceOpeners.Contains(nextWord);
        if (FileEndings.Contains(nextWord) || (before is WordKind.Capitalised or WordKind.Acronym && !opener)
            || (before == WordKind.Number && Abbreviations.AfterTime.Contains(nextWord)))
        {
            return false;
        }

        if (before == WordKind.Lower && plain && MemberNames.Contains(nextWord))
        {
            return false; // "list.Count", "items.Length": member access, even at the end of the text
        }

        if (e == end || char.IsWhiteSpace(text[e]) || (text[e] is '\'' or '\u2019' && e + 1 < end
            && (char.IsWhiteSpace(text[e + 1]) || (text[e + 1] == 's' && (e + 2 == end || !char.IsLetterOrDigit(text[e + 2]))))))
        {
            return true; // "...said.Moscow agreed", "...said.Norway's envoy", "...said.Laos' capital"
        }

        if (",;:!?)]\"'\u2019\u201D\u00BB".Contains(text[e]))
        {
            // "john.Smith, the clerk": a name's part; but "...said.However, the", "...said."Moscow," he".
            return opener || !(plain && before == WordKind.Lower);
        }

        // A stop, or a hyphen, may follow only where no letter or digit goes on after it ("said.Officials." but not "www.Reuters.com").
        return text[e] is '.' or '-' && (e + 1 == end || !char.IsLetterOrDigit(text[e + 1]) || text[e] == '-');
    }

    private enum WordKind
    {
        None,
        Lower,
        Capitalised,
        Acronym,
        Number,
    }

    /// <summary>What a word before a glued stop is: small letters, capitalised, an acronym ("EU", "G7") or a number ("2047", "1,200").</summary>
    private static WordKind KindOf(string word)
    {
        if (word.Length < 2)
        {
            return WordKind.None;
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

        return char.IsDigit(word[0]) && char.IsDigit(word[^1]) && word.All(c => char.IsDigit(c) || c == ',') ? WordKind.Number : WordKind.None;
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
    /// Common member names of code, which after a small-letter word and a full stop are member access ("list.Count",
    /// "items.Length", "user.Name"), not a sentence's first word; words that open news sentences ("Data", "Officials",
    /// "Start") are left out, so "...fell.Data showed" still splits.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> MemberNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Count", "Length", "Value", "Values", "Name", "Text", "Id", "Items", "Item", "Keys", "Key", "Add", "Remove", "Clear",
         "Contains", "Parse", "Equals", "Split", "Format", "Trim", "Max", "Min", "Sum", "Size", "Dispose", "Invoke", "Get",
         "Set", "Index", "Current", "Parent", "Children", "Empty", "Default", "Instance", "Append", "Push", "Pop", "Sort",
         "Filter", "Map", "Reduce", "Execute", "Query", "Config", "Settings", "Options", "Properties", "Property", "Capacity",
         "Handle", "Path", "Url", "Uri", "Host", "Port", "Timeout", "Token", "Body", "Headers", "Content", "Args"],
        StringComparer.Ordinal);

    /// <summary>Number words, which a numbering abbreviation glued to them numbers: "No.One", "no.Two".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NumberWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that number what follows them, besides the abbreviations: "Section 12", "Chapter 12", "Step 12".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NumberingWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["section", "sec", "chapter", "article", "part", "paragraph", "para", "clause", "rule", "step", "page", "item", "figure",
         "table", "version", "room", "resolution", "point", "annex", "appendix", "schedule", "title", "number", "p"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronyms that follow a full stop in code or addresses without starting a sentence: "user.ID", "node.JS", "site.URL".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TechnicalNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ID", "IDS", "URL", "URI", "API", "UI", "IO", "SQL", "JS", "TS", "CSS", "DLL", "NET", "DB", "PY", "CS", "MD", "MP3", "MP4"],
        StringComparer.Ordinal);

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

    /// <summary>Domain and file-name endings, which follow a full stop without starting a sentence: "apple.Com", "budget.Xlsx".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> FileEndings = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["com", "org", "net", "gov", "edu", "int", "mil", "io", "co", "uk", "info", "biz", "html", "htm", "php", "asp", "aspx",
         "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "json", "xml", "jpg", "jpeg", "png", "gif", "zip", "exe"],
        StringComparer.OrdinalIgnoreCase);

    private static bool IsAllLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A currency sign before a number ("$3 billion", "€2.1bn"): it may open a sentence as a number does.</summary>
    private static bool IsAmount(string text, int m, int end) =>
        m + 1 < end && char.GetUnicodeCategory(text[m]) == System.Globalization.UnicodeCategory.CurrencySymbol && char.IsDigit(text[m + 1]);

    /// <summary>Dotted capital initials such as "J.K" (but not the country abbreviations, which are ambiguous).</summary>
    private static bool IsInitials(string word) =>
        word.Length >= 3 && word.Split('.').All(p => p.Length == 1 && char.IsUpper(p[0])) && !Abbreviations.Ambiguous.Contains(word);

    /// <summary>The word (letters, digits and inner dots) ending just before <paramref name="dot"/>, without its final dot, from <paramref name="start"/> on.</summary>
    private static string WordBefore(string text, int start, int dot)
    {
        var s = dot;
        while (s > start && (char.IsLetterOrDigit(text[s - 1]) || (text[s - 1] == '.' && s - 2 >= start && char.IsLetter(text[s - 2]))))
        {
            s--;
        }

        return text[s..dot];
    }

    private static string WordAt(string text, int start, int end)
    {
        var e = start;
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[start..e];
    }

    private static void Add(string text, int start, int end, List<SentenceSpan> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(start, end - start, text[start..end]));
        }
    }

    /// <summary>The lines of <paramref name="text"/>, without their breaks: LF, CRLF, a lone CR (old Mac text), NEL, or the Unicode line and paragraph separators.</summary>
    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\u0085' or '\u2028' or '\u2029' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                yield return (start, end);
                start = i + 1;
            }
        }
    }

    [GeneratedRegex(@"\G[ \t]*(?:[-\u2022*\u25AA\u25E6\u00B7\u2013]|\d{1,3}[.)])[ \t]+")]
    private static partial Regex Bullet();

    /// <summary>A spaced sentence end inside a line: a terminal, perhaps a closing quote or bracket, a space, perhaps an opening one, and a capital.</summary>
    [GeneratedRegex(@"[.!?][""'\u201D\u2019)]?\s+[""'\u201C\u2018(]?\p{Lu}")]
    private static partial Regex SpacedSentenceEnd();
}
