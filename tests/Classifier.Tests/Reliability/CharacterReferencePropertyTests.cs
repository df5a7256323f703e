using System.Globalization;
using Classifier.Articles;
using Classifier.Features;
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

    /// <summary>Pieces of text, raw and as references: letters, combining marks, invisible characters, ligatures, surrogates (a lone high one too), Hangul jamo, ampersands.</summary>
    private static readonly string[] Pieces =
    [
        "a", "e", "o", "x", " ", "=", "&", "&amp;", "&#x301;", "\u0301", "&#x302;", "\u0302", "&#x338;", "\u0338", "&#8800;",
        "&shy;", "\u00AD", "&#8203;", "\u200B", "&#x200D;", "&#x2060;", "\uFEFF", "&#65279;", "&#xFB03;", "\uFB03", "&#xFB06;",
        "&#x1F600;", "\uD83D\uDE00", "\uD83D", "&#x1D15E;", "&#x1D165;", "&#x1100;", "&#x1161;", "\u1100", "\u1161", "\u11A8",
        "&#x11A8;", "&#xAC00;", "\uAC00", "\u0E01", "\u0915", "&#x93C;", "\u00E9", "&eacute;", "&#x0065;", "\u200C", "\u200D",
        "\u0645", "\u094D", "\u0650", "\uD83E\uDD26",
    ];

    [Fact]
    public void Of_AnyTextAnyLimit_ReadsAsTheDecodedTextWithSpansOfWholeReferences()
    {
        // Every limit of random texts of those pieces: the characters read are those of the decoded text read, each
        // character's span is the span in the text of the decoded characters it came from, a copy comes with a map and
        // changes a character read, and where reading stopped is where the decoded reading stopped.
        var random = new Random(20261205);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var decoded = CharacterReferences.Decode(text, out var starts, out var ends);
            for (var limit = 1; limit <= decoded.Length + 1; limit++)
            {
                var read = ReadingForm.Of(text, limit, out var map);
                var expected = ReadingForm.Of(decoded, limit, out var expectedMap);
                var cut = read.Length > limit ? read[..limit] : read;
                Assert.Equal(expected.Length > limit ? expected[..limit] : expected, cut);
                if (map is null)
                {
                    Assert.Same(text, read);
                    continue;
                }

                Assert.False(ReferenceEquals(expected, decoded) && cut == text[..Math.Min(limit, text.Length)]
                    && Enumerable.Range(0, cut.Length).All(k => ReadingForm.Original(map, k, k + 1) == (k, k + 1)), $"{text} to {limit}: a copy changing nothing");
                for (var k = 0; k < cut.Length; k++)
                {
                    var (start, end) = ReadingForm.Original(expectedMap, k, k + 1);
                    Assert.Equal((starts[start], ends[end - 1]), ReadingForm.Original(map, k, k + 1));
                }

                var stop = ReadingForm.Original(expectedMap, cut.Length, cut.Length).Start;
                Assert.Equal((starts[stop], starts[stop]), ReadingForm.Original(map, cut.Length, cut.Length));
            }
        }
    }

    [Fact]
    public void Of_AnyTextAnyLimit_ReadsThePrefixOfTheWholeTextsReading()
    {
        // Reading to a limit is reading the whole text and keeping its first characters: the limit changes where reading
        // stops, never what a character reads as (a mark past the limit, a character left out, a kept joiner).
        var random = new Random(20261206);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var whole = ReadingForm.Of(text, int.MaxValue);
            for (var limit = 1; limit <= text.Length + 1; limit++)
            {
                var read = ReadingForm.Of(text, limit);
                Assert.True(
                    whole[..Math.Min(limit, whole.Length)] == (read.Length > limit ? read[..limit] : read),
                    $"{Escaped(text)} to {limit}: {Escaped(read)} is no prefix of {Escaped(whole)}");
            }
        }
    }

    [Fact]
    public void Of_AnyTextAnyLimit_IsTheSameInstanceExactlyWhenNoCharacterReadChanges()
    {
        // The text itself, with no map, exactly when its first characters read are its own, each where it stood: a
        // character left out at or past the limit, or kept, makes no copy; one left out before it, a copy. (A limit inside
        // a surrogate pair is left aside: the half read stands for the whole pair's group.)
        string[] pieces = [.. Pieces, "\u200B\u200B", "\u200C\u200D", "\u180E", "\u0E01", "\u093C", "\u064B", "\u2060", "&#x200C;"];
        var random = new Random(20261207);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var whole = ReadingForm.Of(text, int.MaxValue, out var wholeMap);
            for (var limit = 1; limit <= text.Length + 1; limit++)
            {
                if (limit < text.Length && char.IsLowSurrogate(text[limit]))
                {
                    continue;
                }

                var read = ReadingForm.Of(text, limit, out var map);
                var prefix = whole[..Math.Min(limit, whole.Length)];
                var unchanged = prefix == text[..Math.Min(limit, text.Length)]
                    && Enumerable.Range(0, prefix.Length).All(k => ReadingForm.Original(wholeMap, k, k + 1) == (k, k + 1));
                Assert.True(unchanged == ReferenceEquals(text, read), $"{Escaped(text)} to {limit}: {Escaped(read)}, whole {Escaped(whole)}");
                Assert.Equal(map is null, ReferenceEquals(text, read));
            }
        }
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
