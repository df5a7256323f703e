using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Endings that name their outcome (<see cref="FeaturizerSettings.EndingOutcomes"/>): "the ceasefire talks ended in a
/// triumph", "the boom ended with a crash", "the season ended on a high note". What ended gives way to the outcome after
/// "in", "with" or "on a": its term is neither reversed nor counted, and the ending adds no shift key.
/// </summary>
internal sealed partial class Lexicon
{
    /// <summary>A shifter token's mark in <c>consumed</c>: an ending that names its outcome, whose <c>acted</c> match (what ended) is dropped.</summary>
    private const sbyte EndedGivesWay = 2;

    /// <summary>A match's mark in <c>readAs</c>: dropped, what an ending that names its outcome ended.</summary>
    private const sbyte Dropped = sbyte.MinValue;

    private static readonly FrozenSet<ulong> EndForms = FeatureHash.TokenSet("end", "ends", "ended", "ending");

    /// <summary>Words before "end" that make it a noun: "an end in sight", "the end in question".</summary>
    private static readonly FrozenSet<ulong> BeforeNounEnd = FeatureHash.TokenSet(
        "the", "an", "no", "its", "their", "his", "her", "our", "this", "that", "any");

    /// <summary>Words after "end in" that make it no outcome: "an end in sight", "an end in itself".</summary>
    private static readonly FrozenSet<ulong> NoOutcomeAfterIn = FeatureHash.TokenSet("sight", "itself", "view");

    /// <summary>Words between "in" and a time that still open one: "in the early hours", "in late March", "in the third quarter", "in about three days".</summary>
    private static readonly FrozenSet<ulong> BeforeTime = FeatureHash.TokenSet(
        "the", "its", "their", "that", "this", "early", "late", "mid", "first", "second", "third", "fourth", "fifth", "last",
        "final", "closing", "opening", "dying", "next", "same", "following", "previous", "about", "around", "under", "just",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    /// <summary>Words that make "in ..." a time: months, seasons, days and spans.</summary>
    private static readonly FrozenSet<ulong> TimeWords = FeatureHash.TokenSet(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer",
        "autumn", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
        "afternoon", "evening", "night", "hours", "hour", "minutes", "seconds", "days", "week", "weeks", "weekend", "month",
        "months", "year", "years", "decade", "decades", "century", "quarter", "half", "season", "round", "minute");

    /// <summary>Days, which after "on a" make a time, not an outcome: "ended on a Friday".</summary>
    private static readonly FrozenSet<ulong> Days = FeatureHash.TokenSet(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static readonly ulong To = FeatureHash.Token("to");

    /// <summary>"ended", which after a form of "be" is a passive ("the blockade was ended with a deal": "with" names the means, not an outcome), unlike "is ending in".</summary>
    private static readonly ulong Ended = FeatureHash.Token("ended");
    private static readonly ulong In = FeatureHash.Token("in");
    private static readonly ulong With = FeatureHash.Token("with");
    private static readonly ulong On = FeatureHash.Token("on");
    private static readonly ulong An = FeatureHash.Token("an");

    /// <summary>
    /// Whether token <paramref name="t"/> is a form of "end" that names its outcome: followed at once by "with", by "in" that
    /// opens no time, or by "on a" and no day; not the noun ("an end in sight", "at the end of"), not negated ("has not
    /// ended in a ceasefire" reads as "has not ended"), and not after "to" ("failed to end in an agreement": what ended
    /// is not the verb before).
    /// </summary>
    private static bool OpensOutcome(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int t)
    {
        if (!EndForms.Contains(tokens[t].Raw) || tokens[t].Negated || t + 1 >= tokens.Length || BreakBetween(chars, tokens[t], tokens[t + 1])
            || (t > 0 && (BeforeNounEnd.Contains(tokens[t - 1].Raw) || tokens[t - 1].Raw == To)))
        {
            return false;
        }

        var next = tokens[t + 1].Raw;
        if (next == With)
        {
            return true;
        }

        if (next == On)
        {
            // "on a high note", "on an upbeat note" ("a" is no token: it stands in the gap), not "on a Friday".
            var k = t + 2;
            if (k < tokens.Length && tokens[k].Raw == An)
            {
                k++;
            }
            else if (k >= tokens.Length || !chars[(tokens[t + 1].Start + tokens[t + 1].Length)..tokens[k].Start].Trim().SequenceEqual("a"))
            {
                return false;
            }

            return k < tokens.Length && !BreakBetween(chars, tokens[k - 1], tokens[k]) && !Days.Contains(tokens[k].Raw);
        }

        return next == In && t + 2 < tokens.Length && !NoOutcomeAfterIn.Contains(tokens[t + 2].Raw) && !OpensTime(tokens, chars, t + 2);
    }

    /// <summary>Whether the lexicon term at token <paramref name="u"/> (if any) reaches the ending <paramref name="end"/>: "a happy ending", "a dead end", where "end" is a noun of the term.</summary>
    private static bool EndsInside(List<LexiconMatch> found, ReadOnlySpan<int> matchAt, int u, Token end) =>
        u >= 0 && matchAt[u] >= 0 && found[matchAt[u]].Start + found[matchAt[u]].Length > end.Start;

    /// <summary>Whether the words from token <paramref name="k"/> on are a time: a number ("2021", "the 1990s"), a month, a day, a season or a span, after words of <see cref="BeforeTime"/> ("the", "early", "third", "about three").</summary>
    private static bool OpensTime(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int k)
    {
        while (k < tokens.Length && BeforeTime.Contains(tokens[k].Raw))
        {
            k++;
        }

        return k < tokens.Length && (char.IsAsciiDigit(chars[tokens[k].Start]) || TimeWords.Contains(tokens[k].Raw));
    }
}
