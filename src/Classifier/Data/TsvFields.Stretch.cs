using System.Globalization;

namespace Classifier.Data;

/// <summary>The stretch either side of a quoted tab that the error shows.</summary>
internal static partial class TsvFields
{
    /// <summary>How many characters either side of the tab a quoted field's error shows.</summary>
    private const int Shown = 25;

    /// <summary>How long a run of white space next to the tab is before it is shown as a count (<c>&lt;30 spaces&gt;</c>), not as itself.</summary>
    private const int CountedRun = 4;

    /// <summary>
    /// The end of <paramref name="field"/>, at most <see cref="Shown"/> characters, from the start of a word, after "… " when
    /// cut; white space at its end, when a long run, shown as a count after the text before it (which then gets the
    /// <see cref="Shown"/> characters), so that the stretch shows where the tab is and not a blank.
    /// </summary>
    private static string Tail(string field)
    {
        var run = field.Length - field.TrimEnd().Length;
        return run >= CountedRun ? Tail(field[..^run]) + Counted(field[^run..]) : TailOf(field);
    }

    /// <summary>
    /// The start of <paramref name="field"/>, at most <see cref="Shown"/> characters, up to the end of a word, before " …"
    /// when cut; white space at its start, when a long run, shown as a count as <see cref="Tail"/> shows it.
    /// </summary>
    private static string Head(string field)
    {
        var run = field.Length - field.TrimStart().Length;
        return run >= CountedRun ? Counted(field[..run]) + Head(field[run..]) : HeadOf(field);
    }

    private static string TailOf(string field)
    {
        if (field.Length <= Shown)
        {
            return field;
        }

        var start = field.Length - Shown;
        if (char.IsWhiteSpace(field[start - 1]))
        {
            return "… " + field[start..].TrimStart();
        }

        // Cut inside a word: start at the next word instead; a stretch of one word is cut where it is, the "…" joined to
        // it, at the start of a character as the reader sees one (never inside a surrogate pair or before a combining mark).
        var space = field.IndexOf(' ', start, Shown);
        return space >= 0 && field[space..].Trim().Length > 0 ? "… " + field[space..].TrimStart() : "…" + field[Boundary(field, start, after: true)..];
    }

    private static string HeadOf(string field)
    {
        if (field.Length <= Shown)
        {
            return field;
        }

        if (char.IsWhiteSpace(field[Shown]))
        {
            return field[..Shown].TrimEnd() + " …";
        }

        // Cut inside a word: end at the word before instead; a stretch of one word is cut where it is, the "…" joined to
        // it, at the end of a character as the reader sees one.
        var space = field.LastIndexOf(' ', Shown - 1, Shown);
        return space > 0 && field[..space].Trim().Length > 0 ? field[..space].TrimEnd() + " …" : field[..Boundary(field, Shown, after: false)] + "…";
    }

    /// <summary>
    /// The start of a text element (a user-perceived character: a surrogate pair, a letter with its combining marks, an
    /// emoji sequence) nearest <paramref name="index"/>: the first at or after it, or the last at or before it.
    /// </summary>
    private static int Boundary(string field, int index, bool after)
    {
        var (start, next) = (0, 0);
        while (next < index)
        {
            (start, next) = (next, next + StringInfo.GetNextTextElementLength(field, next));
        }

        return next == index || after ? next : start;
    }

    /// <summary>A run of white space as a count: <c>&lt;30 spaces&gt;</c>, or <c>&lt;30 white-space characters&gt;</c> when not all are spaces.</summary>
    private static string Counted(string run) =>
        run.All(c => c == ' ') ? $"<{run.Length} spaces>" : $"<{run.Length} white-space characters>";
}
