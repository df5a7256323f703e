using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Classifier.Stance;

namespace Classifier.Features;

/// <summary>
/// Stance toward the actor of an act that a third party judges (<see cref="FeaturizerSettings.JudgedActs"/>): "Russia
/// vetoed the resolution, a move the French ambassador called shameful" is against Russia, and toward France it is
/// France's judgement, not a stance toward France. The sentence is split where the appositive that names the act starts
/// (", a move", ", a decision", ", a ruling", ", a charge"...); the target is the actor when it is named only before that
/// point and the judge when only after it; the judgement's polarity is the net of the lexicon's words after the point and
/// of judging verbs (condemned, denounced, dismissed... against; welcomed, praised, hailed... for). One feature, role
/// crossed with polarity, goes into the mention block, so it carries to targets never seen in training.
/// </summary>
internal static partial class JudgedActs
{
    private static readonly FrozenSet<string> Condemning = new[]
    {
        "condemned", "denounced", "criticised", "criticized", "slammed", "branded", "dismissed", "rejected", "decried",
        "deplored", "attacked", "blasted", "protested",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Approving = new[]
    {
        "welcomed", "praised", "hailed", "applauded", "lauded", "commended", "celebrated",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Looked up by span: scoring allocates no string per word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CondemningWords = Condemning.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ApprovingWords = Approving.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>This thread's mention list, reused by <see cref="Read"/>.</summary>
    [ThreadStatic]
    private static List<Mention>? t_mentions;

    private static readonly ulong Key = FeatureHash.Token("\u0001JUDGED");

    /// <summary>Where the judged act's appositive starts in <paramref name="lowered"/> (the comma), or -1.</summary>
    public static int Split(ReadOnlySpan<char> lowered)
    {
        foreach (var m in Appositive().EnumerateMatches(lowered))
        {
            return m.Index;
        }

        return -1;
    }

    /// <summary>
    /// Adds the role-and-polarity feature of (text, <paramref name="target"/>) to the block being emitted, when the text
    /// has a judged act: role 0 actor, 1 judge, 2 both, 3 neither; polarity 0 against, 1 neutral, 2 for. Its span is the
    /// judgement.
    /// </summary>
    public static void Emit(FeatureSink sink, Lexicon? lexicon, ReadOnlySpan<char> original, TargetContext target, AliasTable aliases, bool namesAsWritten, ulong seed)
    {
        var lowered = sink.Chars.AsSpan(0, sink.CharCount);
        var split = Split(lowered);
        if (split < 0)
        {
            return;
        }

        var (role, polarity) = Read(sink, lexicon, original, target, aliases, namesAsWritten, split);
        sink.Add(FeatureHash.Key(FeatureHash.Combine(Key, (ulong)(role * 3 + polarity + 1)), seed), split, lowered.Length);
    }

    /// <summary>The role of <paramref name="target"/> around <paramref name="split"/> and the judgement's polarity (see <see cref="Emit"/>).</summary>
    internal static (int Role, int Polarity) Read(FeatureSink sink, Lexicon? lexicon, ReadOnlySpan<char> original, TargetContext target, AliasTable aliases, bool namesAsWritten, int split)
    {
        var lowered = sink.NameChars;
        var mentions = t_mentions ??= [];
        mentions.Clear();
        aliases.FindMentions(original[..lowered.Length], lowered, target.ExtraPatterns, target.Canonical, mentions, namesAsWritten, sink.Skipped);
        bool before = false, after = false;
        foreach (var m in mentions)
        {
            before |= m.IsTarget && m.Start < split;
            after |= m.IsTarget && m.Start >= split;
        }

        var role = before ? (after ? 2 : 0) : after ? 1 : 3;
        var net = lexicon?.NetValue(sink, split) ?? 0;
        foreach (var token in sink.Tokens.AsSpan(0, sink.TokenCount))
        {
            if (token.Start < split)
            {
                continue;
            }

            var word = sink.TokenText(token);
            net += CondemningWords.Contains(word) ? -2 : ApprovingWords.Contains(word) ? 2 : 0;
        }

        return (role, Math.Sign(net) + 1);
    }

    [GeneratedRegex(@",\s+(a|an|the)\s+(move|decision|step|ruling|charge|measure|claim|accusation|plan|proposal|deal|act|action|verdict|announcement|policy|law|strike|attack|sentence|finding|report|offer|pledge|gesture)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Appositive();
}
