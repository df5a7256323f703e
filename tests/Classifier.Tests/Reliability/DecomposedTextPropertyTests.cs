using Classifier.Tests.Features;
using FsCheck.Xunit;

namespace Classifier.Tests.Reliability;

/// <summary>
/// On random news-like sentences with accented names and words, each written composed or decomposed at random (the
/// shipped models, FsCheck seeds): the scores and targets found are those of the composed sentence, and every mention's
/// span points into the sentence as given, covering the name with its combining marks.
/// </summary>
public sealed class DecomposedTextPropertyTests
{
    private static readonly string[] Plain =
    [
        "China", "Turkey", "praised", "condemned", "the", "deal", "talks", "sanctions", "terrible", "historic", "failure",
        "welcomed", "rejected", "offer", "of", "and", "but", "not", "said", "on", "Monday", "officials", "in", ",", ".",
    ];

    private static readonly string[] Targets = ["Turkey", "Ivory Coast", "China", "Pedro Sánchez"];

    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    private static SentimentClassifier Sentiment => SentimentClassifier.LoadDefault();

    /// <summary>A sentence of 3 to 20 words, a third of them accented, composed and as given (each accented word decomposed or not).</summary>
    private static (string Composed, string Given, string Target) Sample(int seed)
    {
        var random = new Random(seed);
        var composed = new List<string>();
        var given = new List<string>();
        foreach (var _ in Enumerable.Range(0, random.Next(3, 21)))
        {
            if (random.Next(3) == 0)
            {
                var (c, d) = DecomposedTextTests.Words[random.Next(DecomposedTextTests.Words.Length)];
                composed.Add(c);
                given.Add(random.Next(4) == 0 ? c : d);
            }
            else
            {
                var word = Plain[random.Next(Plain.Length)];
                composed.Add(word);
                given.Add(word);
            }
        }

        return (string.Join(' ', composed), string.Join(' ', given), Targets[random.Next(Targets.Length)]);
    }

    [Property(MaxTest = 300)]
    public bool Predict_AccentsComposedOrNot_ScoresAsTheComposedSentence(int seed)
    {
        var (composed, given, target) = Sample(seed);

        var stance = (Stance.Predict(composed, target), Stance.Predict(given, target));
        var sentiment = (Sentiment.Predict(composed), Sentiment.Predict(given));

        return Stance.Labels.All(l => stance.Item1.Probabilities[l] == stance.Item2.Probabilities[l])
            && Sentiment.Labels.All(l => sentiment.Item1.Probabilities[l] == sentiment.Item2.Probabilities[l]);
    }

    [Property(MaxTest = 300)]
    public bool FindMentions_AccentsComposedOrNot_SpansCoverTheComposedMentions(int seed)
    {
        var (composed, given, target) = Sample(seed);

        var expected = Stance.FindMentions(composed, target);
        var found = Stance.FindMentions(given, target);

        return found.Count == expected.Count
            && found.Zip(expected).All(p => p.First.Start >= 0 && p.First.Start + p.First.Length <= given.Length
                && DecomposedTextTests.Compose(given.Substring(p.First.Start, p.First.Length)) == composed.Substring(p.Second.Start, p.Second.Length)
                && (p.First.Start + p.First.Length == given.Length || !IsMark(given[p.First.Start + p.First.Length])))
            && Stance.FindTargets(given).SequenceEqual(Stance.FindTargets(composed));
    }

    private static bool IsMark(char c) => c is >= '\u0300' and <= '\u036F';
}
