using System.Globalization;
using Classifier.Articles;
using FsCheck.Xunit;

namespace Classifier.Tests.Reliability;

/// <summary>
/// On random news-like sentences with any of their characters written as HTML character references (named, decimal or
/// hexadecimal, at random; the shipped models, FsCheck seeds): the scores, targets and sentences found are those of the
/// plain sentence, and every span points into the sentence as given, covering whole references.
/// </summary>
public sealed class CharacterReferencePropertyTests
{
    private static readonly string[] Words =
    [
        "China", "Turkey", "Erdoğan", "Côte d'Ivoire", "AT&T", "praised", "condemned", "the", "deal", "talks", "sanctions",
        "terrible", "historic", "failure", "welcomed", "rejected", "\"offer\"", "of", "and", "but", "not", "said", "on",
        "Monday", "officials’", "in", ",", ".", "café", "Sánchez", "—", "…",
    ];

    private static readonly string[] Targets = ["Turkey", "Ivory Coast", "China", "Pedro Sánchez"];

    private static readonly Dictionary<char, string> Names = new()
    {
        ['&'] = "amp", ['"'] = "quot", ['\''] = "apos", ['ğ'] = "#287", ['ô'] = "ocirc", ['é'] = "eacute", ['á'] = "aacute",
        ['’'] = "rsquo", ['—'] = "mdash", ['…'] = "hellip", [' '] = "nbsp",
    };

    private static StanceClassifier Stance => StanceClassifier.LoadDefault();

    private static SentimentClassifier Sentiment => SentimentClassifier.LoadDefault();

    /// <summary>A sentence of 3 to 20 words, plain and as given: a quarter of its characters (spaces as no-break spaces in both) written as references.</summary>
    private static (string Plain, string Given, string Target) Sample(int seed)
    {
        var random = new Random(seed);
        var plain = string.Join(' ', Enumerable.Range(0, random.Next(3, 21)).Select(_ => Words[random.Next(Words.Length)]));
        var given = new System.Text.StringBuilder();
        var read = new System.Text.StringBuilder();
        foreach (var c in plain)
        {
            if (random.Next(4) != 0)
            {
                given.Append(c);
                read.Append(c);
                continue;
            }

            var written = c == ' ' ? '\u00A0' : c;
            read.Append(written);
            given.Append(random.Next(3) switch
            {
                0 when Names.TryGetValue(c, out var name) => $"&{name};",
                1 => $"&#x{(int)written:X};",
                _ => $"&#{((int)written).ToString(CultureInfo.InvariantCulture)};",
            });
        }

        return (read.ToString(), given.ToString(), Targets[random.Next(Targets.Length)]);
    }

    [Property(MaxTest = 300)]
    public bool Predict_CharactersWrittenAsReferences_ScoresAsThePlainSentence(int seed)
    {
        var (plain, given, target) = Sample(seed);

        var stance = (Stance.Predict(plain, target), Stance.Predict(given, target));
        var sentiment = (Sentiment.Predict(plain), Sentiment.Predict(given));

        return Stance.Labels.All(l => stance.Item1.Probabilities[l] == stance.Item2.Probabilities[l])
            && Sentiment.Labels.All(l => sentiment.Item1.Probabilities[l] == sentiment.Item2.Probabilities[l]);
    }

    [Property(MaxTest = 300)]
    public bool FindMentions_CharactersWrittenAsReferences_SpansCoverWholeReferencesOfThePlainMentions(int seed)
    {
        var (plain, given, target) = Sample(seed);

        var expected = Stance.FindMentions(plain, target);
        var found = Stance.FindMentions(given, target);

        return found.Count == expected.Count
            && found.Zip(expected).All(p => p.First.Start >= 0 && p.First.Start + p.First.Length <= given.Length
                && System.Net.WebUtility.HtmlDecode(given.Substring(p.First.Start, p.First.Length)) == plain.Substring(p.Second.Start, p.Second.Length))
            && Stance.FindTargets(given).SequenceEqual(Stance.FindTargets(plain));
    }

    [Property(MaxTest = 300)]
    public bool Split_CharactersWrittenAsReferences_SplitsAsThePlainText(int seed)
    {
        var (plain, given, _) = Sample(seed);
        var (plain2, given2, _) = Sample(seed + 1);

        var expected = SentenceSplitter.Split(plain + " " + plain2);
        var found = SentenceSplitter.Split(given + " " + given2);

        return found.Select(s => System.Net.WebUtility.HtmlDecode(s.Text)).SequenceEqual(expected.Select(s => s.Text));
    }
}
