using System.Collections.Frozen;

namespace Classifier.Features;

/// <summary>
/// Stance toward the target of a harmful act, or its doer (<see cref="FeaturizerSettings.MarkVictims"/>): "leaders
/// condemned the attack on the Japanese embassy" defends Japan (favor), "Ankara denounced Israel's raid on the convoy"
/// condemns Israel (against), while "an attack on the embassy" with no reaction is an act against its target. A mention
/// of the target is the victim when an act word ("attack", "bombing", "detention", "killing"...) stands one or two words
/// before a preposition ("on", "of", "against", "targeting", "at") up to two words before the mention ("the bombing of a
/// Polish consulate"); it is the doer when an act word follows it within two words ("Russia's seizure", "Israeli air
/// strikes") or stands before "by" right before it ("the raid by Turkish troops"). The act is condemned when a word of
/// condemnation or sympathy ("condemned", "deplored", "condolences", "solidarity"...) stands within
/// <see cref="ReactionWindow"/> words of it in the same sentence, before the act or after the mention ("an attack on
/// Doha was condemned by..."). Each role found adds one feature to the mention block, role crossed with whether the act
/// is condemned, so it carries to targets never seen in training. A word of condemnation in a negation scope does not
/// count ("did not condemn the attack on..." reads the victim without condemnation); act words and prepositions count
/// either way.
/// </summary>
internal static class VictimFeatures
{
    /// <summary>How many words from the act (before it) or from the mention (after it) a word of condemnation may stand.</summary>
    private const int ReactionWindow = 8;

    private static readonly ulong Kind = FeatureHash.Token("\u0001VICTIM");

    /// <summary>Harmful acts done to someone, as written and in a negation scope ("did not condemn the attack on").</summary>
    private static readonly FrozenSet<ulong> Acts = AndNegated(
        "attack", "attacks", "bombing", "bombings", "shelling", "strike", "strikes", "airstrike", "airstrikes", "raid",
        "raids", "assault", "assaults", "invasion", "incursion", "incursions", "killing", "killings", "murder", "murders",
        "assassination", "cyberattack", "cyberattacks", "hack", "hacking", "abduction", "abductions", "kidnapping",
        "kidnappings", "seizure", "detention", "detentions", "arrest", "arrests", "harassment", "sabotage", "shooting",
        "shootings", "massacre", "aggression", "persecution", "downing", "sinking", "ramming", "bombardment");

    /// <summary>Prepositions that put the victim after the act: "the attack on", "the killing of".</summary>
    private static readonly FrozenSet<ulong> VictimPrepositions = AndNegated("on", "of", "against", "targeting", "at", "upon");

    private static readonly FrozenSet<ulong> By = AndNegated("by");

    /// <summary>Words of condemnation, grief or sympathy with the victim.</summary>
    private static readonly FrozenSet<ulong> Reactions = FeatureHash.TokenSet(
        "condemned", "condemn", "condemns", "condemning", "condemnation", "denounced", "denounce", "denounces",
        "denouncing", "deplored", "deplore", "deplores", "decried", "decry", "decries", "mourned", "mourn", "mourns",
        "mourning", "condolences", "solidarity", "sympathy", "outrage", "outraged", "slammed", "blasted");

    private static readonly string[] RoleNames = ["victim", "victim-condemned", "doer", "doer-condemned"];

    private static readonly ulong[] Roles = [.. RoleNames.Select(r => FeatureHash.Token(r))];

    /// <summary>The role a mention-block key stands for ("victim", "victim-condemned", "doer", "doer-condemned"), or null for any other key.</summary>
    internal static string? RoleOf(ulong key)
    {
        for (var r = 0; r < Roles.Length; r++)
        {
            if (key == FeatureHash.Key(FeatureHash.Combine(Kind, Roles[r]), FeatureBlocks.Seed(FeatureBlock.Mention)))
            {
                return RoleNames[r];
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the role features of the placeholder <paramref name="target"/> in <paramref name="sequence"/> (see
    /// <see cref="VictimFeatures"/>) to the mention block being emitted, each role once, its span the act and the mention.
    /// </summary>
    public static void Emit(FeatureSink sink, List<ulong> sequence, ulong target, ulong seed)
    {
        var emitted = 0;
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence[i] != target)
            {
                continue;
            }

            if (VictimAct(sink, sequence, i) is var victimAct and >= 0)
            {
                Add(sink, seed, Condemned(sink, sequence, victimAct, i) ? 1 : 0, victimAct, i, ref emitted);
            }

            if (DoerAct(sink, sequence, i) is var doerAct and >= 0)
            {
                Add(sink, seed, Condemned(sink, sequence, Math.Min(doerAct, i), Math.Max(doerAct, i)) ? 3 : 2, Math.Min(doerAct, i), Math.Max(doerAct, i), ref emitted);
            }
        }
    }

    /// <summary>The act word of which the mention at <paramref name="i"/> is the victim ("the attack on T"), or -1.</summary>
    private static int VictimAct(FeatureSink sink, List<ulong> s, int i)
    {
        for (var p = i - 1; p >= 0 && p >= i - 3 && !SentenceBreak(sink, p, p + 1); p--)
        {
            if (!VictimPrepositions.Contains(s[p]))
            {
                continue;
            }

            for (var a = p - 1; a >= 0 && a >= p - 2 && !SentenceBreak(sink, a, a + 1); a--)
            {
                if (Acts.Contains(s[a]))
                {
                    return a;
                }
            }

            return -1;
        }

        return -1;
    }

    /// <summary>The act word the mention at <paramref name="i"/> did ("T's seizure", "T air strikes", "the raid by T"), or -1.</summary>
    private static int DoerAct(FeatureSink sink, List<ulong> s, int i)
    {
        for (var a = i + 1; a < s.Count && a <= i + 2 && !SentenceBreak(sink, a - 1, a); a++)
        {
            if (Acts.Contains(s[a]))
            {
                return a;
            }
        }

        return i >= 2 && By.Contains(s[i - 1]) && Acts.Contains(s[i - 2]) && !SentenceBreak(sink, i - 2, i) ? i - 2 : -1;
    }

    /// <summary>Whether a word of condemnation stands within reach before <paramref name="first"/> or after <paramref name="last"/>, in the same sentence.</summary>
    private static bool Condemned(FeatureSink sink, List<ulong> s, int first, int last)
    {
        for (var k = first - 1; k >= 0 && k >= first - ReactionWindow && !SentenceBreak(sink, k, k + 1); k--)
        {
            if (Reactions.Contains(s[k]))
            {
                return true;
            }
        }

        for (var k = last + 1; k < s.Count && k <= last + ReactionWindow && !SentenceBreak(sink, k - 1, k); k++)
        {
            if (Reactions.Contains(s[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence ends between sequence items <paramref name="left"/> and <paramref name="right"/>: ".", "!", "?" or ";".</summary>
    private static bool SentenceBreak(FeatureSink sink, int left, int right)
    {
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        for (var c = sink.SequenceSpans[left].End; c < sink.SequenceSpans[right].Start && c < chars.Length; c++)
        {
            if (chars[c] is '.' or '!' or '?' or ';')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hashes of <paramref name="words"/> as written and as a negation scope marks them.</summary>
    private static FrozenSet<ulong> AndNegated(params string[] words) =>
        words.Select(w => FeatureHash.Token(w)).SelectMany(h => new[] { h, FeatureHash.Combine(h, FeatureExtractor.NegationMark) }).ToFrozenSet();

    private static void Add(FeatureSink sink, ulong seed, int role, int from, int to, ref int emitted)
    {
        if ((emitted & (1 << role)) != 0)
        {
            return;
        }

        emitted |= 1 << role;
        var (start, end) = (sink.SequenceSpans[from].Start, sink.SequenceSpans[to].End);
        sink.Add(FeatureHash.Key(FeatureHash.Combine(Kind, Roles[role]), seed), start, end);
    }
}
