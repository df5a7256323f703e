using Classifier.Stance;

namespace Classifier.Features;

/// <summary>
/// The target-dependent features of stance: word n-grams crossed with the target, and mention
/// features that carry over to targets never seen in training. Mentions of the target become a
/// placeholder T and mentions of other known targets a placeholder O; then the n-grams around T,
/// the words on each side of T, and whether and where T is mentioned become features.
/// </summary>
internal static class StanceFeatures
{
    private static readonly ulong T = FeatureHash.Token("\u0001T");
    private static readonly ulong O = FeatureHash.Token("\u0001O");
    private static readonly ulong Left = FeatureHash.Token("\u0001L");
    private static readonly ulong Right = FeatureHash.Token("\u0001R");
    private static readonly ulong Near = FeatureHash.Token("\u0001N");
    private static readonly ulong Flag = FeatureHash.Token("\u0001F");
    private static readonly ulong AbsentName = FeatureHash.Token("absent-name");
    private static readonly ulong AbsentIssue = FeatureHash.Token("absent-issue");

    /// <summary>Emits the target blocks of (<paramref name="text"/>, target); the text blocks must already be in <paramref name="sink"/>.</summary>
    public static void EmitTargetBlocks(FeaturizerSettings settings, ReadOnlySpan<char> text, TargetContext target, AliasTable aliases, FeatureSink sink, Lexicon? lexicon = null)
    {
        if (settings.TargetCrossedWords && settings.WordNgramMax > 0)
        {
            sink.BeginBlock(FeatureBlock.TargetWord);
            FeatureExtractor.EmitWordNgrams(sink, settings.WordNgramMax, FeatureBlocks.Seed(FeatureBlock.TargetWord), target.CrossHash);
            if (settings.SplitWords)
            {
                FeatureExtractor.EmitWordParts(sink, FeatureBlocks.Seed(FeatureBlock.TargetWord), target.CrossHash);
            }
            sink.EndBlock(FeatureBlock.TargetWord);
        }

        if (settings.TargetCrossedChars && settings.CharNgramMax > 0)
        {
            sink.BeginBlock(FeatureBlock.TargetChar);
            FeatureExtractor.EmitCharNgrams(sink, settings.CharNgramMin, settings.CharNgramMax, FeatureBlocks.Seed(FeatureBlock.TargetChar), target.CrossHash);
            sink.EndBlock(FeatureBlock.TargetChar);
        }

        if (settings.TargetCrossedWords && sink.DenseCount > 0)
        {
            FeatureExtractor.EmitDenseKeys(sink, FeatureBlock.TargetVector, target.CrossHash);
        }

        sink.TargetUntouched = false;
        if (settings.MentionWindow > 0 || settings.TargetPolarity || settings.JudgedActs)
        {
            sink.BeginBlock(FeatureBlock.Mention);
            if (settings.MentionWindow > 0)
            {
                var original = text[..Math.Min(text.Length, settings.MaxTextLength)];
                EmitMentions(settings, original, target, aliases, sink);
            }

            if (settings.TargetPolarity)
            {
                TargetPolarity.Emit(sink, target, FeatureBlocks.Seed(FeatureBlock.Mention));
            }

            if (settings.JudgedActs)
            {
                JudgedActs.Emit(sink, lexicon, text[..Math.Min(text.Length, settings.MaxTextLength)], target, aliases, settings.NamesAsWritten, FeatureBlocks.Seed(FeatureBlock.Mention));
            }

            sink.EndBlock(FeatureBlock.Mention);
        }
    }

    private static void EmitMentions(FeaturizerSettings settings, ReadOnlySpan<char> original, TargetContext target, AliasTable aliases, FeatureSink sink)
    {
        var (window, absentKind) = (settings.MentionWindow, settings.AbsentKind);
        var mentions = sink.Mentions;
        mentions.Clear();
        aliases.FindMentions(original, sink.NameChars, target.ExtraPatterns, target.Canonical, mentions, settings.NamesAsWritten, sink.Skipped);
        var sequence = Placeholders(sink, mentions);
        var targetCount = 0;
        var others = 0;
        foreach (var m in mentions)
        {
            targetCount += m.IsTarget ? 1 : 0;
            others += m.IsTarget ? 0 : 1;
        }

        var capitalsOnly = settings.NamesAsWritten && TextNormalizer.HasUpper(original);
        var partial = targetCount == 0 && MarkPartialMentions(sink, sequence, target.Stems, capitalsOnly ? original : default);
        sink.TargetUntouched = targetCount == 0 && !partial;
        Emit(sink, Flag, FeatureHash.Token(targetCount switch { 0 => partial ? "partial" : "absent", 1 => "once", _ => "often" }));
        if (absentKind && targetCount == 0 && !partial)
        {
            Emit(sink, Flag, target.IsName ? AbsentName : AbsentIssue);
        }

        Emit(sink, Flag, FeatureHash.Token(others switch { 0 => "no-others", 1 => "one-other", _ => "others" }));
        var first = true;
        for (var i = 0; i < sequence.Count; i++)
        {
            if (sequence[i] == O)
            {
                first = false;
            }

            if (sequence[i] != T)
            {
                continue;
            }

            if (first)
            {
                Emit(sink, Flag, FeatureHash.Token(i == 0 ? "target-starts" : "target-first"));
                first = false;
            }

            EmitAround(sink, sequence, i, window);
        }

        if (settings.MarkVictims)
        {
            VictimFeatures.Emit(sink, sequence, T, FeatureBlocks.Seed(FeatureBlock.Mention));
        }
    }

    private static void EmitAround(FeatureSink sink, List<ulong> s, int i, int window)
    {
        for (var d = 1; d <= window; d++)
        {
            if (i - d >= 0)
            {
                Emit(sink, Left, s[i - d], Span(sink, i - d, i - d));
                if (d == 1)
                {
                    Emit(sink, Near, FeatureHash.Combine(s[i - 1], T), Span(sink, i - 1, i));
                }
            }

            if (i + d < s.Count)
            {
                Emit(sink, Right, s[i + d], Span(sink, i + d, i + d));
                if (d == 1)
                {
                    Emit(sink, Near, FeatureHash.Combine(T, s[i + 1]), Span(sink, i, i + 1));
                }
            }
        }

        if (i >= 2)
        {
            Emit(sink, Near, FeatureHash.Combine(FeatureHash.Combine(s[i - 2], s[i - 1]), T), Span(sink, i - 2, i));
        }

        if (i + 2 < s.Count)
        {
            Emit(sink, Near, FeatureHash.Combine(FeatureHash.Combine(T, s[i + 1]), s[i + 2]), Span(sink, i, i + 2));
        }

        if (i >= 1 && i + 1 < s.Count)
        {
            Emit(sink, Near, FeatureHash.Combine(FeatureHash.Combine(s[i - 1], T), s[i + 1]), Span(sink, i - 1, i + 1));
        }
    }

    private static void Emit(FeatureSink sink, ulong kind, ulong value, (int Start, int End) span = default) =>
        sink.Add(FeatureHash.Key(FeatureHash.Combine(kind, value), FeatureBlocks.Seed(FeatureBlock.Mention)),
            span == default ? -1 : span.Start, span == default ? -1 : span.End);

    /// <summary>The characters of sequence items <paramref name="from"/>..<paramref name="to"/> (placeholders use their mention's span); only when tracing.</summary>
    private static (int Start, int End) Span(FeatureSink sink, int from, int to)
    {
        if (sink.Trace is null)
        {
            return default;
        }

        var (start, end) = (int.MaxValue, -1);
        for (var k = from; k <= to; k++)
        {
            var (s, e) = sink.SequenceSpans[k];
            (start, end) = (Math.Min(start, s), Math.Max(end, e));
        }

        return (start, end);
    }

    /// <summary>The token identities with each mention replaced by one placeholder, in text order.</summary>
    private static List<ulong> Placeholders(FeatureSink sink, List<Mention> mentions)
    {
        var sequence = sink.Sequence;
        var positions = sink.SequenceStarts;
        var spans = sink.SequenceSpans;
        sequence.Clear();
        positions.Clear();
        spans.Clear();
        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var t = 0;
        foreach (var m in mentions)
        {
            for (; t < tokens.Length && tokens[t].Start < m.Start; t++)
            {
                sequence.Add(tokens[t].Hash);
                positions.Add(tokens[t].Start);
                spans.Add((tokens[t].Start, tokens[t].Start + tokens[t].Length));
            }

            sequence.Add(m.IsTarget ? T : O);
            positions.Add(-1);
            spans.Add((m.Start, m.End));
            while (t < tokens.Length && tokens[t].Start < m.End)
            {
                t++;
            }
        }

        for (; t < tokens.Length; t++)
        {
            sequence.Add(tokens[t].Hash);
            positions.Add(tokens[t].Start);
            spans.Add((tokens[t].Start, tokens[t].Start + tokens[t].Length));
        }

        return sequence;
    }

    /// <summary>
    /// Turns tokens starting with a stem of the target's content words into T; true if any did. With <paramref name="capitalsIn"/>
    /// (the original text; empty for none) only tokens it writes with a capital.
    /// </summary>
    private static bool MarkPartialMentions(FeatureSink sink, List<ulong> sequence, string[] stems, ReadOnlySpan<char> capitalsIn)
    {
        if (stems.Length == 0)
        {
            return false;
        }

        var chars = sink.NameChars;
        var any = false;
        for (var i = 0; i < sequence.Count; i++)
        {
            var start = sink.SequenceStarts[i];
            if (start < 0)
            {
                continue;
            }

            var rest = chars[start..];
            if (!capitalsIn.IsEmpty && !WordRunes.IsUpperAt(capitalsIn, start))
            {
                continue;
            }

            foreach (var stem in stems)
            {
                if (rest.StartsWith(stem, StringComparison.Ordinal))
                {
                    sequence[i] = T;
                    any = true;
                    break;
                }
            }
        }

        return any;
    }
}
