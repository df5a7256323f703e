using System.Collections.Frozen;

namespace Classifier.Articles;

// Words after a glued stop that start no sentence: members of code, technical names, domain and file endings; and dotted acronyms.
public static partial class SentenceSplitter
{
    /// <summary>Where a dotted acronym of two letters or more starting at <paramref name="m"/> ("U.S.", "U.N.") ends, or -1.</summary>
    private static int DottedAcronymEnd(string text, int m, int end)
    {
        var p = m;
        while (p + 1 < end && char.IsUpper(text[p]) && text[p + 1] == '.')
        {
            p += 2;
        }

        return p - m >= 4 ? p : -1;
    }

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
