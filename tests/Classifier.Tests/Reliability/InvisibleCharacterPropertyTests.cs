using FsCheck.Xunit;

namespace Classifier.Tests.Reliability;

/// <summary>
/// On random news-like sentences with invisible format characters put anywhere (the shipped models, FsCheck seeds): the
/// scores, explanations and mentions are those of the sentence without them, and every span points into the sentence as
/// given, covering what the clean sentence's span covers. Every character inserted is one the library leaves out of
/// plain ASCII text, wherever it stands.
/// </summary>
public sealed class InvisibleCharacterPropertyTests
{
    private static readonly string[] Words =
    [
        "China", "Germany", "the United States", "Seoul", "NATO", "praised", "condemned", "the", "deal", "talks", "sanctions",
        "terrible", "historic", "failure", "welcomed", "rejected", "offer", "of", "and", "but", "not", "said", "on", "Monday",
        "a", "petty", "trick", "growth", "fell", "rose", "4.5%", "(Reuters)", "-", ",", ".", "\"", "US", "windfall", "tax",
    ];

    private static readonly string[] Targets = ["China", "Germany", "United States", "NATO", "windfall tax"];

    private static readonly char[] Invisible =
        ['\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u202A', '\u202C', '\u2066', '\u2069', '\u061C', '\u180E'];

    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    private static SentimentClassifier Sentiment => SentimentClassifier.LoadDefault();

    /// <summary>A sentence of 3 to 24 words and the same with 1 to 6 invisible characters inserted at random places.</summary>
    private static (string Clean, string Dirty, string Target) Sample(int seed)
    {
        var random = new Random(seed);
        var clean = string.Join(' ', Enumerable.Range(0, random.Next(3, 25)).Select(_ => Words[random.Next(Words.Length)]));
        var dirty = clean;
        for (var k = random.Next(1, 7); k > 0; k--)
        {
            dirty = dirty.Insert(random.Next(dirty.Length + 1), Invisible[random.Next(Invisible.Length)].ToString());
        }

        return (clean, dirty, Targets[random.Next(Targets.Length)]);
    }

    private static string Strip(string text) => string.Concat(text.Where(c => !Invisible.Contains(c)));

    [Property(MaxTest = 300)]
    public bool Predict_InvisibleCharactersAnywhere_ScoresAsTheCleanSentence(int seed)
    {
        var (clean, dirty, target) = Sample(seed);

        var stance = (Stance.Predict(clean, target), Stance.Predict(dirty, target));
        var sentiment = (Sentiment.Predict(clean), Sentiment.Predict(dirty));

        return Stance.Labels.All(l => stance.Item1.Probabilities[l] == stance.Item2.Probabilities[l])
            && Sentiment.Labels.All(l => sentiment.Item1.Probabilities[l] == sentiment.Item2.Probabilities[l]);
    }

    [Property(MaxTest = 200)]
    public bool Explain_InvisibleCharactersAnywhere_SameContributionsWithSpansIntoTheGivenText(int seed)
    {
        var (clean, dirty, target) = Sample(seed);

        return SameSpans(Stance.Explain(clean, target, top: 50), Stance.Explain(dirty, target, top: 50), clean, dirty)
            && SameSpans(Sentiment.Explain(clean, top: 50), Sentiment.Explain(dirty, top: 50), clean, dirty);
    }

    [Property(MaxTest = 300)]
    public bool FindMentions_InvisibleCharactersAnywhere_SpansCoverTheCleanMentions(int seed)
    {
        var (clean, dirty, target) = Sample(seed);

        var expected = Stance.FindMentions(clean, target);
        var found = Stance.FindMentions(dirty, target);

        return found.Count == expected.Count
            && found.Zip(expected).All(p => Covers(dirty, p.First, clean, p.Second))
            && Stance.FindTargets(dirty).SequenceEqual(Stance.FindTargets(clean));
    }

    private static bool SameSpans(Explanation clean, Explanation dirty, string cleanText, string dirtyText) =>
        clean.Label == dirty.Label && clean.Contributions.Count == dirty.Contributions.Count
        && clean.Contributions.Zip(dirty.Contributions).All(p =>
            p.First.Kind == p.Second.Kind && p.First.Weight == p.Second.Weight && Strip(p.Second.Feature) == p.First.Feature
            && p.First.Spans.Count == p.Second.Spans.Count
            && p.Second.Spans.Zip(p.First.Spans).All(s => Covers(dirtyText, s.First, cleanText, s.Second)));

    /// <summary>Whether <paramref name="span"/> lies in <paramref name="text"/>, covers what <paramref name="cleanSpan"/> covers of the clean text, and neither starts nor ends on an invisible character.</summary>
    private static bool Covers(string text, TextSpan span, string cleanText, TextSpan cleanSpan)
    {
        if (span.Start < 0 || span.Length < 0 || span.Start + span.Length > text.Length)
        {
            return false;
        }

        var covered = text.Substring(span.Start, span.Length);
        return Strip(covered) == cleanText.Substring(cleanSpan.Start, cleanSpan.Length)
            && (covered.Length == 0 || (!Invisible.Contains(covered[0]) && !Invisible.Contains(covered[^1])));
    }
}
