using System.Text;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>How the places of a contribution are told apart.</summary>
internal static partial class Explainer
{
    /// <summary>What a contribution's <see cref="FeatureContribution.Feature"/> ends with when its first word stands in a negation's scope.</summary>
    internal const string NegatedSuffix = " (negated)";

    /// <summary>
    /// Whether the word n-gram at <paramref name="start"/> (<see cref="FeatureKind.Words"/>, <see cref="FeatureKind.TargetWords"/>)
    /// opens with a word in a negation's scope (<see cref="FeaturizerSettings.MarkNegation"/>): the model reads it as
    /// other features than the same words out of one ("good" in "not good" and in "the food is good"), so the two are
    /// told apart, not summed into one contribution, and the negated one's text says so, "good (negated)". A place whose
    /// negation opens inside it ("not good") shows its negator, and is read as it is.
    /// </summary>
    private static bool Negated(FeatureKind kind, int start, FeatureSink sink)
    {
        if (start < 0 || kind is not (FeatureKind.Words or FeatureKind.TargetWords))
        {
            return false;
        }

        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var t = FirstAtOrAfter(tokens, start);
        return t < tokens.Length && tokens[t].Start == start && tokens[t].Negated;
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
    /// Negation is not part of this reading, as it is not of the text; <see cref="Negated"/> tells the places apart.
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
