using System.Collections.Frozen;

namespace Classifier.Articles;

// The words the glued-end rules look for (SentenceSplitter.GluedEnds.cs).
public static partial class SentenceSplitter
{
    /// <summary>
    /// Common member names of code, which after a small-letter word and a full stop are member access ("list.Count",
    /// "items.Length", "user.Id"), not a sentence's first word. Only names that hardly ever open a news sentence: names
    /// that are also everyday nouns, adjectives or verbs opening one ("Children", "Max", "Key", "Current", "Property",
    /// "Text", "Data", "Officials", "Start") are left out, so "...hit by a missile.Children were among the dead" and
    /// "...fell.Data showed" still split.
    /// </summary>
    private static readonly FrozenSet<string> MemberNames = FrozenSet.ToFrozenSet(
        ["Count", "Length", "Id", "Keys", "Contains", "Parse", "Equals", "Trim", "Dispose", "Invoke", "Append", "Config",
         "Url", "Uri", "Timeout", "Headers", "Args", "Instance"],
        StringComparer.Ordinal);

    /// <summary>Number words, which a numbering abbreviation glued to them numbers: "No.One", "no.Two".</summary>
    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that number what follows them, besides the abbreviations: "Section 12", "Chapter 12", "Step 12".</summary>
    private static readonly FrozenSet<string> NumberingWords = FrozenSet.ToFrozenSet(
        ["section", "sec", "chapter", "article", "part", "paragraph", "para", "clause", "rule", "step", "page", "item", "figure",
         "table", "version", "room", "resolution", "point", "annex", "appendix", "schedule", "title", "number", "p"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronyms that follow a full stop in code or addresses without starting a sentence: "user.ID", "node.JS", "site.URL".</summary>
    private static readonly FrozenSet<string> TechnicalNames = FrozenSet.ToFrozenSet(
        ["ID", "IDS", "URL", "URI", "API", "UI", "IO", "SQL", "JS", "TS", "CSS", "DLL", "NET", "DB", "PY", "CS", "MD", "MP3", "MP4"],
        StringComparer.Ordinal);

    /// <summary>Domain and file-name endings, which follow a full stop without starting a sentence: "apple.Com", "budget.Xlsx".</summary>
    private static readonly FrozenSet<string> FileEndings = FrozenSet.ToFrozenSet(
        ["com", "org", "net", "gov", "edu", "int", "mil", "io", "co", "uk", "info", "biz", "html", "htm", "php", "asp", "aspx",
         "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "txt", "json", "xml", "jpg", "jpeg", "png", "gif", "zip", "exe"],
        StringComparer.OrdinalIgnoreCase);
}
