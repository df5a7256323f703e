using System.Text.RegularExpressions;

namespace Classifier.Articles;

/// <summary>
/// The dateline that opens a wire story's first sentence: the place in capitals, optionally a region, a date and the
/// agency in brackets, then a dash ("SEOUL (Reuters) - ", "KYIV — ", "CARREFOUR, Haiti — ", "WASHINGTON, Dec. 2 (AP) -- ").
/// It says where the story was filed, not what it is about, so <see cref="ArticleAnalyzer"/> leaves it out when scoring
/// (<see cref="AnalysisOptions.SkipDatelines"/>): a dateline "SEOUL" is not a mention of South Korea.
/// </summary>
internal static partial class Dateline
{
    /// <summary>
    /// How many leading characters of <paramref name="sentence"/> are a dateline, the dash and the spaces after it included;
    /// 0 when it has none. A plain hyphen counts only after a date or an agency in brackets, so "US - China talks resumed"
    /// keeps its opening; an em dash, en dash or double hyphen needs neither. Nothing is taken when no text would be left.
    /// </summary>
    public static int Length(string sentence)
    {
        var m = Pattern().Match(sentence);
        if (!m.Success || m.Length >= sentence.Length)
        {
            return 0;
        }

        var hyphen = m.Groups["dash"].Value == "-";
        return hyphen && !m.Groups["date"].Success && !m.Groups["agency"].Success ? 0 : m.Length;
    }

    // The place: one to four words in capitals (at least two letters in the first); a region in any case; a date such as
    // "Dec. 2" or "March 3"; the agency in brackets; a dash with space after it.
    [GeneratedRegex(@"^\s*\p{Lu}[\p{Lu}.'’\-]+(?:\s\p{Lu}[\p{Lu}.'’\-]*){0,3}(?:,\s\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*){0,2})?(?<date>,\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2})?(?<agency>\s\([^()\n]{2,40}\))?\s*(?<dash>—|–|--|-)\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
