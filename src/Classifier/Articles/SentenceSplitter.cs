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
    /// Whether the line <c>[start, end)</c> holds a sentence end as <see cref="SplitBlock"/> finds one, read from the line's
    /// start: spaced ("...the visit. The talks", <see cref="EndsSentence"/>, so that a title, an initial or a dotted
    /// acronym before a capital is none: "Sen. Warren unveils plan", "U.S. Treasury sanctions banks") or glued
    /// (<see cref="GluedEnd"/>, looking past the line's end as the block would if the line were no headline). A line that
    /// holds one is no headline.
    /// </summary>
    private static bool HasInnerSentenceEnd(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!Terminals.Contains(text[i]))
            {
                continue;
            }

            var (j, k) = TerminalRun(text, i, end);

            if (k + 1 < end && !char.IsWhiteSpace(text[k + 1]) && GluedEnd(text, start, i, j, k, text.Length) >= 0)
            {
                return true;
            }

            var next = SkipWhiteSpace(text, k + 1, end);

            if (next > k + 1 && next < end && EndsSentence(text, start, i, j, k, next, end))
            {
                return true;
            }

            i = k;
        }

        return false;
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

    /// <summary>The first index from <paramref name="from"/> that is not white space, or <paramref name="end"/>.</summary>
    private static int SkipWhiteSpace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
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

            var (j, k) = TerminalRun(text, i, end);

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
}
