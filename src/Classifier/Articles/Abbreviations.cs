using System.Collections.Frozen;

namespace Classifier.Articles;

/// <summary>Abbreviations of news prose and how they behave before a full stop.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and similar: the word after them belongs to the same sentence ("Mr. Kim", "Gen. Park").</summary>
    public static readonly FrozenSet<string> NeverFinal = new[]
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "brig", "gov", "sen", "rep", "prof",
        "st", "mt", "ft", "vs", "v", "e.g", "i.e", "a.k.a", "cf", "approx", "est", "rev", "hon", "pres", "supt", "det",
        "insp", "jr", "sr", "dept", "univ", "assn", "bros", "gens",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Abbreviations that number what follows ("No. 5", "Art. 12", "Vol. 3"): the sentence goes on after them only before
    /// a number, for some are words too ("He said no. The talks ended.", "...a work of art. Critics...").
    /// </summary>
    public static readonly FrozenSet<string> BeforeNumber = new[]
    {
        "no", "nos", "art", "fig", "figs", "vol", "pp", "ch",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Months: a sentence does not end after "Jan." when a day or year follows.</summary>
    public static readonly FrozenSet<string> Months = new[]
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The District and the states written with two dotted capitals, after a place's name ("Washington, D.C.", "Albany,
    /// N.Y."): no initials, so "N.Y. Officials said" may end a sentence after "N.Y." as "D.C. Officials said" does.
    /// </summary>
    public static readonly FrozenSet<string> States = new[]
    {
        "d.c", "n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d", "r.i",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Abbreviations that may end a sentence ("...arrived in the U.S. The talks..."), or not ("the U.S. Senate"); the
    /// <see cref="States"/> among them.
    /// </summary>
    public static readonly FrozenSet<string> Ambiguous = new[]
    {
        "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "inc", "corp", "ltd", "co", "plc", "llc", "etc", "al", "u.s.a",
    }.Concat(States).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that usually open a sentence; after an ambiguous abbreviation they mark a new sentence.</summary>
    public static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but",
        "and", "or", "so", "yet", "in", "on", "at", "by", "for", "from", "with", "after", "before", "during", "since",
        "while", "when", "if", "as", "his", "her", "its", "their", "our", "my", "some", "many", "most", "no", "none",
        "both", "all", "each", "one", "two", "three", "talks", "officials", "however", "meanwhile", "still", "then",
        "earlier", "later", "last", "next", "other", "such", "what", "who", "why", "how", "negotiations", "analysts",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a headline does not end with but a wrapped line often does ("...were held in" / "Geneva on Tuesday").</summary>
    public static readonly FrozenSet<string> Connectives = new[]
    {
        "a", "an", "the", "in", "of", "to", "and", "or", "but", "with", "for", "on", "at", "by", "from", "as", "that", "than",
        "into", "over", "under", "about", "after", "before", "said", "says", "its", "their", "his", "her", "our", "was", "were",
        "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "not", "who", "which", "while",
        "when", "if", "would", "between", "against", "toward", "towards", "during", "since", "until", "amid", "across",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Two-word openings of common multiword names and titles, by their first word: a line ending with the first word over
    /// a line opening with its second is a name wrapped across the lines ("...briefed by the United" / "States on the
    /// plan."), not a headline over its story, while "Israel pounds Gaza" over "Palestinian officials said..." stays a
    /// headline. Matched as written.
    /// </summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> NamePairs = new Dictionary<string, string[]>
    {
        ["United"] = ["States", "Nations", "Kingdom", "Arab"],
        ["South"] = ["Korea", "Korean", "Koreans", "Africa", "African", "Africans", "Sudan", "Ossetia"],
        ["North"] = ["Korea", "Korean", "Koreans", "Macedonia", "Atlantic"],
        ["East"] = ["Timor", "Jerusalem", "Asia", "Asian"],
        ["West"] = ["Bank", "Africa", "African"],
        ["New"] = ["York", "Zealand", "Delhi", "Caledonia", "Jersey", "Mexico", "Hampshire", "Orleans"],
        ["Saudi"] = ["Arabia", "Arabian"],
        ["Sri"] = ["Lanka", "Lankan", "Lankans"],
        ["Hong"] = ["Kong"],
        ["Costa"] = ["Rica", "Rican"],
        ["El"] = ["Salvador"],
        ["Sierra"] = ["Leone"],
        ["Czech"] = ["Republic"],
        ["Dominican"] = ["Republic"],
        ["Central"] = ["African", "America", "Asia", "Bank"],
        ["Burkina"] = ["Faso"],
        ["Papua"] = ["New"],
        ["Puerto"] = ["Rico", "Rican"],
        ["European"] = ["Union", "Commission", "Parliament", "Council", "Central"],
        ["World"] = ["Bank", "Health", "Trade", "Food"],
        ["International"] = ["Monetary", "Court", "Criminal", "Atomic", "Energy", "Committee"],
        ["Security"] = ["Council"],
        ["White"] = ["House"],
        ["Prime"] = ["Minister"],
        ["Supreme"] = ["Court", "Leader"],
        ["Federal"] = ["Reserve"],
        ["Islamic"] = ["State", "Republic"],
        ["Middle"] = ["East"],
        ["Gaza"] = ["Strip", "City"],
        ["Wall"] = ["Street"],
        ["Arab"] = ["League"],
        ["African"] = ["Union"],
        ["Human"] = ["Rights"],
        ["Red"] = ["Cross", "Crescent"],
        ["Foreign"] = ["Minister", "Ministry", "Office", "Secretary"],
        ["Defence"] = ["Minister", "Ministry", "Secretary"],
        ["Defense"] = ["Minister", "Ministry", "Secretary", "Department"],
        ["Vice"] = ["President", "Premier"],
        ["Secretary"] = ["General"],
        ["General"] = ["Assembly"],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Words that follow a time of day inside the same sentence ("3 p.m. Monday", "9 a.m. GMT").</summary>
    public static readonly FrozenSet<string> AfterTime = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "gmt", "utc", "et", "est", "edt",
        "pt", "pst", "pdt", "cet", "cest", "bst", "cst", "cdt", "mst", "mdt", "eet", "eest", "msk", "ist", "jst", "kst", "hkt",
        "aest", "aedt", "local", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
