using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Reads restrictions put in place and lifted (<see cref="FeaturizerSettings.MarkMeasures"/>): "lifted sanctions",
/// "ended the curfew", "the ban was overturned" and "cut tariffs" are good changes; "imposed tariffs", "extended the
/// curfew", "a lockdown was ordered" are bad ones. Word n-grams see "ban" and "sanctions" as bad news whatever
/// happens to them. Each finding adds a measure-lifted or measure-imposed feature of its own (not the change
/// features: sharing their weight made the model read every measure as the news, and lowered dev), recorded with
/// the change features so that <c>Explain</c> shows it as a change.
/// </summary>
internal static class MeasureFeatures
{
    /// <summary>How many words after a verb its measure may stand ("lifted its 25 percent tariffs").</summary>
    private const int ObjectWindow = 5;

    /// <summary>How many words before a verb its measure may stand ("sanctions on the bank were lifted").</summary>
    private const int SubjectWindow = 4;

    /// <summary>Restrictions, penalties and emergency measures.</summary>
    private static readonly FrozenSet<ulong> Measures = FeatureHash.TokenSet(
        "sanctions", "sanction", "tariffs", "tariff", "duties", "levies", "levy", "ban", "bans", "embargo", "embargoes",
        "curfew", "curfews", "lockdown", "lockdowns", "quarantine", "quarantines", "restrictions", "restriction", "curbs",
        "controls", "blacklist", "blacklists", "watchlist", "blockade", "blockades", "boycott", "boycotts", "moratorium",
        "freeze", "fines", "penalties", "penalty", "charges", "emergency", "martial", "shutdown", "shutdowns", "visa",
        "limits", "quotas", "suspension");

    /// <summary>Verbs that lift or soften a measure: a good change.</summary>
    private static readonly FrozenSet<ulong> Lifts = FeatureHash.TokenSet(
        "lifted", "lifts", "lift", "lifting", "scrapped", "scraps", "scrap", "scrapping", "dropped", "drops", "drop",
        "ended", "ends", "end", "ending", "eased", "eases", "ease", "easing", "removed", "removes", "remove", "removing",
        "removal", "suspended", "suspends", "suspend", "waived", "waives", "waive", "overturned", "overturns", "overturn",
        "repealed", "repeals", "repeal", "rescinded", "rescinds", "rescind", "revoked", "revokes", "revoke", "relaxed",
        "relaxes", "relax", "relaxing", "loosened", "loosens", "loosen", "cancelled", "canceled", "cancels", "cancel",
        "withdrew", "withdrawn", "withdraws", "abolished", "abolishes", "abolish", "quashed", "quashes", "annulled",
        "expired", "expires", "lapsed", "lapses", "cut", "cuts", "reduced", "reduces", "lowered", "lowers", "slashed",
        "unfroze", "unfrozen");

    /// <summary>Verbs that put a measure in place or harden it: a bad change.</summary>
    private static readonly FrozenSet<ulong> Imposes = FeatureHash.TokenSet(
        "imposed", "imposes", "impose", "imposing", "imposition", "reimposed", "reimposes", "reimpose", "extended",
        "extends", "extend", "extending", "extension", "tightened", "tightens", "tighten", "tightening", "introduced",
        "introduces", "introduce", "slapped", "slaps", "slap", "widened", "widens", "widen", "expanded", "expands",
        "expand", "renewed", "renews", "renew", "declared", "declares", "declare", "ordered", "upheld", "upholds",
        "uphold", "threatened", "threatens", "threaten", "raised", "raises", "raise", "hiked", "hikes", "hike",
        "increased", "broadened", "enforced", "enforces", "enforce");

    /// <summary>The feature of a measure lifted or softened (before it is keyed to its block).</summary>
    internal static readonly ulong GoodMeasure = FeatureHash.Token("\u0001MEASURE+");

    /// <summary>The feature of a measure put in place or hardened (before it is keyed to its block).</summary>
    internal static readonly ulong BadMeasure = FeatureHash.Token("\u0001MEASURE-");

    /// <summary>
    /// Adds one measure-lifted or measure-imposed key for each lifting or imposing word whose measure is found: the first
    /// measure among the <see cref="ObjectWindow"/> words after it, else the nearest among the
    /// <see cref="SubjectWindow"/> words before it, in the same sentence and not past another such word. A negated
    /// verb gives a negation-marked key, as <see cref="ChangeFeatures"/> does.
    /// </summary>
    public static void Emit(FeatureSink sink, ulong seed)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        for (var j = 0; j < tokens.Length; j++)
        {
            var good = Lifts.Contains(tokens[j].Raw);
            if (!good && !Imposes.Contains(tokens[j].Raw))
            {
                continue;
            }

            var at = Find(tokens, chars, j, 1, ObjectWindow);
            if (at < 0)
            {
                at = Find(tokens, chars, j, -1, SubjectWindow);
            }

            if (at < 0)
            {
                continue;
            }

            var key = good ? GoodMeasure : BadMeasure;
            if (tokens[j].Negated)
            {
                key = FeatureHash.Combine(key, FeatureExtractor.NegationMark);
            }

            var (first, last) = at < j ? (tokens[at], tokens[j]) : (tokens[j], tokens[at]);
            sink.Add(FeatureHash.Key(key, seed), first.Start, last.Start + last.Length);
        }
    }

    /// <summary>The first measure walking from the word after (or before) <paramref name="j"/> by <paramref name="step"/>, within reach and the sentence, before another lifting or imposing word; -1 if none.</summary>
    private static int Find(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j, int step, int window)
    {
        for (var i = j + step; i >= 0 && i < tokens.Length && Math.Abs(i - j) <= window; i += step)
        {
            var (left, right) = step > 0 ? (tokens[i - 1], tokens[i]) : (tokens[i], tokens[i + 1]);
            if (ChangeFeatures.SentenceBreak(chars, left.Start + left.Length, right.Start))
            {
                return -1;
            }

            var raw = tokens[i].Raw;
            if (Measures.Contains(raw))
            {
                return i;
            }

            if (Lifts.Contains(raw) || Imposes.Contains(raw))
            {
                return -1;
            }
        }

        return -1;
    }

}
