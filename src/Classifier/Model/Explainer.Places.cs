using System.Text;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>How the places of a contribution are told apart.</summary>
internal static partial class Explainer
{
    /// <summary>What a contribution's <see cref="FeatureContribution.Feature"/> ends with when its first word stands in a negation's scope.</summary>
    internal const string NegatedSuffix = " (negated)";

    /// <summary>
    /// How the words of a place stand toward negation (<see cref="FeaturizerSettings.MarkNegation"/>): the model reads a word
    /// in a negation's scope as another feature than the same word out of one ("good" in "not good" and in "the food is
    /// good"; the "go" of "can't go", whose words are read "can go", and of "can go"), so places are grouped by
    /// <paramref name="start"/>'s words' marks (<c>Mask</c>, a bit per word) as well as by their reading, and a place whose
    /// first word is marked (<c>First</c>) says so in its text, "good (negated)"; one whose negation opens inside it shows its
    /// negator ("not good", "can't go"). For word n-grams (<see cref="FeatureKind.Words"/>, <see cref="FeatureKind.TargetWords"/>)
    /// and the words around a mention (<see cref="FeatureKind.Mention"/>, whose mentions are read as placeholders that carry
    /// no mark); not for a part of a word (<see cref="FeaturizerSettings.SplitWords"/>, read without its word's mark), which
    /// ends inside its word.
    /// </summary>
    private static (bool First, ulong Mask) Negation(FeatureKind kind, int start, int end, FeatureSink sink)
    {
        if (start < 0 || kind is not (FeatureKind.Words or FeatureKind.TargetWords or FeatureKind.Mention))
        {
            return (false, 0);
        }

        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var from = FirstAtOrAfter(tokens, start);
        var (first, mask, bit, endsAtAWord) = ((bool?)null, 0UL, 0, false);
        for (var t = from; t < tokens.Length && tokens[t].Start + tokens[t].Length <= end; t++)
        {
            endsAtAWord = tokens[t].Start + tokens[t].Length == end;
            if (kind == FeatureKind.Mention && InMention(sink.Mentions, tokens[t]))
            {
                continue;
            }

            first ??= tokens[t].Negated;
            mask |= tokens[t].Negated && bit < 64 ? 1UL << bit : 0;
            bit++;
        }

        return endsAtAWord ? (first == true, mask) : (false, 0);
    }

    private static bool InMention(List<Stance.Mention> mentions, Token token)
    {
        foreach (var m in mentions)
        {
            if (token.Start < m.End && token.Start + token.Length > m.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first of <paramref name="tokens"/> (in text order) that starts at or after <paramref name="start"/>.</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int start)
    {
        var (low, high) = (0, tokens.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = tokens[middle].Start < start ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// A group's text as the model read it, by which its places are grouped: lower-cased and folded as its n-grams are,
    /// and, but for character n-grams (read from a word's characters, its punctuation included), what lies between two of
    /// the words in it as one space: the word n-grams, lexicon terms and changes are read from the words alone, so the
    /// bigram of "rose 📈 sharply", "rose, sharply" and "rose sharply" is one feature, read "rose sharply" at each place.
    /// Negation is not part of this reading, as it is not of the text; <see cref="Negation"/> tells the places apart.
    /// </summary>
    private static string ReadAs(FeatureKind kind, int start, int end, string read, FeatureSink sink, bool targetPolarity, bool targetMentioned)
    {
        var text = Normalized(Describe(kind, start, end, read, targetPolarity, targetMentioned));
        if (start < 0 || kind is FeatureKind.Characters or FeatureKind.TargetCharacters)
        {
            return text;
        }

        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var low = FirstAtOrAfter(tokens, start);
        var words = new StringBuilder();
        var last = -1;
        for (var t = low; t < tokens.Length && tokens[t].Start + tokens[t].Length <= start + text.Length; t++)
        {
            var (from, to) = (tokens[t].Start - start, tokens[t].Start + tokens[t].Length - start);
            words.Append(last < 0 ? text.AsSpan(0, from) : " ").Append(text.AsSpan(from, to - from));
            last = to;
        }

        return last < 0 ? text : words.Append(text.AsSpan(last)).ToString();
    }
}
