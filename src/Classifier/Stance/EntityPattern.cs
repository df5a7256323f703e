namespace Classifier.Stance;

/// <summary>
/// One name of a target to look for in text. Short all-capital names ("US", "UN", "EU") match
/// only in capitals, so that "us" and "un" in ordinary words are not taken for them.
/// </summary>
internal sealed record EntityPattern(string Text, string Lowered, bool CaseSensitive, string Canonical)
{
    public static EntityPattern Create(string name, string canonical)
    {
        var (letters, upper) = WordRunes.CountLetters(name);

        // Folded as text is (TextNormalizer.Normalize), so that "Côte d’Ivoire" is found in text however its apostrophe is written.
        var caseSensitive = letters is > 0 and <= 3 && upper == letters;
        var lowered = string.Create(name.Length, name, static (span, n) => Features.TextNormalizer.Normalize(n, span));
        return new EntityPattern(Features.TextNormalizer.FoldTypography(name), lowered, caseSensitive, canonical);
    }
}
