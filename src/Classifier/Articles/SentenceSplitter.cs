namespace Classifier.Articles;

/// <summary>
/// Splits news prose into sentences, with their character offsets. Knows the abbreviations of news
/// copy (U.S., Mr., Gen., Jan., No., a.m.), initials, decimals and amounts, quotes and brackets that
/// end sentences, datelines ("SEOUL (Reuters) -" stays with its sentence), paragraphs, bullet lists,
/// headline lines, and hard-wrapped lines (which do not split; a line with no final punctuation over a line opening
/// with a capital is a headline unless its paragraph of three lines or more reads as wrapped at one width).
/// No-break spaces (U+00A0, U+202F, U+2007), as web pages write them, are read as spaces. The stops of Chinese and
/// Japanese text (。！？．｡) end sentences with or without a space after them ("它说。他说。", "...反对。The ministry
/// said"), the brackets and quotes that close after them (」』）”) with their sentence.
/// </summary>
/// <threadsafety>This type is stateless and safe to use from any number of threads.</threadsafety>
public static partial class SentenceSplitter
{
    private const string Terminals = ".!?\u2026" + WideStops;
    private const string Closers = "\"'\u201D\u2019)]\u00BB" + WideClosers;
    private const string Openers = "\"'\u201C\u2018([\u00AB" + WideOpeners;

    /// <summary>
    /// Splits <paramref name="text"/> into sentences, in order; white space, line breaks, bullet markers and invisible format
    /// characters (a zero-width space, a byte-order mark, a direction mark) between sentences belong to none. The rules
    /// read the text without the invisible characters the models leave out of words ("9 p.m. Eas&#xAD;tern time" splits as
    /// "9 p.m. Eastern time"); the offsets are the text's as given, a sentence's text holding those inside it.
    /// </summary>
    /// <param name="text">The text: an article, a paragraph or a list.</param>
    /// <returns>The sentences with their offsets; empty for empty or white-space text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Split as the models read text (ReadingForm), without the invisible format characters inside words ("9 p.m.
        // Eas\u00ADtern time" is "9 p.m. Eastern time") and with accents composed, the sentences given as spans of the text as given.
        var visible = Features.ReadingForm.Of(text, int.MaxValue, out var map);
        var sentences = new List<SentenceSpan>();
        foreach (var (start, end) in Blocks(visible))
        {
            SplitBlock(visible, start, end, sentences);
        }

        if (map is null)
        {
            return sentences;
        }

        for (var n = 0; n < sentences.Count; n++)
        {
            var (start, end) = Features.ReadingForm.Original(map, sentences[n].Start, sentences[n].Start + sentences[n].Length);
            sentences[n] = new SentenceSpan(start, end - start, text[start..end]);
        }

        return sentences;
    }

    /// <summary>
    /// The terminal run that starts at <paramref name="i"/> ("." "?!" "..."): the index of its last terminal, and of the last
    /// closing quote or bracket after it (the same when there is none).
    /// </summary>
    private static (int J, int K) TerminalRun(string text, int i, int end)
    {
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

        return (j, k);
    }

    /// <summary>
    /// Whether <paramref name="c"/> separates words without being one: white space, or an invisible format character of
    /// web pages and right-to-left text (a zero-width space U+200B, a word joiner, a byte-order mark U+FEFF, a direction
    /// mark or embedding such as U+200F). Such characters between two sentences separate them as a space does
    /// ("...left.\u200B The talks..."), and at a sentence's edges they are left out of it, as white space is.
    /// </summary>
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\u00AD' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);

    /// <summary>
    /// Whether <paramref name="c"/> separates two words inside a sentence, for the rules that read the words around a stop
    /// ("...resumed?A senior official", "Apollo 11.NASA said", "9 p.m. Eastern time"): any white space, so an ordinary
    /// space, a no-break space (U+00A0, the narrow U+202F, the figure space U+2007), a thin space, a tab or the line break
    /// of a wrapped paragraph, as web pages and word processors write them. Not the invisible format characters that
    /// <see cref="IsSpace"/> also counts between sentences: a soft hyphen or a joiner stands inside a word.
    /// </summary>
    private static bool IsWordSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Whether <paramref name="text"/> is empty or holds only <see cref="IsSpace"/> characters.</summary>
    private static bool IsAllSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first index from <paramref name="from"/> that is not white space (<see cref="IsSpace"/>), or <paramref name="end"/>.</summary>
    private static int SkipWhiteSpace(string text, int from, int end)
    {
        while (from < end && IsSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static void SplitBlock(string text, int start, int end, List<SentenceSpan> sentences)
    {
        var sentenceStart = start;
        var quotes = default(QuoteTally);
        for (var i = start; i < end; i++)
        {
            if (!Terminals.Contains(text[i]))
            {
                continue;
            }

            var (j, k) = TerminalRun(text, i, end);

            if (k + 1 < end && !IsSpace(text[k + 1]))
            {
                if (GluedEnd(text, sentenceStart, i, j, k, end, ref quotes) is var glued and >= 0)
                {
                    Add(text, sentenceStart, glued + 1, sentences);
                    sentenceStart = glued + 1;
                    i = glued;
                    continue;
                }

                i = j;
                continue;
            }

            var next = SkipWhiteSpace(text, k + 1, end);

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
    /// (<see cref="IsGluedEnd"/>, then <see cref="EndsSentence"/>; after a Chinese or Japanese stop,
    /// <see cref="GluedWideStopEnds"/>). <paramref name="quotes"/> counts the sentence's straight
    /// double quotes once for all the calls of one pass, whose stops come in order.
    /// </summary>
    private static int GluedEnd(string text, int sentenceStart, int i, int j, int k, int end, ref QuoteTally quotes)
    {
        // A straight double quote glued after the stop closes a quote only when one is open: in
        // '...confirmed the visit."It is a start," an aide said.' it opens the next sentence.
        var glued = k > j && text[k] == '"' && quotes.Count(text, sentenceStart, j + 1) % 2 == 0 ? k - 1 : k;
        if (HasWideStop(text, i, j))
        {
            return GluedWideStopEnds(text, sentenceStart, i, j, glued, end) ? glued : -1; // "它说。他说。", "反对。The ministry"
        }

        return IsGluedEnd(text, sentenceStart, i, j, glued, end) && EndsSentence(text, sentenceStart, i, j, glued, glued + 1, end) ? glued : -1;
    }

    /// <summary>
    /// Whether the terminal run <c>[i, j]</c>, with closing quotes or brackets up to <paramref name="k"/>, followed (after
    /// spaces) by <paramref name="next"/>, ends a sentence. A quote or bracket closed after a lone capital and its full stop
    /// ends it ("...called it "Plan B." Critics..."): an initial is not quoted alone. After other abbreviations the usual
    /// rules hold, quote or not ("the "U.S." Treasury", "(Samsung Co.) Chief Executive Lee"). The word before the stop is
    /// read from <paramref name="sentenceStart"/> on, so a sentence that opens right after a glued end
    /// ("...resigned.Mr. Smith") reads "Mr", not "resigned.Mr"; a dotted acronym glued after an abbreviation is read alone
    /// ("approx.U.S. $5 billion", "a.k.a.U.S. Steel": "U.S", before no word that opens sentences).
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
            return !IsQuotative(text, j, k, m); // "?!", "。", but "「反対だ。」 と述べた" goes on
        }

        var word = TrailingDottedAcronym(WordBefore(text, sentenceStart, i));
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
                ? !GoesOnWithTheTime(text, m, end)
                : Abbreviations.SentenceOpeners.Contains(nextWord);
        }

        return true;
    }

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

    /// <summary>
    /// A dotted acronym glued after another word's stop, read alone ("U.S" of "approx.U.S" or "a.k.a.U.S"), as it is after a
    /// space: the glued stop before it ended no sentence, so what follows the acronym decides; any other word as it is.
    /// </summary>
    private static string TrailingDottedAcronym(string word)
    {
        var p = word.Length - 1;
        if (p < 0 || !char.IsUpper(word[p]))
        {
            return word;
        }

        while (p - 2 >= 0 && word[p - 1] == '.' && char.IsUpper(word[p - 2]))
        {
            p -= 2;
        }

        return p > 0 && p <= word.Length - 3 && word[p - 1] == '.' ? word[p..] : word;
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
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(start, end - start, text[start..end]));
        }
    }
}
