using System.Text;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>How the places of a contribution are told apart.</summary>
internal static partial class Explainer
{
    /// <summary>
    /// A group's text as the model read it, by which its places are grouped: lower-cased and folded as its n-grams are,
    /// and, but for character n-grams (read from a word's characters, its punctuation included), what lies between two of
    /// the words in it as one space: the word n-grams, lexicon terms and changes are read from the words alone, so the
    /// bigram of "rose 📈 sharply", "rose, sharply" and "rose sharply" is one feature, read "rose sharply" at each place.
    /// Negation is not part of the reading, as it is not of the text: words in a negation's scope are grouped with the
    /// same words out of it ("good" and a negated "good", and so "can't go", whose word is "can", with "can go").
    /// </summary>
    private static string ReadAs(FeatureKind kind, int start, int end, string read, FeatureSink sink, bool targetPolarity, bool targetMentioned)
    {
        var text = Normalized(Describe(kind, start, end, read, targetPolarity, targetMentioned));
        if (start < 0 || kind is FeatureKind.Characters or FeatureKind.TargetCharacters)
        {
            return text;
        }

        var tokens = sink.Tokens.AsSpan(0, sink.TokenCount);
        var (low, high) = (0, tokens.Length);
        while (low < high)
        {
            // The first word that starts at or after the span's start (the words are in text order).
            var middle = (low + high) / 2;
            (low, high) = tokens[middle].Start < start ? (middle + 1, high) : (low, middle);
        }

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
