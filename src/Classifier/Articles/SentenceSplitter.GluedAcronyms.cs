using System.Collections.Frozen;

namespace Classifier.Articles;

// An acronym after a glued stop ("...agreed.EU leaders", "...Apollo 11.NASA said"): what may follow it, and when it would
// be a sentence alone.
public static partial class SentenceSplitter
{
    /// <summary>
    /// Whether a dotted acronym ("U.S.") or one of capitals and digits ending at <paramref name="a"/> ("EU", "G7") that
    /// starts at <paramref name="m"/>, after a glued stop, starts a sentence; null when no acronym starts there. After
    /// small letters, a name or a number of two digits or more, an acronym starts one before a space, a possessive, a
    /// comma, semicolon or colon, and a dotted one before a space or a hyphen ("...was agreed.G7 leaders", "...the
    /// Kremlin.EU leaders", "...fell 12%.EU officials", "...in 2022.FIFA's president", "...was agreed.U.S. officials",
    /// "...the 1990s.U.S. markets", "...agreed.U.S.-led talks"); not a time zone or "A.M." after a number ("at 1500.GMT",
    /// "at 10.A.M."), nor a technical name or a file ending ("user.ID", "node.JS", "report.PDF"). A dotted acronym that
    /// would be a sentence alone starts none (<see cref="IsASentenceAlone"/>).
    /// <paramref name="afterWord"/>: the word before the stop is of small letters or a name ("agreed", "Kremlin");
    /// <paramref name="number"/>: it is a number of two digits or more, and <paramref name="numberEnds"/> one that may end
    /// a sentence before an acronym (after small letters, a currency sign or a month, or a percentage or a decade).
    /// </summary>
    private static bool? GluedAcronymStarts(string text, int m, int a, int end, bool afterWord, bool number, bool numberEnds)
    {
        if (DottedAcronymEnd(text, m, end) is var dotted and >= 0)
        {
            // "...the deal was agreed.U.S. officials said", "...agreed.U.S.-led talks", "...in the 1990s.U.S. markets"
            // ("10.A.M." is a time); not one that would be a sentence alone ("...held in Washington.D.C. Officials said").
            return (afterWord || ((numberEnds || (number && ReportingVerbFollows(text, dotted, end))) && text[m..dotted] is not ("A.M." or "P.M.")))
                && (dotted == end || IsWordSpace(text[dotted]) || (text[dotted] == '-' && dotted + 1 < end && char.IsLetter(text[dotted + 1])))
                && !IsASentenceAlone(text, m, dotted, end);
        }

        if (a - m < 2)
        {
            return null;
        }

        // "...the summit was agreed.G7 leaders then met", "...said the Kremlin.EU leaders", "...fell 12%.EU officials",
        // "...in 2022.FIFA's president", "...flew on Apollo 11.NASA said" (not a time zone's: "at 1500.GMT"; nor a model's
        // variant, which says nothing: "Owners of the Boeing 737.MAX said").
        var acronym = text[m..a];
        var speaker = number && ReportingVerbFollows(text, a, end) && !ModelVariants.Contains(acronym);
        return (afterWord || ((numberEnds || speaker) && !Abbreviations.AfterTime.Contains(acronym)))
            && AcronymGoesOn(text, a, end) && !FileEndings.Contains(acronym) && !TechnicalNames.Contains(acronym);
    }

    /// <summary>
    /// Whether an acronym ending at <paramref name="a"/> goes on as a sentence's first word does: at the end of the text,
    /// before a space, a possessive ("FIFA's", "NATO'") or a comma, semicolon or colon ("FIFA, which runs it,").
    /// </summary>
    private static bool AcronymGoesOn(string text, int a, int end)
    {
        if (a == end || IsWordSpace(text[a]) || text[a] is ',' or ';' or ':')
        {
            return true;
        }

        return text[a] is '\'' or '\u2019' && (a + 1 == end || IsWordSpace(text[a + 1])
            || (text[a + 1] == 's' && (a + 2 == end || !char.IsLetterOrDigit(text[a + 2]))));
    }

    /// <summary>
    /// Whether a space and a verb of saying follow <paramref name="p"/> ("NASA said", "FIFA announced"): the word before is
    /// a speaker, so it opens a sentence even after a name's number, where an acronym is otherwise a variant ("737.MAX").
    /// </summary>
    private static bool ReportingVerbFollows(string text, int p, int end)
    {
        if (p + 1 >= end || !IsWordSpace(text[p]))
        {
            return false;
        }

        var verb = WordAt(text, p + 1, end);
        return ReportingVerbs.Contains(verb) && (p + 1 + verb.Length == end || !char.IsLetterOrDigit(text[p + 1 + verb.Length]));
    }

    /// <summary>
    /// Whether the dotted acronym <c>[m, dotted)</c> ("D.C.") would be a sentence alone: it ends the text, or its stop
    /// ends a sentence as a spaced one would ("D.C. Officials said", <see cref="EndsSentence"/>). No sentence is one dotted
    /// acronym, so the glued stop before it is a dropped comma or space ("Washington.D.C." for "Washington, D.C.").
    /// </summary>
    private static bool IsASentenceAlone(string text, int m, int dotted, int end)
    {
        var next = SkipWhiteSpace(text, dotted, end);
        return next == end || EndsSentence(text, m, dotted - 1, dotted - 1, dotted - 1, next, end);
    }

    /// <summary>
    /// Whether the dotted acronym starting at <paramref name="m"/> and ending at <paramref name="dotted"/> (-1 for none) is
    /// a state or the District (<see cref="Abbreviations.States"/>) that goes on with a hyphen: after a place's name it is
    /// the place's, its comma dropped ("Washington.D.C.-based", "Albany.N.Y.-area"), never a sentence's first word. Before a
    /// space it may be ("...held in Washington.D.C. officials said"), and another acronym is ("...in Paris.U.S.-led talks").
    /// </summary>
    private static bool IsStateBeforeAHyphen(string text, int m, int dotted, int end) =>
        dotted >= 0 && dotted < end && text[dotted] == '-' && Abbreviations.States.Contains(text[m..(dotted - 1)]);

    /// <summary>
    /// Variants of a model, glued to its number after its maker's name ("Boeing 737.MAX", "Airbus 320.NEO", "Airbus
    /// 350.XWB"): never a speaker, so a verb of saying after one goes on with the model ("Owners of the 737.MAX said").
    /// </summary>
    private static readonly FrozenSet<string> ModelVariants = FrozenSet.ToFrozenSet(
        ["MAX", "NEO", "XWB", "XLR", "LR", "ER", "NG"],
        StringComparer.Ordinal);

    /// <summary>Verbs of saying, which follow a speaker: "NASA said", "officials said", "the ministry announced".</summary>
    private static readonly FrozenSet<string> ReportingVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "announced", "announces", "confirmed", "confirms", "reported", "reports", "added", "stated", "warned",
         "denied", "told", "noted", "estimated", "acknowledged", "insisted", "argued", "claimed"],
        StringComparer.Ordinal);
}
