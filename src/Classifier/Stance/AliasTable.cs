namespace Classifier.Stance;

/// <summary>
/// Known targets and their other names ("United States": "US", "Washington"...), and the people who speak or act for
/// them ("Russia": "Vladimir Putin", "Lavrov"...). Resolves a target given by a caller to its canonical name (by its
/// names, never by its people: "Putin" stays a target of its own) and lists every pattern that mentions a target (names
/// and people alike: "Putin's decree" mentions Russia). Immutable; safe to share across threads.
/// </summary>
internal sealed partial class AliasTable
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();
    private readonly Dictionary<string, string> _canonicalByName;
    private readonly Dictionary<string, string> _canonicalByCaseSensitiveName;

    /// <summary>The short names in capitals ("US", "EU", "IMF") in any case: a caller's target "us" or "imf" names them.</summary>
    private readonly Dictionary<string, string> _canonicalByCapitalsInAnyCase;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _targetByPerson;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public AliasTable(IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, IReadOnlyDictionary<string, IReadOnlyList<string>>? representatives = null, bool ignoreFormerPeople = false)
    {
        Aliases = aliases;
        Representatives = representatives ?? None;
        IgnoreFormerPeople = ignoreFormerPeople;
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byExact = new Dictionary<string, string>(StringComparer.Ordinal);
        var patterns = new List<EntityPattern>();
        var ordered = aliases.Keys.ToArray();
        Array.Sort(ordered, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var canonical in ordered)
        {
            seen.Clear();
            foreach (var raw in aliases[canonical].Prepend(canonical))
            {
                var name = Name(raw);
                if (name.Length == 0 || !seen.Add(name))
                {
                    continue;
                }

                var pattern = EntityPattern.Create(name, canonical);
                patterns.Add(pattern);
                if (pattern.CaseSensitive)
                {
                    byExact.TryAdd(name, canonical);
                }
                else
                {
                    byName.TryAdd(name, canonical);
                }
            }
        }

        var people = new List<EntityPattern>();
        var targetByPerson = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var targets = Representatives.Keys.ToArray();
        Array.Sort(targets, StringComparer.Ordinal);
        foreach (var canonical in targets)
        {
            foreach (var name in Representatives[canonical].Select(Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            {
                people.Add(EntityPattern.Create(name, canonical));
                targetByPerson.TryAdd(name, canonical);
            }
        }

        _canonicalByName = byName;
        _canonicalByCaseSensitiveName = byExact;
        _canonicalByCapitalsInAnyCase = new Dictionary<string, string>(byExact, StringComparer.OrdinalIgnoreCase);
        _targetByPerson = targetByPerson.GetAlternateLookup<ReadOnlySpan<char>>();
        RepresentativePatterns = people.ToArray();
        patterns.AddRange(people);
        Patterns = patterns.ToArray();
        Finder = new MentionFinder(Patterns);
    }

    public static AliasTable Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>The table as stored in a model's manifest.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; }

    /// <summary>
    /// The people who speak or act for each target (its head of state or government, ministers, spokespeople, the head
    /// of an organisation), as stored in a model's manifest: a mention of one is a mention of their target, but a caller's
    /// target is never resolved to the target they speak for.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Representatives { get; }

    /// <summary>
    /// Whether <see cref="FindMentions"/> drops a representative's name that the text marks as someone out of office
    /// (<see cref="FormerMarker"/>): "former President Donald Trump" is no mention of the United States
    /// (<see cref="Features.FeaturizerSettings.IgnoreFormerPeople"/>).
    /// </summary>
    public bool IgnoreFormerPeople { get; }

    /// <summary>Every name of every known target and of every representative, each tagged with its canonical target.</summary>
    public EntityPattern[] Patterns { get; }

    /// <summary>The representatives' names, each tagged with the target they speak for.</summary>
    public EntityPattern[] RepresentativePatterns { get; }

    /// <summary>Finds mentions of <see cref="Patterns"/> in a text.</summary>
    public MentionFinder Finder { get; }

    /// <summary>
    /// The canonical name of <paramref name="target"/> if it is a known target or alias, with or without a leading "the"
    /// ("the United States" is United States, "nuclear deal" the nuclear deal), a short name in capitals in any case ("us" is
    /// United States, "imf" IMF), typographic variants folded for the lookup
    /// ("Côte d’Ivoire" finds "Côte d'Ivoire", "South\u00A0Korea" South Korea) and invisible characters left out, as text is
    /// read ("Chi\u200Bna" is China), and each run of white space one space ("South  Korea", "South\r\nKorea"); otherwise the
    /// trimmed target as written, without its invisible characters and with each run of white space, or white space other
    /// than a plain space (a no-break space), one plain space (its crossed features hash it so; other typographic variants
    /// are not folded there, as models trained before the folding did not). Quotes or brackets around a target are no
    /// part of it ("\"China\"" is China, "(windfall tax)" windfall tax), nor, for a target the table knows, a final stop
    /// or comma ("China.") or a possessive ("China's": <see cref="KnownBare"/>).
    /// </summary>
    public string Resolve(string target) => Resolve(target, capitalsInAnyCase: true);

    /// <summary>
    /// <see cref="Resolve(string)"/> for a name a caller adds (<see cref="Conflict"/>) rather than a target: a short name in
    /// capitals is its target only as written, since a name is matched in text so ("Us" may name another target).
    /// </summary>
    private string ResolveName(string name) => Resolve(name, capitalsInAnyCase: false);

    private string Resolve(string target, bool capitalsInAnyCase)
    {
        var folded = Name(target);
        return Known(folded, capitalsInAnyCase) ?? KnownBare(folded, capitalsInAnyCase)
            ?? Unwrapped(Features.TextNormalizer.CollapseWhiteSpace(Features.ReadingForm.Of(target, int.MaxValue).Trim()));
    }

    /// <summary>
    /// The key by which two targets a caller gives are one (<see cref="Articles.ArticleAnalyzer"/> reports them once, and
    /// the CLI's <c>analyze</c> says so), compared in any case: <see cref="Resolve(string)"/>'s name with its typographic
    /// variants folded, so that "Acme’s bid" and "Acme's bid", unknown to the table, are one as well as "US" and "Washington".
    /// </summary>
    public string SameTargetKey(string target) => Features.TextNormalizer.FoldTypography(Resolve(target));

    private string? Known(string name, bool capitalsInAnyCase) =>
        Lookup(name) ?? Lookup(OtherArticleForm(name))
        ?? (capitalsInAnyCase ? InAnyCase(name) ?? InAnyCase(OtherArticleForm(name)) : null);

    /// <summary>
    /// The canonical name of <paramref name="folded"/> once what is no part of a name is taken off, when the table knows
    /// what is left: quotes or brackets around it ("\"China\"", "(China)"), then a final stop, comma or other punctuation
    /// ("China.", "China,") or a possessive ("China's"); null when it knows none of them. Tried only after the name as
    /// given, so a name the table writes with a stop ("U.S.") is found as it is.
    /// </summary>
    private string? KnownBare(string folded, bool capitalsInAnyCase)
    {
        var unwrapped = Unwrapped(folded);
        var unpunctuated = unwrapped.TrimEnd(FinalPunctuation).TrimEnd();
        var possessive = unpunctuated.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? unpunctuated[..^2].TrimEnd() : unpunctuated;
        foreach (var bare in (ReadOnlySpan<string>)[unwrapped, unpunctuated, possessive])
        {
            if (bare.Length > 0 && bare != folded && Known(bare, capitalsInAnyCase) is { } canonical)
            {
                return canonical;
            }
        }

        return null;
    }

    private static readonly char[] FinalPunctuation = ['.', ',', ';', ':', '!', '?'];

    /// <summary>
    /// <paramref name="name"/> without the matching quotes or brackets around it, any number of pairs ("\"China\"",
    /// "“windfall tax”", "(China)"), which never belong to a name; the name itself when it has none, or nothing would be left.
    /// </summary>
    internal static string Unwrapped(string name)
    {
        var inner = name.AsSpan();
        while (inner.Length >= 2 && (inner[0], inner[^1]) is ('"', '"') or ('\'', '\'') or ('\u201C', '\u201D') or ('\u2018', '\u2019') or ('(', ')') or ('[', ']'))
        {
            // Not when the pair's marks occur inside too: "\"US\" and \"China\"" is two quoted names, not one in quotes.
            var next = inner[1..^1].Trim();
            var middle = next;
            while (middle.Length >= 2 && middle[0] == inner[0] && middle[^1] == inner[^1])
            {
                middle = middle[1..^1];
            }

            if (next.Length == 0 || middle.IndexOfAny(inner[0], inner[^1]) >= 0)
            {
                break;
            }

            inner = next;
        }

        return inner.Length == name.Length ? name : inner.ToString();
    }

    /// <summary>
    /// A name or target as the table holds and looks up names: read as text is read (<see cref="Features.ReadingForm"/>:
    /// "Ger\u00ADmany" is Germany, a decomposed "Co\u0302te d'Ivoire" Côte d'Ivoire), typographic variants folded, trimmed,
    /// and each run of white space inside it one space ("South  Korea", "South\tKorea" and "South\r\nKorea" are South Korea).
    /// </summary>
    internal static string Name(string raw) =>
        Features.TextNormalizer.CollapseWhiteSpace(Features.TextNormalizer.FoldTypography(Features.ReadingForm.Of(raw, int.MaxValue)).Trim());

    private string? Lookup(string name) =>
        _canonicalByCaseSensitiveName.TryGetValue(name, out var exact) ? exact
        : _canonicalByName.TryGetValue(name, out var canonical) ? canonical
        : null;

    /// <summary>
    /// A short name in capitals that <paramref name="name"/> is in another case ("us", "Imf"), or null. Only for a target:
    /// text matches such names only as written, so that "us" in a sentence is no mention of the United States.
    /// </summary>
    private string? InAnyCase(string name) => _canonicalByCapitalsInAnyCase.GetValueOrDefault(name);

    /// <summary>The name without its leading "the", or with one if it has none.</summary>
    private static string OtherArticleForm(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..].TrimStart() : "the " + name;

    public bool IsKnown(string canonical) => Aliases.ContainsKey(canonical);

    /// <summary>
    /// The targets <see cref="With"/> added that the table did not know before (a caller's "Vladimir Putin"): as an unknown
    /// target was, such a target is also found by the representatives' names that are its own
    /// (<see cref="TargetContext.RelatedPeople"/>: "Putin"), which are not made its aliases, since they name another target
    /// (Russia) for every other caller's target.
    /// </summary>
    public IReadOnlySet<string> Added { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// This table with <paramref name="aliases"/> added as names of <paramref name="target"/> (or of the target it is a
    /// name of), each with its other forms (<see cref="TargetContext.Variants"/>: "windfall levies" for "windfall levy").
    /// A target the table did not know keeps the names it was found by before.
    /// </summary>
    /// <exception cref="ArgumentException">A name already names another target of the table (<see cref="Conflict"/>).</exception>
    public AliasTable With(string target, IReadOnlyList<string> aliases)
    {
        if (Conflict(target, aliases) is { } conflict)
        {
            throw new ArgumentException(conflict, nameof(aliases));
        }

        var canonical = Resolve(target);
        var merged = new Dictionary<string, IReadOnlyList<string>>(Aliases, StringComparer.Ordinal);
        var before = merged.TryGetValue(canonical, out var known) ? known : TargetContext.Variants(canonical).Skip(1);
        // A person's own name given for them ("Putin" for "Vladimir Putin") is found through Added; as an alias it would
        // stop naming the target that person speaks for (Russia) for every other target.
        // Each alias with its other forms, as a target of its own is found ("windfall levy": "windfall levies"; a name such
        // as "TSLA" has none), but a form that names another target.
        var added = aliases.Where(n => !IsOwnPerson(canonical, n)).Select(n => Unwrapped(n.Trim()))
            .SelectMany(n => TargetContext.Variants(n).Where((v, i) => i == 0 || ResolveName(v) is var owner && (!IsKnown(owner) || owner == canonical)));
        merged[canonical] = before.Concat(added).Distinct(StringComparer.Ordinal).ToArray();
        return new AliasTable(merged, Representatives, IgnoreFormerPeople)
        {
            Added = known is null ? new HashSet<string>(Added, StringComparer.Ordinal) { canonical } : Added,
        };
    }

    /// <summary>
    /// Whether the target <paramref name="canonical"/> is a person the table reads as speaking for another target, and
    /// <paramref name="name"/> another name of theirs for the same target, part of the target's name or holding it as
    /// whole words: the target is that person ("Putin" or "Vladimir Putin" for the target "Vladimir Putin"; not "Trump"
    /// for "Trump tariffs", which names no person).
    /// </summary>
    private bool IsOwnPerson(string canonical, string name)
    {
        var person = Name(name);
        return _targetByPerson.TryGetValue(person, out var speaksFor) && speaksFor != canonical
            && _targetByPerson.TryGetValue(Name(canonical), out var targetSpeaksFor) && targetSpeaksFor == speaksFor
            && (TargetContext.ContainsWords(canonical, person) || TargetContext.ContainsWords(person, canonical));
    }

    /// <summary>
    /// Appends to <paramref name="mentions"/> the mentions <see cref="Finder"/> finds.
    /// With <paramref name="namesAsWritten"/> (<see cref="Features.FeaturizerSettings.NamesAsWritten"/>), in a text with
    /// capitals, a mention of a name (<see cref="TargetContext.LooksLikeName"/>) is kept only where it is written as one
    /// (<see cref="WrittenAsName"/>): "the north of the country" names no North Korea, "turkey" no Turkey. Mentions that
    /// start within the first <paramref name="skip"/> characters (a dateline, <see cref="Features.FeaturizerSettings.SkipDatelines"/>) are dropped,
    /// and so, with <see cref="IgnoreFormerPeople"/>, are representatives' names marked as former.
    /// </summary>
    public void FindMentions(ReadOnlySpan<char> original, ReadOnlySpan<char> lowered, IReadOnlyList<EntityPattern> extra, string target, List<Mention> mentions, bool namesAsWritten, int skip = 0)
    {
        var from = mentions.Count;
        Finder.Find(original, lowered, extra, target, mentions);
        var checkWritten = namesAsWritten && Features.TextNormalizer.HasUpper(original);
        var checkFormer = IgnoreFormerPeople && _targetByPerson.Dictionary.Count > 0;
        if (!checkWritten && skip == 0 && !checkFormer)
        {
            return;
        }

        var kept = from;
        for (var i = from; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Start >= skip && (!checkWritten || !TargetContext.LooksLikeName(m.Canonical) || WrittenAsName(original[m.Start..m.End], m.Canonical))
                && !(checkFormer && IsFormerPerson(original, m)))
            {
                mentions[kept++] = m;
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>Whether <paramref name="mention"/> is a representative's name of its target that the text marks as former (the name folded, and its
    /// runs of white space made one space, only if it has typographic characters or such runs: otherwise it is the name already looked up).</summary>
    private bool IsFormerPerson(ReadOnlySpan<char> original, Mention mention)
    {
        var written = original[mention.Start..mention.End];
        return (_targetByPerson.TryGetValue(written, out var target)
                || ((Features.TextNormalizer.HasTypography(written) || Features.TextNormalizer.HasWhiteSpaceToCollapse(written))
                    && _targetByPerson.TryGetValue(Features.TextNormalizer.CollapseWhiteSpace(Features.TextNormalizer.FoldTypography(written.ToString())), out target)))
            && target == mention.Canonical
            && FormerMarker.Marks(original, mention.Start, mention.End);
    }

    /// <summary>
    /// Whether a mention of a name is written as one, a leading "the" aside: the rest has a capital ("Turkey", "the North",
    /// "NATO"), or it is one of the target's names as the table writes it in lower case ("the bloc", "The bloc"); "turkey",
    /// "the north" and a sentence's opening "The north" are not.
    /// </summary>
    public bool WrittenAsName(ReadOnlySpan<char> mention, string canonical)
    {
        if (Features.TextNormalizer.HasWhiteSpaceToCollapse(mention))
        {
            // A name wrapped across lines or typed with two spaces ("the\r\nbloc"), read with one.
            return WrittenAsName(Features.TextNormalizer.CollapseWhiteSpace(mention.ToString()), canonical);
        }

        var name = WithoutArticle(mention);
        if (Features.TextNormalizer.HasUpper(name))
        {
            return true;
        }

        foreach (var alias in Aliases.TryGetValue(canonical, out var names) ? names : [])
        {
            // The alias as the table reads it (without its invisible characters, white space runs as one space, as the pattern
            // that found the mention).
            if (name.Equals(WithoutArticle(Features.TextNormalizer.CollapseWhiteSpace(Features.ReadingForm.Of(alias, int.MaxValue).Trim())), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> name) =>
        name.Length > 4 && name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
