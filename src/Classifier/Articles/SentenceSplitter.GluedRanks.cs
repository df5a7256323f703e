using System.Collections.Frozen;

namespace Classifier.Articles;

// A numbering abbreviation glued to a number word: a rank ("the world no.Two") or an answer that ends a sentence ("He said no.One aide").
public static partial class SentenceSplitter
{
    /// <summary>
    /// Whether a "no" glued to a number word (<paramref name="word"/>, starting at <paramref name="s"/>) ends its sentence as
    /// an answer ("He said no.One aide disagreed", "Voters said No.One aide disagreed") rather than rank what follows or
    /// begin a noun. A small "no" is an answer unless a word that goes before ranks comes before it ("the world no.Two",
    /// <see cref="RankWords"/>) or "there is" ("There was no.One said so": "There was no." is no sentence, its "no" wants a
    /// noun) or a personal pronoun and a "be" ("He was no.One in the world": "He was no." is none either, for a person is
    /// no answer; "It was no." may be one, so "it" is left out). "No" in capitals ranks ("The band No.Two", "He was No.One") unless a word of answering comes before it
    /// (<see cref="AnswerWords"/>). "NO" in capitals is the word shouted and read as the small one ("The answer was NO.Two
    /// ministers resigned", but "the world NO.Two", "He was NO.One"). Other numbering abbreviations number it ("vol.Two").
    /// </summary>
    private static bool EndsAnAnswer(string text, int sentenceStart, int s, string word)
    {
        var (previous, dot, start) = PreviousWord(text, sentenceStart, s);
        if (word == "No")
        {
            return !dot && AnswerWords.Contains(previous);
        }

        if (word is not ("no" or "NO") || RankWords.Contains(previous))
        {
            return false;
        }

        return !(previous.ToLowerInvariant() is "is" or "was" or "are" or "were" or "be" or "been"
            && SubjectsOfARank.Contains(PreviousWord(text, sentenceStart, start).Word));
    }

    /// <summary>Subjects of a "be" after which a "no" glued to a number word is no answer: "There was no.One", "He was NO.One".</summary>
    private static readonly FrozenSet<string> SubjectsOfARank = FrozenSet.ToFrozenSet(
        ["there", "he", "she", "they", "we", "i", "you"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Number words, which a numbering abbreviation glued to them numbers: "No.One", "no.Two".</summary>
    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before which a small "no." glued to a number word is a rank ("the no.One spot", "world no.Two", "went to no.One", "hit no.Three").</summary>
    private static readonly FrozenSet<string> RankWords = FrozenSet.ToFrozenSet(
        ["the", "a", "world", "at", "his", "her", "its", "their", "our", "my", "your", "former", "ranked", "seeded",
            "to", "hit", "hits", "reach", "reached", "reaches", "reaching"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a capital "No" glued to a number word is an answer, not a rank: "Voters said No.One aide disagreed".</summary>
    private static readonly FrozenSet<string> AnswerWords = FrozenSet.ToFrozenSet(
        ["said", "say", "says", "saying", "voted", "vote", "votes", "answered", "answers", "replied", "replies", "responded"],
        StringComparer.OrdinalIgnoreCase);
}
