using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Reads "X rose" and "X fell" by what X is (<see cref="FeaturizerSettings.MarkChanges"/>): a rise in something
/// wanted (profit, exports, jobs) or a fall in something unwanted (losses, unemployment, deaths) is a good change;
/// the reverse is a bad one. Word n-grams alone see "fell" both in "unemployment fell" and in "exports fell", and the
/// quantity is often several words before its verb ("operating profit totalled EUR 9 mn, down from 11 mn").
/// </summary>
internal static class ChangeFeatures
{
    /// <summary>How many words before a direction word the quantity may stand.</summary>
    public const int Window = 8;

    /// <summary>How many words before a direction word opening an appositive the quantity may stand (<see cref="FeaturizerSettings.AppositiveChanges"/>).</summary>
    public const int AppositiveWindow = 30;

    /// <summary>The feature of a good change (before it is keyed to its block).</summary>
    internal static readonly ulong GoodChange = FeatureHash.Token("\u0001CHANGE+");

    /// <summary>The feature of a bad change (before it is keyed to its block).</summary>
    internal static readonly ulong BadChange = FeatureHash.Token("\u0001CHANGE-");

    private static readonly FrozenSet<ulong> Rises = FeatureHash.TokenSet(
        "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew", "grow", "grows",
        "growing", "grown", "climbed", "climb", "climbs", "jumped", "jump", "jumps", "surged", "surge", "surges", "soared",
        "soar", "soars", "gained", "doubled", "tripled", "up", "higher", "widened", "rebounded", "expanded", "swelled", "spiked",
        "mounted", "mounting", "improved", "boosted", "advanced");

    private static readonly FrozenSet<ulong> Falls = FeatureHash.TokenSet(
        "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined", "decline", "declines",
        "declining", "decreased", "decrease", "decreases", "decreasing", "slumped", "slump", "plunged", "plunge", "plummeted",
        "shrank", "shrunk", "shrink", "shrinks", "contracted", "narrowed", "eased", "tumbled", "slid", "slipped", "sank",
        "dipped", "down", "lower", "halved", "reduced", "cut", "weakened", "deteriorated");

    /// <summary>Quantities whose rise is good news.</summary>
    private static readonly FrozenSet<ulong> Wanted = FeatureHash.TokenSet(
        "profit", "profits", "sales", "revenue", "revenues", "earnings", "income", "exports", "export", "growth", "output",
        "orders", "order", "margin", "margins", "shares", "share", "stock", "stocks", "gdp", "investment", "investments",
        "employment", "jobs", "wages", "productivity", "demand", "turnover", "ebit", "ebitda", "eps", "dividend", "dividends",
        "bookings", "production", "surplus", "reserves", "confidence", "approval", "subscribers", "customers", "traffic",
        "visitors", "tourism", "harvest", "volumes", "volume", "deliveries", "result", "results", "value", "valuation",
        "payroll", "payrolls", "spending", "consumption", "rating", "ratings", "index");

    /// <summary>Quantities whose fall is good news.</summary>
    private static readonly FrozenSet<ulong> Unwanted = FeatureHash.TokenSet(
        "loss", "losses", "unemployment", "joblessness", "jobless", "inflation", "deficit", "deficits", "debt", "debts",
        "cost", "costs", "expenses", "deaths", "casualties", "toll", "fatalities", "infections", "emissions", "crime",
        "poverty", "layoffs", "redundancies", "arrears", "defaults", "bankruptcies", "tensions", "violence", "attacks",
        "hunger", "waiting", "backlog", "risk", "risks", "shortages", "shortage", "impairments", "writedowns");

    /// <summary>Direction words of mood and relations whose quantity gains (<see cref="FeaturizerSettings.MarkMoodChanges"/>).</summary>
    private static readonly FrozenSet<ulong> MoodRises = FeatureHash.TokenSet(
        "brightened", "warmed", "thawed", "revived", "strengthened", "deepened", "recovered");

    /// <summary>Direction words of mood and relations whose quantity loses ("hopes faded", "fears receded").</summary>
    private static readonly FrozenSet<ulong> MoodFalls = FeatureHash.TokenSet(
        "faded", "dimmed", "soured", "cooled", "waned", "eroded", "evaporated", "receded", "subsided", "frayed");

    /// <summary>Moods and relations whose gain is good news.</summary>
    private static readonly FrozenSet<ulong> MoodWanted = FeatureHash.TokenSet(
        "hopes", "hope", "prospects", "relations", "ties", "trust", "optimism", "outlook", "morale", "momentum", "cooperation");

    /// <summary>Moods and relations whose loss is good news.</summary>
    private static readonly FrozenSet<ulong> MoodUnwanted = FeatureHash.TokenSet(
        "fears", "fear", "hostility", "mistrust", "distrust", "concerns", "worries", "anxiety", "uncertainty", "volatility",
        "friction");

    private static readonly FrozenSet<ulong> Prepositions = FeatureHash.TokenSet("in", "of");

    /// <summary>How many words after a transitive direction word its object quantity may stand (<see cref="FeaturizerSettings.ObjectChanges"/>).</summary>
    public const int ObjectWindow = 4;

    /// <summary>Verbs that raise their object, and "higher": "created 1,200 jobs", "raised its profit forecast", "higher costs" (<see cref="FeaturizerSettings.ObjectChanges"/>).</summary>
    private static readonly FrozenSet<ulong> RaisingVerbs = FeatureHash.TokenSet(
        "increased", "increase", "increases", "increasing", "raised", "raise", "raises", "raising", "boosted", "boost",
        "boosts", "boosting", "lifted", "lift", "lifts", "lifting", "doubled", "double", "doubles", "doubling", "tripled",
        "triple", "triples", "tripling", "expanded", "expand", "expands", "expanding", "improved", "improve", "improves",
        "improving", "created", "create", "creates", "creating", "added", "add", "adds", "adding", "hired", "hire", "hires",
        "hiring", "higher");

    /// <summary>Verbs that lower their object, and "lower": "cut 800 jobs", "reduced the deficit", "lowered its outlook", "lower sales".</summary>
    private static readonly FrozenSet<ulong> LoweringVerbs = FeatureHash.TokenSet(
        "cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "lowered", "lower", "lowers", "lowering",
        "slashed", "slash", "slashes", "slashing", "trimmed", "trim", "trims", "trimming", "shed", "sheds", "shedding",
        "axed", "axe", "axes", "axing", "halved", "halve", "halves", "halving", "eliminated", "eliminate", "eliminates",
        "eliminating", "lost", "lose", "loses", "losing", "curbed", "curb", "curbs", "curbing");

    /// <summary>Objects that count as jobs, wanted, only as the object of one of those verbs ("shed 300 staff"; "workers rose" is not a rise).</summary>
    private static readonly FrozenSet<ulong> Workforce = FeatureHash.TokenSet(
        "staff", "workers", "employees", "positions", "posts", "workforce", "headcount");

    /// <summary>Words that end the search for an object: the verb's object has ended ("cut ties with", "reduced to").</summary>
    private static readonly FrozenSet<ulong> ObjectStops = FeatureHash.TokenSet(
        "in", "of", "to", "by", "from", "for", "on", "at", "with", "as", "and", "or", "but", "after", "while", "than", "that");

    /// <summary>Words that may stand between the comma and the direction word of an appositive: ", representing a drop", ", a rise".</summary>
    private static readonly FrozenSet<ulong> AppositiveLead = FeatureHash.TokenSet("a", "an", "representing", "marking", "which", "was", "is");

    private static readonly ulong Per = FeatureHash.Token("per");

    /// <summary>
    /// Adds one feature to the current block for each direction word whose quantity is found: the nearest wanted or
    /// unwanted word among the <see cref="Window"/> words before it, in the same sentence and after any earlier direction
    /// word, and not right after "per" ("sales fell"); else one of the two words after "in"/"of" ("a fall in
    /// unemployment"). A negated direction word gives a negation-marked feature. With <paramref name="mood"/>, moods and
    /// relations count too (<see cref="FeaturizerSettings.MarkMoodChanges"/>). With <paramref name="appositives"/>, a direction
    /// word opening an appositive (<see cref="OpensAppositive"/>) looks back up to <see cref="AppositiveWindow"/> words
    /// (<see cref="FeaturizerSettings.AppositiveChanges"/>). With <paramref name="objects"/>, a verb that raises or lowers
    /// its object reads that object first (<see cref="FeaturizerSettings.ObjectChanges"/>). With <paramref name="expectations"/>,
    /// a direction word read by a comparison with an expectation (<see cref="ExpectationFeatures.Claims"/>) is left to it.
    /// </summary>
    public static void Emit(FeatureSink sink, ulong seed, bool mood = false, bool appositives = false, bool objects = false, bool expectations = false)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        for (var j = 0; j < tokens.Length; j++)
        {
            var (quantity, at) = (0, -1);
            var direction = objects ? ObjectDirection(tokens[j].Raw) : 0;
            if (direction != 0)
            {
                // "Inflation cut real wages": the verb's object, when it is a quantity, is what changed, not its subject.
                (quantity, at) = Object(tokens, chars, j);
            }

            if (quantity == 0)
            {
                direction = Direction(tokens[j].Raw, mood);
                if (direction == 0)
                {
                    continue;
                }

                var window = appositives && OpensAppositive(tokens, chars, j) ? AppositiveWindow : Window;
                (quantity, at) = Before(tokens, chars, j, mood, window);
            }

            if (quantity == 0)
            {
                (quantity, at) = After(tokens, chars, j, mood);
            }

            if (quantity == 0 || (expectations && ExpectationFeatures.Claims(tokens, chars, j)))
            {
                continue;
            }

            var key = direction * quantity > 0 ? GoodChange : BadChange;
            if (tokens[j].Negated)
            {
                key = FeatureHash.Combine(key, FeatureExtractor.NegationMark);
            }

            var (first, last) = at < j ? (tokens[at], tokens[j]) : (tokens[j], tokens[at]);
            sink.Add(FeatureHash.Key(key, seed), first.Start, last.Start + last.Length);
        }
    }

    /// <summary>
    /// Whether direction word <paramref name="j"/> opens an appositive: a comma stands before it, with at most two words
    /// of <see cref="AppositiveLead"/> between (", up 12%", ", a drop of 29 percent", ", representing an increase of").
    /// </summary>
    internal static bool OpensAppositive(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j)
    {
        for (var i = j; i >= 1 && i >= j - 2; i--)
        {
            if (chars[(tokens[i - 1].Start + tokens[i - 1].Length)..tokens[i].Start].Contains(','))
            {
                return true;
            }

            if (!AppositiveLead.Contains(tokens[i - 1].Raw))
            {
                return false;
            }
        }

        return false;
    }

    private static (int Quantity, int At) Before(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j, bool mood, int window)
    {
        for (var i = j - 1; i >= 0 && j - i <= window; i--)
        {
            // A quantity belongs to the first direction word after it: "orders jumped after the tariff cut" has one change.
            if (SentenceBreak(chars, tokens[i].Start + tokens[i].Length, tokens[i + 1].Start) || Direction(tokens[i].Raw, mood) != 0)
            {
                break;
            }

            // "loss per share shrank": the quantity is the loss, not the share.
            var q = Quantity(tokens[i].Raw, mood);
            if (q != 0 && !(i > 0 && tokens[i - 1].Raw == Per))
            {
                return (q, i);
            }
        }

        return (0, -1);
    }

    private static (int Quantity, int At) After(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j, bool mood)
    {
        if (j + 2 >= tokens.Length || !Prepositions.Contains(tokens[j + 1].Raw))
        {
            return (0, -1);
        }

        // "a fall in unemployment", "a rise in the number of deaths" is left alone; "a rise in net profit" is read.
        for (var i = j + 2; i < tokens.Length && i <= j + 3; i++)
        {
            if (SentenceBreak(chars, tokens[i - 1].Start + tokens[i - 1].Length, tokens[i].Start))
            {
                break;
            }

            var q = Quantity(tokens[i].Raw, mood);
            if (q != 0)
            {
                return (q, i);
            }
        }

        return (0, -1);
    }

    /// <summary>
    /// The object quantity of a raising or lowering verb: the first wanted, unwanted or workforce word among the
    /// <see cref="ObjectWindow"/> words after it, before any sentence break, preposition or conjunction
    /// (<see cref="ObjectStops"/>) or other direction word ("cut 800 jobs", "raised its full-year profit forecast", "reduced
    /// the budget deficit"; not "cut ties with the bank", "reduced to 4 percent", "lowered rates, lifting shares").
    /// </summary>
    private static (int Quantity, int At) Object(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j)
    {
        for (var i = j + 1; i < tokens.Length && i <= j + ObjectWindow; i++)
        {
            var (from, to) = (tokens[i - 1].Start + tokens[i - 1].Length, tokens[i].Start);
            if (SentenceBreak(chars, from, to) || ClauseComma(chars, from, to)
                || ObjectStops.Contains(tokens[i].Raw) || ObjectDirection(tokens[i].Raw) != 0 || Direction(tokens[i].Raw, mood: false) != 0)
            {
                break;
            }

            var q = Workforce.Contains(tokens[i].Raw) ? 1 : Quantity(tokens[i].Raw, mood: false);
            if (q != 0)
            {
                return (q, i);
            }
        }

        return (0, -1);
    }

    /// <summary>Whether the gap holds a comma that is not a thousands separator ("cut 1,200 jobs" goes on; "cut rates, lifting").</summary>
    private static bool ClauseComma(ReadOnlySpan<char> chars, int from, int to)
    {
        for (var p = Math.Max(from, 1); p < to; p++)
        {
            if (chars[p] == ',' && !(char.IsDigit(chars[p - 1]) && p + 1 < chars.Length && char.IsDigit(chars[p + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>1 for a verb that raises its object, -1 for one that lowers it, 0 for any other word.</summary>
    private static int ObjectDirection(ulong raw) => RaisingVerbs.Contains(raw) ? 1 : LoweringVerbs.Contains(raw) ? -1 : 0;

    /// <summary>1 for a rise, -1 for a fall, 0 for neither (mood words left out).</summary>
    internal static int Direction(ulong raw) => Direction(raw, mood: false);

    /// <summary>1 for a rise, -1 for a fall, 0 for neither; the mood words count only with <paramref name="mood"/>.</summary>
    private static int Direction(ulong raw, bool mood) =>
        Rises.Contains(raw) || (mood && MoodRises.Contains(raw)) ? 1 : Falls.Contains(raw) || (mood && MoodFalls.Contains(raw)) ? -1 : 0;

    /// <summary>1 for a wanted quantity (profit, exports), -1 for an unwanted one (losses, unemployment), 0 for neither.</summary>
    internal static int Quantity(ulong raw) => Quantity(raw, mood: false);

    /// <summary>1 for a wanted quantity, -1 for an unwanted one, 0 for neither; the mood words count only with <paramref name="mood"/>.</summary>
    internal static int Quantity(ulong raw, bool mood) =>
        Wanted.Contains(raw) || (mood && MoodWanted.Contains(raw)) ? 1 : Unwanted.Contains(raw) || (mood && MoodUnwanted.Contains(raw)) ? -1 : 0;

    /// <summary>True when the gap between two words holds the end of a sentence or clause list (. ; : ! ?), not a decimal point.</summary>
    internal static bool SentenceBreak(ReadOnlySpan<char> chars, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            var c = chars[p];
            if (c is ';' or ':' or '!' or '?' || (c == '.' && (p + 1 == chars.Length || !char.IsDigit(chars[p + 1]))))
            {
                return true;
            }
        }

        return false;
    }

}
