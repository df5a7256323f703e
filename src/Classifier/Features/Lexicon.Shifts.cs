using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Polarity shifters (<see cref="FeaturizerSettings.MarkShifters"/>): a verb that stops, prevents, ends, undoes or fails
/// to achieve something reverses what it acts on. "A judge blocked the eviction" and "might avoid a recession" are good
/// news, "the talks failed to produce an agreement" and "the firm halted production" bad news, though "eviction",
/// "recession", "agreement" and "production" say otherwise. What the verb acts on is the first lexicon term, or quantity
/// word of <see cref="ChangeFeatures"/> ("jobs", "layoffs", "hopes", "fears"), among the <see cref="ShiftWindow"/> words
/// after the verb (after its particle: "called off the strike"), in the same clause and before a word that ends its
/// object (<see cref="ObjectEnds"/>). After a form of "be" ("the eviction was blocked"), or for a verb that also ends
/// without an object with nothing after it ("the fighting stopped on Sunday"), it is the nearest such word among the
/// words before, past the prepositions inside a subject ("the walkout at the depots was called off"). Each reading adds a
/// good-shift or bad-shift feature, spanning the verb and what it acts on (a negated verb reverses it: "did not avert a
/// crisis" is bad news); a lexicon term acted on reads as that feature does (as negated, unless the verb is: "did not
/// prevent a crisis", "the war has not ended" read "crisis" and "war" as bad news), and the verb's own term, if it has
/// one ("blocked", "failed"), is not counted. Shifters nest: in "failed to halt the fighting" the outer verb reverses the inner reading,
/// so one bad-shift feature is added and "fighting" stays bad news.
/// </summary>
internal sealed partial class Lexicon
{
    /// <summary>How many words after the verb (or before it) the term it acts on may stand ("failed to reach a lasting agreement").</summary>
    private const int ShiftWindow = 5;

    /// <summary>Verbs (and the nouns "end", "failure", "lack") that reverse what they act on.</summary>
    private static readonly FrozenSet<ulong> Shifters = FeatureHash.TokenSet(
        "block", "blocks", "blocked", "blocking", "halt", "halts", "halted", "halting", "stop", "stops", "stopped",
        "stopping", "prevent", "prevents", "prevented", "preventing", "avert", "averts", "averted", "averting", "avoid",
        "avoids", "avoided", "avoiding", "thwart", "thwarts", "thwarted", "thwarting", "foil", "foils", "foiled", "foiling",
        "end", "ends", "ended", "ending", "cease", "ceases", "ceased", "cancel", "cancels", "cancelled", "canceled",
        "cancelling", "canceling", "scrap", "scraps", "scrapped", "scrapping", "abolish", "abolishes", "abolished",
        "abolishing", "repeal", "repeals", "repealed", "repealing", "revoke", "revokes", "revoked", "revoking", "rescind",
        "rescinds", "rescinded", "overturn", "overturns", "overturned", "overturning", "quash", "quashes", "quashed",
        "quashing", "dismiss", "dismisses", "dismissed", "dismissing", "drop", "drops", "dropped", "dropping", "reverse",
        "reverses", "reversed", "reversing", "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "defuse",
        "defuses", "defused", "defusing", "resolve", "resolves", "resolved", "resolving", "settle", "settles", "settled",
        "settling", "overcome", "overcomes", "overcame", "overcoming", "survive", "survives", "survived", "surviving", "fail",
        "fails", "failed", "failing", "failure", "lack", "lacks", "lacked", "lacking", "miss", "misses", "missed", "abandon",
        "abandons", "abandoned", "abandoning", "suspend", "suspends", "suspended", "suspending", "shelve", "shelves",
        "shelved", "shelving", "remove", "removes", "removed", "removing", "defeat", "defeats", "defeated", "defeating",
        "spare", "spares", "spared", "sparing");

    /// <summary>Verbs that shift only with their particle: "called off the strike", "struck down the ban", "staved off default".</summary>
    private static readonly FrozenDictionary<ulong, ulong> ParticleShifters = new Dictionary<string, string>
    {
        ["call"] = "off", ["calls"] = "off", ["called"] = "off", ["calling"] = "off",
        ["head"] = "off", ["heads"] = "off", ["headed"] = "off", ["heading"] = "off",
        ["stave"] = "off", ["staves"] = "off", ["staved"] = "off", ["staving"] = "off",
        ["ward"] = "off", ["wards"] = "off", ["warded"] = "off", ["warding"] = "off",
        ["fend"] = "off", ["fends"] = "off", ["fended"] = "off", ["fending"] = "off",
        ["strike"] = "down", ["strikes"] = "down", ["struck"] = "down", ["striking"] = "down",
        ["vote"] = "down", ["votes"] = "down", ["voted"] = "down", ["voting"] = "down",
        ["shut"] = "down", ["shuts"] = "down", ["shutting"] = "down",
        ["throw"] = "out", ["throws"] = "out", ["threw"] = "out", ["thrown"] = "out", ["throwing"] = "out",
    }.ToFrozenDictionary(p => FeatureHash.Token(p.Key), p => FeatureHash.Token(p.Value));

    /// <summary>Shifters that also end without an object, what they end standing before them: "the fighting stopped".</summary>
    private static readonly FrozenSet<ulong> Intransitive = FeatureHash.TokenSet(
        "ended", "ends", "stopped", "stops", "halted", "ceased", "failed", "fails");

    /// <summary>Forms of "be" (and "get") that make the shifter after them passive: "the eviction was blocked".</summary>
    private static readonly FrozenSet<ulong> Passive = FeatureHash.TokenSet(
        "is", "are", "was", "were", "be", "been", "being", "got", "gets", "get");

    /// <summary>Words that end the object a shifter acts on: prepositions of time and place, conjunctions, relative words.</summary>
    private static readonly FrozenSet<ulong> ObjectEnds = FeatureHash.TokenSet(
        "in", "on", "at", "after", "before", "with", "without", "for", "by", "over", "amid", "despite", "since", "from",
        "during", "until", "as", "and", "or", "but", "while", "because", "although", "though", "when", "which", "who",
        "whom", "that", "if", "than", "so", "said", "says");

    /// <summary>Words of <see cref="ObjectEnds"/> that may stand inside a subject read backwards: "the walkout at the depots was called off".</summary>
    private static readonly FrozenSet<ulong> InsideSubject = FeatureHash.TokenSet("in", "on", "at", "with", "for", "by", "over", "from", "during");

    /// <summary>Words before "the end" that make it a time ("at the end of a bitter year"), not an ending.</summary>
    private static readonly FrozenSet<ulong> TimeBeforeEnd = FeatureHash.TokenSet(
        "at", "by", "until", "till", "before", "toward", "towards", "near", "since");

    private static readonly ulong EndWord = FeatureHash.Token("end");
    private static readonly ulong EndsWord = FeatureHash.Token("ends");
    private static readonly ulong Of = FeatureHash.Token("of");
    private static readonly ulong The = FeatureHash.Token("the");

    /// <summary>The key of a shifter whose reading is good news ("blocked the eviction"), in the lexicon block.</summary>
    private static readonly ulong GoodShiftKey = FeatureHash.Key(FeatureHash.Token("\u0001SHIFT+"), FeatureBlocks.Seed(FeatureBlock.Lexicon));

    /// <summary>The key of a shifter whose reading is bad news ("failed to produce an agreement"), in the lexicon block.</summary>
    private static readonly ulong BadShiftKey = FeatureHash.Key(FeatureHash.Token("\u0001SHIFT-"), FeatureBlocks.Seed(FeatureBlock.Lexicon));

    /// <summary>+1 if <paramref name="key"/> is the lexicon block's good-shift key, -1 for its bad-shift key, else 0.</summary>
    internal static int ShiftPolarity(ulong key) =>
        key == GoodShiftKey ? 1 : key == BadShiftKey ? -1 : 0;

    /// <summary>
    /// Emits the lexicon block as <see cref="Emit(FeatureSink)"/> does, with shifters read (<see cref="FeaturizerSettings.MarkShifters"/>);
    /// with <paramref name="outcomes"/>, an ending that names its outcome drops what ended (<see cref="FeaturizerSettings.EndingOutcomes"/>).
    /// </summary>
    public void EmitShifted(FeatureSink sink, bool outcomes = false)
    {
        var found = sink.LexiconMatches;
        found.Clear();
        Scan(sink, from: 0, emit: false, out _, found);
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        // The sink's scratch, not stackalloc or new arrays: a text of any length allocates nothing once the sink has read one as long.
        var (n, matches) = (tokens.Length, found.Count);
        var ints = sink.ShiftScratch((4 * n) + matches, (2 * n) + matches, out var bytes);
        var matchAt = ints[..n];
        var acted = ints.Slice(n, n);
        var spanStart = ints.Slice(2 * n, n);
        var spanEnd = ints.Slice(3 * n, n);
        var tokenOf = ints.Slice(4 * n, matches);
        var reading = bytes[..n];
        var consumed = bytes.Slice(n, n);
        var readAs = bytes.Slice(2 * n, matches);
        matchAt.Fill(-1);
        acted.Fill(-1);
        reading.Clear();
        consumed.Clear();
        readAs.Clear();
        for (int m = 0, t = 0; m < found.Count; m++)
        {
            var match = found[m];
            while (t < tokens.Length && tokens[t].Start < match.Start)
            {
                t++;
            }

            tokenOf[m] = t < tokens.Length && tokens[t].Start < match.Start + match.Length ? t : -1;
            if (tokenOf[m] >= 0)
            {
                matchAt[t] = m;
            }
        }

        // Right to left, so that a shifter inside another's object ("failed to halt the fighting") is read before it.
        var any = false;
        for (var t = tokens.Length - 1; t >= 0; t--)
        {
            if (outcomes && OpensOutcome(tokens, chars, t) && !(tokens[t].Raw == Ended && IsPassive(tokens, chars, t))
                && TermBefore(tokens, chars, t, matchAt, reading) is var ended && !EndsInside(found, matchAt, ended, tokens[t]))
            {
                // What ended gives way to its outcome: its term is dropped below, and the ending adds no shift key.
                acted[t] = ended >= 0 ? matchAt[ended] : -1;
                consumed[t] = EndedGivesWay;
                continue;
            }

            var u = ShiftObject(tokens, chars, t, matchAt, reading, spanStart);
            if (u < 0)
            {
                continue;
            }

            sbyte polarity;
            if (reading[u] != 0)
            {
                // The object is a shifter read already: this one reverses its reading, and the lexicon term it acted on.
                polarity = reading[u];
                consumed[u] = 1;
                acted[t] = acted[u];
                (spanStart[t], spanEnd[t]) = (spanStart[u], spanEnd[u]);
            }
            else
            {
                polarity = matchAt[u] >= 0 ? (sbyte)Math.Sign(found[matchAt[u]].Value) : ObjectPolarity(tokens[u].Raw);
                acted[t] = matchAt[u];
                (spanStart[t], spanEnd[t]) = (tokens[u].Start, matchAt[u] >= 0 ? found[matchAt[u]].Start + found[matchAt[u]].Length : tokens[u].Start + tokens[u].Length);
            }

            // The span covers the shifter, its particle and what it acts on, whichever side that stands.
            spanStart[t] = Math.Min(spanStart[t], tokens[t].Start);
            var verbEnd = ParticleShifters.ContainsKey(tokens[t].Raw) ? t + 1 : t;
            spanEnd[t] = Math.Max(spanEnd[t], tokens[verbEnd].Start + tokens[verbEnd].Length);

            reading[t] = (sbyte)(tokens[t].Negated ? polarity : -polarity);
            any = true;
        }

        // A term acted on reads as the outermost shifter's reading says, whether or not a negation scope holds it too ("the
        // war has not ended": "not" marks "ended", not "war", yet the war goes on).
        for (var t = 0; t < tokens.Length; t++)
        {
            if (reading[t] != 0 && consumed[t] == 0 && acted[t] >= 0)
            {
                readAs[acted[t]] = reading[t];
            }
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if (consumed[t] == EndedGivesWay && acted[t] >= 0)
            {
                readAs[acted[t]] = Dropped;
            }
        }

        // A shifter whose term an ending dropped gives way with it: "Efforts to halt the fighting ended in failure" keeps
        // no good shift for "halt the fighting".
        for (var t = 0; t < tokens.Length; t++)
        {
            if (reading[t] != 0 && consumed[t] == 0 && acted[t] >= 0 && readAs[acted[t]] == Dropped)
            {
                consumed[t] = 1;
            }
        }

        if (found.Count == 0 && !any)
        {
            return;
        }

        var (net, dropped) = (0, 0);
        for (var m = 0; m < found.Count; m++)
        {
            // The shifter's own term is read with what it acts on.
            if (tokenOf[m] >= 0 && reading[tokenOf[m]] != 0)
            {
                continue;
            }

            // What an ending that names its outcome ended (outcomes): not counted.
            if (readAs[m] == Dropped)
            {
                dropped++;
                continue;
            }

            var match = found[m];
            var negated = readAs[m] != 0 ? Math.Sign(match.Value) != readAs[m] : match.Negated;
            EmitMatch(sink, match.Value, negated, match.Start, match.Start + match.Length);
            net += negated ? -match.Value : match.Value;
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if (reading[t] != 0 && consumed[t] == 0)
            {
                sink.Add(reading[t] > 0 ? GoodShiftKey : BadShiftKey, spanStart[t], spanEnd[t]);
            }
        }

        // No net key when every match was dropped (outcomes), as for a text with none.
        if (found.Count > dropped)
        {
            sink.Add(NetKey(Math.Sign(net)));
        }
    }

    /// <summary>
    /// The token the shifter at <paramref name="t"/> acts on (a lexicon term's first token, a quantity word, or a shifter
    /// already read), or -1 if <paramref name="t"/> is no shifter or acts on none.
    /// </summary>
    private static int ShiftObject(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int t, ReadOnlySpan<int> matchAt, ReadOnlySpan<sbyte> reading,
        ReadOnlySpan<int> spanStart)
    {
        var raw = tokens[t].Raw;
        var after = t + 1;
        if (ParticleShifters.TryGetValue(raw, out var particle))
        {
            if (after >= tokens.Length || tokens[after].Raw != particle || BreakBetween(chars, tokens[t], tokens[after]))
            {
                return -1;
            }

            after++;
        }
        else if (!Shifters.Contains(raw) || IsTimeEnd(tokens, t, raw))
        {
            return -1;
        }

        var passive = IsPassive(tokens, chars, t);
        if (!passive)
        {
            var open = false;
            for (var u = after; u < tokens.Length && u < after + ShiftWindow; u++)
            {
                if (BreakBetween(chars, tokens[u - 1], tokens[u]) || ObjectEnds.Contains(tokens[u].Raw))
                {
                    break;
                }

                open = true;
                // A shifter read already nests only if what it acts on lies after this one: "end the war failed" has "failed"
                // acting on the term that "end" starts, and "end" reading "failed" would read that term twice, in a circle.
                if (reading[u] != 0 ? spanStart[u] > tokens[t].Start : IsObject(tokens[u].Raw, matchAt[u], reading[u]))
                {
                    return u;
                }
            }

            if (open || !Intransitive.Contains(raw))
            {
                return -1;
            }
        }

        return TermBefore(tokens, chars, passive ? t - 1 : t, matchAt, reading);
    }

    /// <summary>
    /// A passive's or an intransitive's subject, the nearest object (<see cref="IsObject"/>) among the <see cref="ShiftWindow"/>
    /// words before token <paramref name="last"/>, back past the prepositions inside it ("the walkout at the depots was called
    /// off"); -1 if none.
    /// </summary>
    private static int TermBefore(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int last, ReadOnlySpan<int> matchAt, ReadOnlySpan<sbyte> reading)
    {
        for (var u = last - 1; u >= 0 && u >= last - ShiftWindow; u--)
        {
            if (BreakBetween(chars, tokens[u], tokens[u + 1]) || (ObjectEnds.Contains(tokens[u].Raw) && !InsideSubject.Contains(tokens[u].Raw)))
            {
                break;
            }

            if (IsObject(tokens[u].Raw, matchAt[u], reading[u]))
            {
                return u;
            }
        }

        return -1;
    }

    /// <summary>Whether the shifter at token <paramref name="t"/> is passive: a form of "be" (or "get") just before it, in the same clause ("the eviction was blocked").</summary>
    private static bool IsPassive(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int t) =>
        t > 0 && Passive.Contains(tokens[t - 1].Raw) && !BreakBetween(chars, tokens[t - 1], tokens[t]);

    /// <summary>Whether a token can be what a shifter acts on: a lexicon term, a quantity word of known polarity, or a shifter read already.</summary>
    private static bool IsObject(ulong raw, int match, sbyte reading) => match >= 0 || reading != 0 || ObjectPolarity(raw) != 0;

    /// <summary>The polarity of a quantity of <see cref="ChangeFeatures"/>, mood words included: +1 for one wanted ("jobs", "hopes"), -1 for one not ("layoffs", "fears"), else 0.</summary>
    private static sbyte ObjectPolarity(ulong raw) => (sbyte)ChangeFeatures.Quantity(raw, mood: true);

    /// <summary>Whether "end" at token <paramref name="t"/> is a time: "at the end of", "by the end of".</summary>
    private static bool IsTimeEnd(ReadOnlySpan<Token> tokens, int t, ulong raw) =>
        (raw == EndWord || raw == EndsWord) && t >= 2 && tokens[t - 1].Raw == The && TimeBeforeEnd.Contains(tokens[t - 2].Raw)
        && t + 1 < tokens.Length && tokens[t + 1].Raw == Of;
}
