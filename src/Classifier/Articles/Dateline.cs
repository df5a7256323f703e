using System.Text.RegularExpressions;

namespace Classifier.Articles;

/// <summary>
/// The dateline that opens a wire story's first sentence: the place in capitals, optionally a region, a date and the
/// agency in brackets, then a dash ("SEOUL (Reuters) - ", "KYIV — ", "CARREFOUR, Haiti — ", "WASHINGTON, Dec. 2 (AP) -- ").
/// It says where the story was filed, not what it is about, so <see cref="ArticleAnalyzer"/> leaves it out when scoring
/// (<see cref="AnalysisOptions.SkipDatelines"/>) and a model trained with <see cref="Features.FeaturizerSettings.SkipDatelines"/>
/// reads no features in it: a dateline "SEOUL" is not a mention of South Korea, nor a target
/// <see cref="StanceClassifier.FindTargets"/> finds with such a model.
/// </summary>
/// <threadsafety>Stateless and safe to use from any number of threads.</threadsafety>
internal static partial class Dateline
{
    private const string Place = @"^\s*\p{Lu}[\p{Lu}.'’\-]+(?:\s\p{Lu}[\p{Lu}.'’\-]*){0,3}(?:,\s\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,2})?";
    private const string Date = @",\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}";
    private const string Agency = @"\s\([^()\n]{2,40}\)";

    /// <summary>
    /// How many leading characters of <paramref name="sentence"/> are a dateline, the dash and the spaces after it included;
    /// 0 when it has none. A plain hyphen counts only after a date or an agency in brackets, so "US - China talks resumed"
    /// keeps its opening; an em dash, en dash or double hyphen needs neither. Nothing is taken when no text would be left,
    /// nor when the dash is followed by a small letter ("NATO — the alliance's chief said...") unless a date or an agency
    /// comes before it ("SEOUL (Reuters) - eBay said...").
    /// Allocates nothing.
    /// </summary>
    public static int Length(ReadOnlySpan<char> sentence)
    {
        // Every dateline starts with two capitals (after any spaces): most sentences are turned away here.
        var first = sentence.TrimStart();
        if (first.Length < 2 || !char.IsUpper(first[0]) || !char.IsUpper(first[1]))
        {
            return 0;
        }

        foreach (var m in LongDash().EnumerateMatches(sentence))
        {
            return Taken(sentence, m.Length);
        }

        foreach (var m in Hyphen().EnumerateMatches(sentence))
        {
            return Taken(sentence, m.Length);
        }

        return 0;
    }

    // A wire story's sentence starts after its dateline, so a small letter there means the dash is the sentence's own:
    // "NATO — the alliance's chief said on Monday — would not..." keeps its opening (and its mention of NATO), as do
    // "US, China — the two economies..." and "IAEA (the U.N. watchdog) — the agency...". A date or an agency in brackets
    // written with a capital makes it a dateline whatever follows ("SEOUL (Reuters) - eBay said...").
    private static int Taken(ReadOnlySpan<char> sentence, int length) =>
        length < sentence.Length && (!char.IsLower(sentence[length]) || HasDateOrAgency(sentence[..length])) ? length : 0;

    private static bool HasDateOrAgency(ReadOnlySpan<char> dateline)
    {
        var bracket = dateline.IndexOf('(');
        return dateline.IndexOfAnyInRange('0', '9') >= 0 || (bracket >= 0 && bracket + 1 < dateline.Length && char.IsUpper(dateline[bracket + 1]));
    }

    [GeneratedRegex(Place + "(?:" + Date + ")?(?:" + Agency + @")?\s*(?:—|–|--)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LongDash();

    [GeneratedRegex(Place + "(?:" + Date + "(?:" + Agency + ")?|" + Agency + @")\s*-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Hyphen();
}
