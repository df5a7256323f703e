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
    // A city in capitals, or up to four joined by slashes ("BRUSSELS/WASHINGTON", "NEW YORK/LONDON"), then a region.
    private const string City = @"\p{Lu}[\p{Lu}.'’\-]+(?:\s\p{Lu}[\p{Lu}.'’\-]*){0,3}";
    private const string Place = @"^\s*" + City + "(?:/" + City + @"){0,3}(?:,\s\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,2})?";
    private const string Month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*";
    private const string Date = @",\s(?:" + Month + @"\.?\s\d{1,2}|\d{1,2}\s" + Month + @"\.?)";

    /// <summary>
    /// Abbreviations of four letters or more that open sentences before a dash as a name paired with another ("NATO –
    /// Russia talks"); one of three letters or fewer is taken for one without a list ("UK – EU relations").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PairedAbbreviations =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [
            "NATO", "OPEC", "IAEA", "OSCE", "OECD", "ASEAN", "NAFTA", "USMCA", "ECOWAS", "UNESCO", "UNICEF", "UNHCR", "UNRWA",
            "FIFA", "NASA", "BRICS", "EFTA", "CARICOM", "MERCOSUR", "APEC", "SADC", "IGAD",
        ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private const string Agency = @"\s\([^()\n]{2,40}\)";

    /// <summary>
    /// How many leading characters of <paramref name="sentence"/> are a dateline, the dash and the spaces after it included;
    /// 0 when it has none. A plain hyphen counts only after a date or an agency in brackets, so "US - China talks resumed"
    /// keeps its opening; an em dash, en dash or double hyphen needs neither. Nothing is taken when no text would be left,
    /// nor when the dash is followed by a small letter ("NATO — the alliance's chief said...") unless a date or an agency
    /// comes before it ("SEOUL (Reuters) - eBay said..."), nor, without a date or an agency, when the place is an
    /// abbreviation ("UK – EU relations improved", "NATO — Russia talks"). Cities joined by slashes
    /// ("BRUSSELS/WASHINGTON (Reuters) - ") and dates written day first ("GENEVA, 5 January (Reuters) - ") are read.
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
    // Without a date or an agency, a place that is one abbreviation is a name the sentence pairs with another ("UK – EU
    // relations improved", "US — China tensions"): cities are named in full, so such a place is no dateline.
    private static int Taken(ReadOnlySpan<char> sentence, int length)
    {
        if (length >= sentence.Length)
        {
            return 0;
        }

        var dated = HasDateOrAgency(sentence[..length]);
        return (!char.IsLower(sentence[length]) || dated) && (dated || !IsAbbreviation(sentence[..length])) ? length : 0;
    }

    /// <summary>
    /// Whether the dateline's place, before its dash, is one word ("SÃO PAULO" and "GAZA, Palestinian Territories" are
    /// not) of at most three letters ("UK", "U.S.") or one of <see cref="PairedAbbreviations"/>.
    /// </summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> dateline)
    {
        var place = dateline.Trim().TrimEnd("—–-").TrimEnd();
        if (place.IndexOfAny(" ,/\u00A0") >= 0)
        {
            return false;
        }

        return Stance.WordRunes.CountLetters(place).Letters <= 3 || PairedAbbreviations.Contains(place);
    }

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
