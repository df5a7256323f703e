namespace Classifier.Articles;

// The stops of Chinese and Japanese text (。！？．｡), which end a sentence with no space after them, and their brackets.
public static partial class SentenceSplitter
{
    /// <summary>
    /// The full stops of Chinese and Japanese text: the ideographic full stop 。 (U+3002), the full-width ！ ？ ． (U+FF01,
    /// U+FF1F, U+FF0E) and the halfwidth ideographic full stop ｡ (U+FF61). Terminals as . ! ? are, but text in these
    /// scripts has no spaces between its sentences, so one ends a sentence glued to the next (<see cref="GluedWideStopEnds"/>).
    /// </summary>
    private const string WideStops = "\u3002\uFF01\uFF1F\uFF0E\uFF61";

    /// <summary>
    /// The closing brackets of Chinese and Japanese text, which after a stop belong to its sentence as a closing quote does:
    /// 」 』 （full-width ） 】 〉 》 〕 ］ and the halfwidth ｣ ("他说：「我们反对。」然后离开了。"). Their curly double quotes
    /// (” U+201D) are the English ones.
    /// </summary>
    private const string WideClosers = "\u300D\u300F\uFF09\u3011\u3009\u300B\u3015\uFF3D\uFF63";

    /// <summary>The opening brackets that match <see cref="WideClosers"/>: 「 『 （ 【 〈 《 〔 ［ ｢, which may open a sentence.</summary>
    private const string WideOpeners = "\u300C\u300E\uFF08\u3010\u3008\u300A\u3014\uFF3B\uFF62";

    /// <summary>The quotative particle と after a closed quote: "「反対だ。」と述べた" ('"It is wrong," he said') is one sentence.</summary>
    private const char Quotative = '\u3068';

    /// <summary>Whether the terminal run <c>[i, j]</c> holds a wide stop (<see cref="WideStops"/>).</summary>
    private static bool HasWideStop(string text, int i, int j) => text.AsSpan(i, j - i + 1).IndexOfAny(WideStops) >= 0;

    /// <summary>
    /// Whether a terminal run <c>[i, j]</c> that holds a wide stop, with closing quotes or brackets up to
    /// <paramref name="k"/> and no space after them, ends its sentence: what follows, past opening quotes or brackets, is
    /// a letter of any script or case, a digit or an amount ("它说。他说。", "反对。The ministry said", "反对。2019年",
    /// "反对。「我们..."). Not punctuation ('wrote "我们反对。", adding'), not the quotative particle after a closed quote
    /// ("「反対だ。」と述べた"). A full-width point after a digit is no stop before another digit, a decimal's ("３．５％"), nor
    /// after a number that opens the sentence, a list item's ("１．会谈的背景"). The English glued-stop rules
    /// (<see cref="IsGluedEnd"/>), which read capitals and words, do not apply.
    /// </summary>
    private static bool GluedWideStopEnds(string text, int sentenceStart, int i, int j, int k, int end)
    {
        if (i == j && k == j && text[i] == '\uFF0E' && IsNumbersPoint(text, sentenceStart, i))
        {
            return false;
        }

        var m = k + 1;
        while (m < end && Openers.Contains(text[m]))
        {
            m++;
        }

        return m < end && (char.IsLetterOrDigit(text[m]) || IsAmount(text, m, end)) && !IsQuotative(text, j, k, m);
    }

    /// <summary>
    /// Whether the full-width point at <paramref name="i"/>, glued to what follows, is a number's: after a digit, before
    /// another (a decimal: "３．５％") or after a number that opens the sentence (a list item: "１．会谈的背景").
    /// </summary>
    private static bool IsNumbersPoint(string text, int sentenceStart, int i)
    {
        var s = i;
        while (s > sentenceStart && char.IsDigit(text[s - 1]))
        {
            s--;
        }

        var t = s;
        while (t > sentenceStart && IsSpace(text[t - 1]))
        {
            t--; // back, not forward from the sentence's start: each point reads only what is its own
        }

        return s < i && (char.IsDigit(text[i + 1]) || t == sentenceStart);
    }

    /// <summary>
    /// Whether the word at <paramref name="m"/> after a stop closed by quotes or brackets (<paramref name="k"/> past
    /// <paramref name="j"/>) is the quotative particle と, which goes on with the quote: "彼は「反対だ。」と述べた。".
    /// </summary>
    private static bool IsQuotative(string text, int j, int k, int m) => k > j && text[m] == Quotative;
}
