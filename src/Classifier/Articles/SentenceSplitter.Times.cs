using System.Collections.Frozen;

namespace Classifier.Articles;

// What may follow a time of day ("9 a.m.", "3 p.m.") inside its sentence.
public static partial class SentenceSplitter
{
    /// <summary>
    /// Whether the word at <paramref name="m"/>, after "a.m." or "p.m." and a space, goes on with the time of day rather
    /// than opening a sentence: a weekday, a month, "local" ("Local" only before "time") or a zone's abbreviation ("3 p.m. Monday", "9 a.m. GMT",
    /// <see cref="Abbreviations.AfterTime"/>); a zone's name before "time", "Standard", "Daylight" or "Summer", or before
    /// a comma, a stop or a closing bracket ("8 p.m. Eastern time", "9 p.m. Pacific Daylight Time", "at 8 p.m. Eastern,"), or
    /// an adjective's ("Eastern", "Pacific") before "on", "today", "tonight", "tomorrow", "yesterday" or "until" ("11:59 p.m.
    /// Eastern on Friday"); or a zone's name before an attribution that closes the sentence ("9 p.m. Eastern officials
    /// said.", <see cref="IsAttribution"/>);
    /// or another capitalised word before "time", or before "Standard Time" ("6 a.m. Moscow time"), unless it is a word
    /// that opens sentences or counts times ("...at 9 p.m. This time, police...", "Every time"). Any other word opens a
    /// sentence: "...at 9 p.m. Police said", "...at 8 p.m. Central banks".
    /// </summary>
    private static bool GoesOnWithTheTime(string text, int m, int end)
    {
        var word = WordAt(text, m, end);
        var p = m + word.Length;
        var after = p + 1 < end && IsWordSpace(text[p]) ? WordAt(text, p + 1, end) : "";

        // "Local" in capitals opens a sentence ("...at 12:01 a.m. Local officials said") unless "time" follows ("Local time").
        if (word == "Local")
        {
            return after is "time" or "Time";
        }

        if (Abbreviations.AfterTime.Contains(word))
        {
            return true;
        }
        if (ZoneNames.Contains(word))
        {
            // An adjective opens no sentence before "on" or "tonight" ("11:59 p.m. Eastern on Friday"); "Hawaii on Friday
            // declared..." may, so the names of places are zones only before "time", a comma and the like.
            return after is "time" or "Time" or "Standard" or "Daylight" or "Summer" || p == end || ",;.)".Contains(text[p])
                || (word is "Eastern" or "Central" or "Pacific" or "Mountain" or "Atlantic"
                    && after is "on" or "today" or "tonight" or "tomorrow" or "yesterday" or "until")
                || IsAttribution(text, p, end);
        }

        var q = p + 1 + after.Length;
        var third = after is "Standard" or "Daylight" or "Summer" && q + 1 < end && IsWordSpace(text[q]) ? WordAt(text, q + 1, end) : "";
        return (after == "time" || third is "Time" or "time") && word.Length >= 3 && char.IsUpper(word[0]) && IsAllLower(word.AsSpan(1))
            && !Abbreviations.SentenceOpeners.Contains(word) && !TimeCounts.Contains(word);
    }

    /// <summary>
    /// Whether the words from <paramref name="p"/> are an attribution that closes a sentence: a space, one to three words
    /// of small letters, the last a verb of saying, then the end, a comma, semicolon or stop, perhaps after a weekday
    /// (" officials said.", " election officials said,", " the ministry said Tuesday."). After a zone's name, which is
    /// capitalised wherever it stands, it tells a dropped comma ("at 9 p.m. Eastern officials said." for "Eastern,
    /// officials said") from a sentence that opens with the name: "Eastern officials said it went well" says something.
    /// </summary>
    private static bool IsAttribution(string text, int p, int end)
    {
        for (var words = 0; words < 3 && p + 1 < end && IsWordSpace(text[p]); words++)
        {
            var word = WordAt(text, p + 1, end);
            if (word.Length == 0 || !IsAllLower(word))
            {
                return false;
            }

            p += 1 + word.Length;
            if (ReportingVerbs.Contains(word))
            {
                if (p + 1 < end && IsWordSpace(text[p]) && Abbreviations.AfterTime.Contains(WordAt(text, p + 1, end)) && char.IsUpper(text[p + 1]))
                {
                    p += 1 + WordAt(text, p + 1, end).Length; // "said Tuesday."
                }

                return p == end || ",;.".Contains(text[p]);
            }
        }

        return false;
    }

    /// <summary>Names of time zones that are also everyday words ("Eastern", "Central"): a zone only before "time" and the like.</summary>
    private static readonly FrozenSet<string> ZoneNames = FrozenSet.ToFrozenSet(
        ["Eastern", "Central", "Pacific", "Mountain", "Atlantic", "Alaska", "Hawaii", "Greenwich", "British"],
        StringComparer.Ordinal);

    /// <summary>
    /// Capitalised words that before "time" open a sentence rather than name a place's time ("Every time", "Prime time",
    /// "Over time, turnout fell", "Long time residents", "Voting time was cut").
    /// </summary>
    private static readonly FrozenSet<string> TimeCounts = FrozenSet.ToFrozenSet(
        ["Every", "Any", "First", "Second", "Third", "Half", "Full", "Extra", "Prime", "Question", "Injury", "Stoppage", "Play",
         "Screen", "Party", "Lunch", "Dinner", "Bed", "Free", "Spare", "Peak", "Part", "Much", "Little", "Enough", "More", "Less",
         "Over", "Another", "Long", "Short", "Real", "Lost", "Whole", "Same", "Record", "Down", "Running", "Closing", "Opening",
         "Voting", "Counting", "Waiting", "Travel", "Reaction", "Response", "Lead", "Rest", "Wasted", "Saved", "Working"],
        StringComparer.Ordinal);
}
