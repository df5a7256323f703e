using System.Collections.Frozen;
using Classifier.Stance;

namespace Classifier.Features;

/// <summary>
/// Stance toward a target phrased as a motion or a policy (<see cref="FeaturizerSettings.TargetPolarity"/>). Such a
/// target is for or against its subject: "Tobacco growing should be subsidised" is for tobacco growing, "This house
/// would ban boxing" and "States should not subsidise tobacco" are against their subject. A text that praises the
/// subject is then for the first and against the others. Each match of the lexicon block, and the sign of its net
/// polarity, is read through the target's polarity into an agree or clash feature, which carries to targets never seen
/// in training, where n-grams crossed with the target cannot.
/// </summary>
internal static class TargetPolarity
{
    /// <summary>Words that turn a target against its subject wherever they stand: prohibiting, ending, restricting and negating verbs, adjectives and negators. Each one flips the polarity, so "should not be banned" is for.</summary>
    private static readonly FrozenSet<string> Flips = new[]
    {
        "banned", "banning", "abolish", "abolished", "abolishing", "abolition", "prohibit", "prohibits", "prohibited",
        "prohibiting", "criminalize", "criminalise", "criminalized", "criminalised", "criminalizing", "criminalising",
        "outlaw", "outlawed", "outlawing", "forbid", "forbids", "forbidding", "forbidden", "disband", "disbanded",
        "disbanding", "restrict", "restricts", "restricted", "restricting", "limiting", "curbing", "capping", "ending",
        "stopping", "halting", "scrapping", "repealing", "oppose", "opposes", "opposing", "reject", "rejects",
        "rejecting", "harmful", "never", "not", "no", "nor",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Measures and bare verbs that flip the polarity only when a word follows them ("sanctions on Russia", "a ban on
    /// smoking", "an end to the war", "would ban boxing"): at the end of a target they name the measure itself, which is
    /// then the subject ("sanctions", "the travel ban").
    /// </summary>
    private static readonly FrozenSet<string> FlipsBeforeAWord = new[]
    {
        "ban", "bans", "prohibition", "restriction", "restrictions", "limit", "curb", "curbs", "cap", "caps", "end",
        "ends", "stop", "stops", "halt", "scrap", "repeal", "sanction", "sanctions", "tariff", "tariffs", "embargo",
        "boycott",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly ulong Match = FeatureHash.Token("\u0001TPOL");
    private static readonly ulong Net = FeatureHash.Token("\u0001TPOLNET");

    /// <summary>
    /// +1 if <paramref name="target"/> is for its subject, -1 if against: -1 when it holds an odd number of flipping
    /// words (<see cref="Flips"/>, a word ending in "n't", and <see cref="FlipsBeforeAWord"/> when a word follows).
    /// </summary>
    public static int Of(string target)
    {
        var words = WordRunes.Words(target.ToLowerInvariant().Replace('\u2019', '\''), alsoInWords: '\'');
        var flips = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var flip = Flips.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal) || (i + 1 < words.Count && FlipsBeforeAWord.Contains(word));
            flips += flip ? 1 : 0;
        }

        return flips % 2 == 0 ? 1 : -1;
    }

    /// <summary>
    /// Adds, to the block being emitted, one agree or clash key per polarity match of the lexicon block already in
    /// <paramref name="sink"/> (a positive word toward a target for its subject agrees; with a target against its
    /// subject it clashes), and one key for the sign of the lexicon's net polarity read the same way (none: neither).
    /// A shifter's key in that block (<see cref="FeaturizerSettings.MarkShifters"/>) is passed over.
    /// </summary>
    public static void Emit(FeatureSink sink, TargetContext target, ulong seed)
    {
        var (start, end) = sink.Ranges[(int)FeatureBlock.Lexicon];
        var net = 0;
        for (var i = start; i < end; i += Lexicon.KeysPerMatch)
        {
            if (Lexicon.NetSign(sink.Keys[i]) is { } sign)
            {
                net = sign;
                break;
            }

            // A shifter's key (FeaturizerSettings.MarkShifters) is one key, not a match's two: step over it.
            if (Lexicon.ShiftPolarity(sink.Keys[i]) != 0)
            {
                i -= Lexicon.KeysPerMatch - 1;
                continue;
            }

            var (from, to) = sink.Trace is { } trace ? trace[i] : (-1, -1);
            var agrees = Lexicon.MatchPolarity(sink.Keys[i]) * target.Polarity > 0;
            sink.Add(FeatureHash.Key(FeatureHash.Combine(Match, agrees ? 1UL : 2UL), seed), from, to);
        }

        sink.Add(FeatureHash.Key(FeatureHash.Combine(Net, (ulong)((net * target.Polarity) + 1)), seed));
    }
}
