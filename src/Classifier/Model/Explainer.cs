using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Model;

/// <summary>
/// Explains a prediction from the linear weights: a feature's contribution to label c is its value
/// times (its weight for c minus its mean weight for the other labels), the change it makes to c's
/// log-odds against them (for one-versus-all members, its weight for c times the calibration slope);
/// for a FastTree member, how much c's tree output changes when the feature alone is taken away, times
/// the calibration slope (dense word-vector splits are not broken down); ensembles average their members. All of it is
/// divided by the model's temperature (<see cref="ModelWeights.Temperature"/>), which divides the log-odds of the
/// probabilities the model reports, so the weights are in those log-odds, as the untouched-issue contribution's is.
/// Contributions are attributed to the text spans the feature came
/// from and grouped: word n-grams by their words, character n-grams by the word that holds them; a
/// change feature ("unemployment fell") is its own kind, apart from the bigram with the same span; the word-vector
/// blocks are shared among the words whose vectors make them up.
/// </summary>
internal static partial class Explainer
{
    /// <summary>
    /// The contributions toward the label <paramref name="scorer"/> gives <paramref name="text"/> (toward
    /// <paramref name="target"/> for stance), or toward the label at index <paramref name="asked"/> of the model's labels
    /// when one is given, the <paramref name="top"/> largest. For stance, the mention features without a
    /// span stand for how the target is mentioned, or, when the featurizer found it neither in full nor in part, for its
    /// not being mentioned.
    /// </summary>
    public static Explanation Explain(ModelScorer scorer, string text, TargetContext? target, int top, int? asked = null)
    {
        // One featurisation serves the probabilities, the issue gates and the contributions. It reads the text without its
        // invisible characters; the spans it traces are turned back into spans of the caller's text at the end.
        var probabilities = new double[scorer.Classes];
        var sink = new FeatureSink { Trace = [] };
        var vector = new SparseVector();
        var read = scorer.Visible(text, out var map);
        var gate = scorer.ProbabilitiesExplained(read, target, sink, vector, probabilities, out var nearestIssue);
        var label = asked ?? ResultFactory.ArgMax(probabilities);
        var targetMentioned = !(target is not null && sink.TargetUntouched);

        var direction = Directions(scorer.Model, label);
        var value = new Dictionary<int, float>();
        for (var j = 0; j < vector.Count; j++)
        {
            value[vector.Indices[j]] = vector.Values[j];
        }

        var fromTrees = TreeShares(scorer.Model, vector, label);

        var groups = new Dictionary<(FeatureKind Kind, int Start, int End), double>();
        AddWordVectorShares(scorer, sink, direction, groups);
        foreach (var block in Enum.GetValues<FeatureBlock>().Where(b => !FeatureBlocks.IsDense(b)))
        {
            var range = sink.BlockRange(block);
            var (first, last) = (range.Start.Value, range.End.Value);
            var occurrences = new Dictionary<int, int>();
            for (var p = first; p < last; p++)
            {
                var index = scorer.Vocabulary.IndexOf(sink.Keys[p]);
                if (index >= 0)
                {
                    occurrences[index] = occurrences.GetValueOrDefault(index) + 1;
                }
            }

            for (var p = first; p < last; p++)
            {
                var index = scorer.Vocabulary.IndexOf(sink.Keys[p]);
                if (index < 0 || !value.TryGetValue(index, out var v))
                {
                    continue;
                }

                var (start, end) = sink.Trace[p];
                var kind = p >= sink.ChangeRange.Start && p < sink.ChangeRange.End ? FeatureKind.Change : Kind(block);
                if (kind == FeatureKind.Change)
                {
                    end = WordEnd(sink, end);
                }

                var key = (kind, start, end);
                groups[key] = groups.GetValueOrDefault(key) + (((v * direction(index)) + fromTrees.GetValueOrDefault(index)) / occurrences[index]);
            }
        }

        // A feature at two places ("praised" twice) is one contribution with both spans: its weight was shared out among
        // them, and as two rows it would show as a repeated row of half the weight each. A feature whose places read
        // differently (a lexicon feature over "praised" and "success", one change feature over "unemployment fell" and
        // "exports rose") keeps a contribution per place, each its share: each place is its own evidence.
        // Grouped by the text as the model read it, lower-cased and folded as its n-grams are, and what lies between two
        // of its words as one space (ReadAs), so that two places differing only in case ("The", "the"), invisible
        // characters, or an emoji or comma between the words ("rose 📈 sharply", "rose sharply") are one, and words in a
        // negation's scope apart from the same words out of one, which the model reads as other features (Negation); the
        // contribution's text is the first place's, as the caller's text has it, each span widened to whole characters as
        // a reader sees them ("👍🏽", not the "👍" the lexicon read). Its weight is the sum over every place, kept only when that sum pushes
        // toward the label: a place can push the other way (a word after "but" is also a contrast-marked feature), and
        // summing only the places that push toward it would show one word pushing toward every label.
        var contributions = groups
            .Select(g => (Group: g, Span: ElementSpans.Whole(text, ReadingForm.Original(map, g.Key.Start, g.Key.End))))
            .Select(g => (g.Group, g.Span, Negation: Negation(g.Group.Key.Kind, g.Group.Key.Start, g.Group.Key.End, sink)))
            .Select(g => (Kind: g.Group.Key.Kind, Weight: g.Group.Value, g.Span, Negated: g.Negation.Mask,
                Read: ReadAs(g.Group.Key.Kind, g.Group.Key.Start, g.Group.Key.End, read, sink, scorer.Info.Featurizer.TargetPolarity, targetMentioned),
                Feature: Describe(g.Group.Key.Kind, g.Span.Start, g.Span.End, text, scorer.Info.Featurizer.TargetPolarity, targetMentioned) + (g.Negation.First ? NegatedSuffix : "")))
            .GroupBy(c => (c.Kind, c.Read, c.Negated, Placed: c.Span.Start >= 0))
            .Select(g => g.OrderBy(c => c.Span.Start).ToArray())
            .Where(g => g.Sum(c => c.Weight) > 0)
            .Select(g => FeatureContribution.Scored(g[0].Feature, g[0].Kind, g.Sum(c => c.Weight),
                g[0].Span.Start >= 0 ? g.Select(c => new TextSpan(c.Span.Start, c.Span.End - c.Span.Start)).ToArray() : []))
            .Concat(Untouched(scorer, target, label, gate, nearestIssue))
            .OrderByDescending(c => c.Weight).Take(top)
            .ToArray();
        return Explanation.Scored(scorer.Labels[label], probabilities[label], contributions);
    }

    /// <summary>
    /// The push of <see cref="FeaturizerSettings.UntouchedIssueMargin"/>'s gate when it raised none toward a trained issue the
    /// text does not touch, or of <see cref="FeaturizerSettings.UnseenIssueFloor"/>'s toward an issue the model never trained
    /// on, and none is the label: none's log-odds against each other label rose by <see cref="IssueTopics.NoneShift"/>.
    /// </summary>
    private static IEnumerable<FeatureContribution> Untouched(ModelScorer scorer, TargetContext? target, int label, IssueGate gate, string? nearestIssue)
    {
        if (target is null || scorer.Labels[label] != "none")
        {
            return [];
        }

        return gate switch
        {
            IssueGate.TrainedUntouched => [FeatureContribution.Scored($"{target.Canonical} untouched: the text is nearer {nearestIssue}", FeatureKind.UntouchedIssue, IssueTopics.NoneShift, [])],
            IssueGate.UnseenUntouched => [FeatureContribution.Scored(FormattableString.Invariant($"{target.Canonical} untouched: no word of the text comes within {scorer.Info.Featurizer.UnseenIssueFloor:0.##} of its words"),
                FeatureKind.UntouchedIssue, IssueTopics.NoneShift, [])],
            _ => [],
        };
    }

    /// <summary>
    /// The word-vector blocks' contribution, shared among the words: the text's vector is the sum of its words' (weighted)
    /// vectors divided by that sum's length, so each word's share is its own vector, so divided, dotted with the blocks' directions.
    /// The shares add up to the blocks' contribution.
    /// </summary>
    internal static void AddWordVectorShares(ModelScorer scorer, FeatureSink sink, Func<int, double> direction,
        Dictionary<(FeatureKind Kind, int Start, int End), double> groups)
    {
        if (sink.DenseCount == 0)
        {
            return;
        }

        var table = WordVectors.Default;
        var toward = new double[table.Dimensions];
        foreach (var block in new[] { FeatureBlock.Vector, FeatureBlock.TargetVector })
        {
            var range = sink.BlockRange(block);
            var weight = scorer.Info.Featurizer.Weight(block);
            for (var p = range.Start.Value; p < range.End.Value; p++)
            {
                var index = scorer.Vocabulary.IndexOf(sink.Keys[p]);
                toward[p - range.Start.Value] += index < 0 ? 0 : weight * direction(index);
            }
        }

        var words = new List<(int Start, int End, float[] Vector)>();
        var sum = new double[table.Dimensions];
        foreach (var token in sink.Tokens.AsSpan(0, sink.TokenCount))
        {
            var word = sink.TokenText(token);
            var vector = new float[table.Dimensions];
            if (table.AddWord(word, vector, scorer.Info.Featurizer.ZipfWeighting))
            {
                words.Add((token.Start, token.Start + word.Length, vector));
                for (var d = 0; d < sum.Length; d++)
                {
                    sum[d] += vector[d];
                }
            }
        }

        var length = Math.Sqrt(sum.Sum(v => v * v));
        foreach (var (start, end, vector) in words)
        {
            var share = 0.0;
            for (var d = 0; d < vector.Length; d++)
            {
                share += vector[d] * toward[d];
            }

            var key = (FeatureKind.WordVectors, start, end);
            groups[key] = groups.GetValueOrDefault(key) + (share / length);
        }
    }

    /// <summary>
    /// The trees' share per feature index (one-versus-all FastTree members, <see cref="TreeEnsemble.AddLeaveOneOut"/>): how
    /// much the feature's presence moves <paramref name="label"/>'s tree output, times the member's calibration slope as for
    /// its linear weights, averaged over members, over the temperature.
    /// </summary>
    private static Dictionary<int, double> TreeShares(ModelWeights weights, SparseVector vector, int label)
    {
        var shares = new Dictionary<int, double>();
        foreach (var m in weights.Members)
        {
            if (m.Trees is { } trees)
            {
                var slope = m.Output == OutputKind.Softmax ? 1.0 : -m.Sigmoid![2 * label];
                trees.AddLeaveOneOut(vector, label, slope / weights.Members.Length / weights.Temperature, shares);
            }
        }

        return shares;
    }

    /// <summary>For each feature index, how much one unit of it moves <paramref name="label"/> against the others (averaged over members, over the temperature).</summary>
    private static Func<int, double> Directions(ModelWeights weights, int label) => index =>
    {
        var total = 0.0;
        foreach (var m in weights.Members)
        {
            var o = index * m.Classes;
            if (m.Output == OutputKind.Softmax)
            {
                var others = 0.0;
                for (var c = 0; c < m.Classes; c++)
                {
                    others += c == label ? 0 : m.Weights[o + c];
                }

                total += m.Weights[o + label] - (others / (m.Classes - 1));
            }
            else
            {
                total += -m.Sigmoid![2 * label] * m.Weights[o + label];
            }
        }

        return total / weights.Members.Length / weights.Temperature;
    };

    /// <summary>
    /// Where the word that <paramref name="end"/> falls in ends, in the characters the model read: a change read from two
    /// figures ends at the earlier figure's digits, and its scale word or percent sign, written onto them ("from £71m",
    /// "from 5,100t", "from 4.8%"), belongs to the span too.
    /// </summary>
    private static int WordEnd(FeatureSink sink, int end)
    {
        var chars = sink.Chars.AsSpan(0, sink.CharCount);
        if (end <= 0 || end >= chars.Length || !char.IsLetterOrDigit(chars[end - 1]))
        {
            return end;
        }

        while (end < chars.Length && char.IsLetterOrDigit(chars[end]))
        {
            end++;
        }

        return end < chars.Length && chars[end] == '%' && char.IsDigit(chars[end - 1]) ? end + 1 : end;
    }

    /// <summary>
    /// The index of <paramref name="label"/> among <paramref name="scorer"/>'s labels, for an explanation toward it; an
    /// <see cref="ArgumentException"/> naming the model's labels when it is none of them.
    /// </summary>
    public static int LabelIndex(ModelScorer scorer, string label, string parameter)
    {
        ArgumentNullException.ThrowIfNull(label, parameter);
        var index = Array.IndexOf(scorer.Labels, label);
        return index >= 0
            ? index
            : throw new ArgumentException($"Label '{label}' is not one of this model's labels ({string.Join(", ", scorer.Labels)}): give one of them, as written.", parameter);
    }

    /// <summary>A feature's text as the model's n-grams read it: lower-cased, typographic variants folded.</summary>
    private static string Normalized(string text) =>
        string.Create(text.Length, text, static (span, source) => TextNormalizer.Normalize(source, span));

    private static FeatureKind Kind(FeatureBlock block) => block switch
    {
        FeatureBlock.Word => FeatureKind.Words,
        FeatureBlock.Char => FeatureKind.Characters,
        FeatureBlock.Lexicon => FeatureKind.Lexicon,
        FeatureBlock.TargetWord => FeatureKind.TargetWords,
        FeatureBlock.TargetChar => FeatureKind.TargetCharacters,
        _ => FeatureKind.Mention,
    };

    /// <summary>
    /// A feature group's text: its span, or for features without one, what they stand for: how the target is mentioned, or
    /// that it is not (with <paramref name="targetPolarity"/>, also the sentence's net polarity read through the target).
    /// </summary>
    private static string Describe(FeatureKind kind, int start, int end, string text, bool targetPolarity, bool targetMentioned) => start < 0
        ? kind == FeatureKind.Mention
            ? (targetMentioned ? "how the target is mentioned" : "the target is not mentioned") + (targetPolarity ? ", and the sentence's polarity toward its subject" : "")
            : "the sentence as a whole"
        : text[start..Math.Min(end, text.Length)];
}
