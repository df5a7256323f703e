using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Classifier.Articles;

// Blocks no sentence crosses (paragraphs, bullet items, headline lines), and the hard-wrapped lines that end none.
public static partial class SentenceSplitter
{
    /// <summary>Text whose longest line is shorter than this is not taken for hard-wrapped prose.</summary>
    private const int MinWrapWidth = 32;

    /// <summary>How many lines of a paragraph <see cref="IsHardWrapped"/> reads: enough to judge the wrapping by.</summary>
    private const int MaxWrapLines = 24;

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
            if (IsAllSpace(line))
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
            var word = next.IndexOfAny(WordSpaces) is var space and >= 0 ? space : next.Length;
            var gap = text[lines[n].Start + length - 1] == '-' ? 0 : 1;
            if (length + gap + word <= width)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every character of <see cref="IsWordSpace"/> (<see cref="char.IsWhiteSpace(char)"/>'s fixed set: the controls U+0009-U+000D
    /// and U+0085, and the space, line and paragraph separators), to find a line's first or last word: a line of words
    /// separated by no-break spaces is measured and read as one with ordinary spaces.
    /// </summary>
    internal static readonly SearchValues<char> WordSpaces = SearchValues.Create(
        "\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private static bool IsBlank(string text, (int Start, int End) line) => IsAllSpace(text.AsSpan(line.Start, line.End - line.Start));

    /// <summary>A line's length without its trailing white space.</summary>
    private static int Width(string text, (int Start, int End) line) => text.AsSpan(line.Start, line.End - line.Start).TrimEnd().Length;

    /// <summary>
    /// A paragraph's first line that has no final punctuation nor a sentence end inside, followed by a capitalised line: a
    /// headline; not when it ends with a connective ("...held in") or with the first word of a name whose second word opens
    /// the next line (<see cref="Abbreviations.NamePairs"/>: "...briefed by the United" over "States on the plan.").
    /// </summary>
    private static bool IsHeadline(string text, (int Start, int End) line, int next)
    {
        var trimmed = text.AsSpan(line.Start, line.End - line.Start).Trim();
        if (trimmed.Length is 0 or > 140 || Terminals.Contains(trimmed[^1]) || Closers.Contains(trimmed[^1]) || ",;:-\u2014".Contains(trimmed[^1]))
        {
            return false;
        }

        var first = next;
        while (first < text.Length && (IsSpace(text[first]) || Openers.Contains(text[first])))
        {
            first++;
        }

        // Looked up as spans: the line's last word and the next line's first are never made strings.
        var lastWord = trimmed[(trimmed.LastIndexOfAny(WordSpaces) + 1)..];
        return first < text.Length && (char.IsUpper(text[first]) || char.IsDigit(text[first]))
            && !HasInnerSentenceEnd(text, line.Start, line.End) && !ConnectiveWords.Contains(lastWord)
            && !(NamePairFirsts.TryGetValue(lastWord, out var seconds) && seconds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(FirstWord(text, first)));
    }

    /// <summary><see cref="Abbreviations.Connectives"/>, looked up by a span.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectiveWords = Abbreviations.Connectives.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="Abbreviations.NamePairs"/>, looked up by a span.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> NamePairFirsts = Abbreviations.NamePairs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word that starts at <paramref name="start"/>: its letters and digits ("States" of "States'", "Korea" of "Korea's").</summary>
    private static ReadOnlySpan<char> FirstWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
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
        var quotes = default(QuoteTally);
        for (var i = start; i < end; i++)
        {
            if (!Terminals.Contains(text[i]))
            {
                continue;
            }

            var (j, k) = TerminalRun(text, i, end);

            if (k + 1 < end && !IsSpace(text[k + 1]) && GluedEnd(text, start, i, j, k, text.Length, ref quotes) >= 0)
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

    /// <summary>
    /// A bullet marker at a line's start, with the spaces around it: spaces, tabs or any other space separator (a no-break
    /// space, as web pages write "&amp;bull;&amp;nbsp;", a narrow one, a thin one). A number's point or bracket may be
    /// full-width, as Chinese and Japanese lists write them ("１． ", "１） "), its digits too (<c>\d</c> reads any script's).
    /// </summary>
    [GeneratedRegex(@"\G[\t\p{Zs}]*(?:[-\u2022*\u25AA\u25E6\u00B7\u2013]|\d{1,3}[.)\uFF0E\uFF09])[\t\p{Zs}]+")]
    private static partial Regex Bullet();
}
