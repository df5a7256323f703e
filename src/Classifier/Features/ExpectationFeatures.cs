using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Reads an outcome set against what was expected (<see cref="FeaturizerSettings.MarkExpectations"/>): "a
/// bigger-than-expected profit", "the loss was smaller than analysts had forecast", "unemployment rose less than
/// expected" and "revenue beat estimates" are good news, "exports rose less than forecast" and "sales missed
/// forecasts" bad news, though the loudest words ("loss", "rose", "bigger") say otherwise. The comparison is read
/// against the expectation, not against the last figure: a rise smaller than expected is a shortfall. Each finding
/// adds the good-change or bad-change feature of <see cref="ChangeFeatures"/>, and a direction word the comparison
/// qualifies ("rose" in "rose less than expected") is read here instead of there.
/// </summary>
internal static class ExpectationFeatures
{
    /// <summary>How many words after "than" (or a beat or miss word) the expectation word may stand ("than analysts had forecast").</summary>
    private const int ExpectationWindow = 4;

    /// <summary>How many words after the expectation word the quantity of an attributive comparison may stand ("a wider-than-expected operating loss").</summary>
    private const int AttributiveWindow = 3;

    private static readonly ulong Than = FeatureHash.Token("than");

    /// <summary>Words of a neutral expectation: what the outcome is set against.</summary>
    private static readonly FrozenSet<ulong> Expected = FeatureHash.TokenSet(
        "expected", "expectations", "expectation", "forecast", "forecasts", "forecasted", "predicted", "predictions",
        "anticipated", "estimated", "estimates", "estimate", "projected", "projections", "projection", "consensus",
        "thought", "planned", "budgeted", "targeted", "guidance", "target", "targets");

    /// <summary>The expectation words that are participles, which count only after "than" ("beat forecasts", not "beat the team expected to win").</summary>
    private static readonly FrozenSet<ulong> Participles = FeatureHash.TokenSet(
        "expected", "forecasted", "predicted", "anticipated", "estimated", "projected", "thought", "planned", "budgeted", "targeted");

    /// <summary>Words of a feared outcome: less of it is good news, whatever it measures ("fewer deaths than feared").</summary>
    private static readonly FrozenSet<ulong> Feared = FeatureHash.TokenSet("feared", "fears", "dreaded");

    /// <summary>Words of a hoped-for outcome: less of it is bad news ("turnout fell short of hopes").</summary>
    private static readonly FrozenSet<ulong> Hoped = FeatureHash.TokenSet("hoped", "hopes", "wished");

    /// <summary>Comparatives of more: the outcome came in above the expectation.</summary>
    private static readonly FrozenSet<ulong> Above = FeatureHash.TokenSet(
        "more", "bigger", "larger", "higher", "greater", "stronger", "hotter", "wider", "deeper", "heavier", "faster",
        "quicker", "steeper", "sharper", "firmer", "broader", "heftier", "swifter");

    /// <summary>Comparatives of less: the outcome came in below the expectation.</summary>
    private static readonly FrozenSet<ulong> Below = FeatureHash.TokenSet(
        "less", "fewer", "smaller", "lower", "narrower", "weaker", "softer", "cooler", "slower", "lighter", "shallower",
        "milder", "thinner");

    /// <summary>Comparatives good or bad whatever they measure.</summary>
    private static readonly FrozenSet<ulong> Better = FeatureHash.TokenSet("better", "healthier", "brighter", "rosier");

    private static readonly FrozenSet<ulong> Worse = FeatureHash.TokenSet("worse", "poorer", "gloomier", "grimmer", "bleaker");

    /// <summary>Adverbs of less after "more" ("grew more slowly than expected").</summary>
    private static readonly FrozenSet<ulong> SlowAdverbs = FeatureHash.TokenSet("slowly", "modestly", "gradually", "gently");

    private static readonly ulong More = FeatureHash.Token("more");

    private static readonly ulong Less = FeatureHash.Token("less");

    /// <summary>Verbs of an outcome above its expectation ("beat estimates", "topped forecasts").</summary>
    private static readonly FrozenSet<ulong> Beats = FeatureHash.TokenSet(
        "beat", "beats", "beating", "topped", "tops", "topping", "exceeded", "exceeds", "exceeding", "surpassed",
        "surpasses", "surpassing", "outstripped", "outstrips", "outpaced", "outpaces");

    /// <summary>Words of an outcome below its expectation ("missed forecasts", "fell short of expectations", "below target").</summary>
    private static readonly FrozenSet<ulong> Misses = FeatureHash.TokenSet("missed", "misses", "missing", "undershot", "short", "below", "under");

    /// <summary>Words of an outcome above its expectation that are no verb ("came in above expectations").</summary>
    private static readonly ulong AboveWord = FeatureHash.Token("above");

    private static readonly ulong Short = FeatureHash.Token("short");

    private static readonly ulong Of = FeatureHash.Token("of");

    private static readonly ulong In = FeatureHash.Token("in");

    private static readonly ulong Fears = FeatureHash.Token("fears");

    private static readonly ulong Hopes = FeatureHash.Token("hopes");

    /// <summary>A comparison read: good or bad news, the characters it covers, and the direction word it read, if any (-1).</summary>
    private readonly record struct Reading(bool Good, bool Negated, int First, int Last, int Claimed);

    /// <summary>
    /// Adds the good-change or bad-change key for each outcome set against an expectation: a comparative before "than"
    /// and an expectation word ("than expected", "than analysts had forecast", "than feared"), or a beat or miss word
    /// before one ("beat estimates", "fell short of forecasts", "above expectations"). A feared outcome is good news when
    /// it came in below, a hoped-for one when it came in above; "better" and "worse" are good and bad news whatever they
    /// measure; any other comparison is read by its quantity (<see cref="ChangeFeatures"/>' wanted and unwanted words),
    /// found after the expectation word ("a smaller-than-expected loss") or in the words before the comparison ("the
    /// loss was smaller than forecast"), and by the direction word the comparison qualifies ("rose less than expected"
    /// is a fall against the expectation). A beat or miss with no quantity found is good or bad news as it stands.
    /// </summary>
    public static void Emit(FeatureSink sink, ulong seed)
    {
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        for (var j = 0; j < tokens.Length; j++)
        {
            if (Read(tokens, chars, j) is not { } reading)
            {
                continue;
            }

            var key = reading.Good ? ChangeFeatures.GoodChange : ChangeFeatures.BadChange;
            if (reading.Negated)
            {
                key = FeatureHash.Combine(key, FeatureExtractor.NegationMark);
            }

            sink.Add(FeatureHash.Key(key, seed), tokens[reading.First].Start, tokens[reading.Last].Start + tokens[reading.Last].Length);
        }
    }

    /// <summary>
    /// Whether direction word <paramref name="d"/> is read by a comparison with an expectation ("rose" in "rose less than
    /// expected", "higher" in "higher than forecast", "drop" in "a smaller-than-expected drop in exports", "fell" in "fell
    /// short of forecasts"), so that <see cref="ChangeFeatures"/> does not also read it against the last figure.
    /// </summary>
    public static bool Claims(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int d)
    {
        for (var j = Math.Max(0, d - ExpectationWindow - AttributiveWindow); j < tokens.Length && j <= d + 3; j++)
        {
            if (j != d && (tokens[j].Raw == Than || tokens[j].Raw == Short) && Read(tokens, chars, j) is { } reading && reading.Claimed == d)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comparison with an expectation that word <paramref name="j"/> opens ("than" or a beat or miss word), if any.</summary>
    private static Reading? Read(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j)
    {
        var raw = tokens[j].Raw;
        if (raw == Than)
        {
            return ReadThan(tokens, chars, j);
        }

        var beat = Beats.Contains(raw) || raw == AboveWord ? 1 : Misses.Contains(raw) ? -1 : 0;
        if (beat == 0 || (raw == Short && !Follows(tokens, chars, j, Of)))
        {
            return null;
        }

        // "beat analysts' estimates", "came in above expectations", "fell short of forecasts"; not "above 3 percent".
        var (kind, e) = ExpectationAfter(tokens, chars, j, nouns: true);
        if (kind == 0)
        {
            return null;
        }

        // "fell short of forecasts" is no fall of what was measured: the direction word is read here.
        var claimed = raw == Short && j > 0 && ChangeFeatures.Direction(tokens[j - 1].Raw) != 0 && !Breaks(chars, tokens[j - 1], tokens[j]) ? j - 1 : -1;
        var negated = tokens[j].Negated;
        if (kind != Neutral)
        {
            return new Reading(beat * kind > 0, negated, j, e, claimed);
        }

        // "Inflation rose 4 percent, exceeding forecasts": the beat is the rise's, so a direction word does not end the search.
        var (quantity, at) = QuantityBefore(tokens, chars, claimed >= 0 ? claimed : j, throughDirections: true);
        return quantity == 0 ? new Reading(beat > 0, negated, j, e, claimed) : new Reading(beat * quantity > 0, negated, at, e, claimed);
    }

    private const int Neutral = 2;

    private static Reading? ReadThan(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j)
    {
        var (kind, e) = ExpectationAfter(tokens, chars, j, nouns: false);
        if (kind == 0 || j == 0 || ChangeFeatures.SentenceBreak(chars, tokens[j - 1].Start + tokens[j - 1].Length, tokens[j].Start))
        {
            return null;
        }

        var (direction, polar, c) = Comparative(tokens, j);
        if (direction == 0 && polar == 0)
        {
            return null;
        }

        var negated = tokens[c].Negated || tokens[j - 1].Negated;
        if (polar != 0)
        {
            return new Reading(polar > 0, negated, c, e, Claimable(tokens, chars, c));
        }

        if (kind != Neutral)
        {
            // Less than feared is good news, less than hoped bad news, whatever was measured.
            return new Reading(direction * kind > 0, negated, c, e, Claimable(tokens, chars, c));
        }

        // The direction word the comparison qualifies: "rose less than expected" is a fall against the expectation.
        var claimed = Claimable(tokens, chars, c);
        if (claimed >= 0 && claimed < c)
        {
            direction *= ChangeFeatures.Direction(tokens[claimed].Raw);
        }

        var (quantity, at) = QuantityAfter(tokens, chars, e, ref direction, ref claimed);
        if (quantity == 0)
        {
            (quantity, at) = QuantityBefore(tokens, chars, claimed >= 0 && claimed < c ? claimed : c, throughDirections: false);
        }

        if (quantity == 0)
        {
            return null;
        }

        var (first, last) = (Math.Min(at, c), Math.Max(at, e));
        return new Reading(direction * quantity > 0, negated, first, last, claimed);
    }

    /// <summary>
    /// The comparative before "than" at <paramref name="j"/>: its direction (1 above, -1 below), or its polarity for
    /// "better" and "worse", and where it starts ("more slowly" starts at "more").
    /// </summary>
    private static (int Direction, int Polar, int Start) Comparative(ReadOnlySpan<Token> tokens, int j)
    {
        var raw = tokens[j - 1].Raw;
        if (Better.Contains(raw) || Worse.Contains(raw))
        {
            return (0, Better.Contains(raw) ? 1 : -1, j - 1);
        }

        if (Above.Contains(raw) || Below.Contains(raw))
        {
            return (Above.Contains(raw) ? 1 : -1, 0, j - 1);
        }

        // "more slowly than", "more severe than", "less robust than".
        if (j >= 2 && (tokens[j - 2].Raw == More || tokens[j - 2].Raw == Less))
        {
            var more = tokens[j - 2].Raw == More ? 1 : -1;
            return (SlowAdverbs.Contains(raw) ? -more : more, 0, j - 2);
        }

        return (0, 0, j - 1);
    }

    /// <summary>
    /// The direction word the comparison starting at <paramref name="c"/> reads: the comparative itself when it is one
    /// ("higher than forecast"), else the word just before it ("rose less than expected"); -1 if neither.
    /// </summary>
    private static int Claimable(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int c)
    {
        if (ChangeFeatures.Direction(tokens[c].Raw) != 0)
        {
            return c;
        }

        return c > 0 && ChangeFeatures.Direction(tokens[c - 1].Raw) != 0
            && !ChangeFeatures.SentenceBreak(chars, tokens[c - 1].Start + tokens[c - 1].Length, tokens[c].Start) ? c - 1 : -1;
    }

    /// <summary>
    /// The expectation word within <see cref="ExpectationWindow"/> words after <paramref name="j"/>, before any break or
    /// comma: its kind (<see cref="Neutral"/>, 1 hoped, -1 feared; 0 none) and where it stands. After a beat or miss word
    /// only nouns count ("beat forecasts", not "beat the team expected to win").
    /// </summary>
    private static (int Kind, int At) ExpectationAfter(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j, bool nouns)
    {
        for (var i = j + 1; i < tokens.Length && i <= j + ExpectationWindow; i++)
        {
            if (Breaks(chars, tokens[i - 1], tokens[i]))
            {
                break;
            }

            var raw = tokens[i].Raw;
            if (Feared.Contains(raw) && !(nouns && raw != Fears))
            {
                return (-1, i);
            }

            if (Hoped.Contains(raw) && !(nouns && raw != Hopes))
            {
                return (1, i);
            }

            if (Expected.Contains(raw) && !(nouns && Participles.Contains(raw)))
            {
                return (Neutral, i);
            }

            if (raw == Than || Beats.Contains(raw) || ChangeFeatures.Direction(raw) != 0)
            {
                break;
            }
        }

        return (0, -1);
    }

    /// <summary>
    /// The quantity of an attributive comparison, within <see cref="AttributiveWindow"/> words after the expectation word
    /// <paramref name="e"/>: "a smaller-than-expected loss", or a direction noun and its quantity ("a smaller-than-expected
    /// drop in exports", which then reads the drop and turns <paramref name="direction"/> by it).
    /// </summary>
    private static (int Quantity, int At) QuantityAfter(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int e, ref int direction, ref int claimed)
    {
        for (var i = e + 1; i < tokens.Length && i <= e + AttributiveWindow; i++)
        {
            if (Breaks(chars, tokens[i - 1], tokens[i]))
            {
                break;
            }

            var q = ChangeFeatures.Quantity(tokens[i].Raw);
            if (q != 0)
            {
                return (q, i);
            }

            var turn = ChangeFeatures.Direction(tokens[i].Raw);
            if (turn != 0)
            {
                // "a steeper-than-expected fall in unemployment": the fall, steeper than expected, of unemployment.
                for (var k = i + 2; k < tokens.Length && k <= i + 3 && Follows(tokens, chars, i, Of, In); k++)
                {
                    var after = ChangeFeatures.Quantity(tokens[k].Raw);
                    if (after != 0)
                    {
                        (direction, claimed) = (direction * turn, i);
                        return (after, k);
                    }
                }

                break;
            }
        }

        return (0, -1);
    }

    /// <summary>
    /// The nearest quantity among the <see cref="ChangeFeatures.Window"/> words before <paramref name="j"/>, in the same
    /// sentence and, unless <paramref name="throughDirections"/>, after any other direction word.
    /// </summary>
    private static (int Quantity, int At) QuantityBefore(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j, bool throughDirections)
    {
        for (var i = j - 1; i >= 0 && j - i <= ChangeFeatures.Window; i--)
        {
            if (ChangeFeatures.SentenceBreak(chars, tokens[i].Start + tokens[i].Length, tokens[i + 1].Start)
                || (!throughDirections && ChangeFeatures.Direction(tokens[i].Raw) != 0))
            {
                break;
            }

            var q = ChangeFeatures.Quantity(tokens[i].Raw);
            if (q != 0)
            {
                return (q, i);
            }
        }

        return (0, -1);
    }

    /// <summary>Whether the word after <paramref name="j"/> is <paramref name="word"/> (or <paramref name="other"/>), in the same clause.</summary>
    private static bool Follows(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> chars, int j, ulong word, ulong other = 0) =>
        j + 1 < tokens.Length && (tokens[j + 1].Raw == word || (other != 0 && tokens[j + 1].Raw == other)) && !Breaks(chars, tokens[j], tokens[j + 1]);

    /// <summary>Whether the gap between two neighbouring words holds a sentence break or a comma.</summary>
    private static bool Breaks(ReadOnlySpan<char> chars, Token left, Token right) =>
        ChangeFeatures.SentenceBreak(chars, left.Start + left.Length, right.Start) || chars[(left.Start + left.Length)..right.Start].Contains(',');
}
