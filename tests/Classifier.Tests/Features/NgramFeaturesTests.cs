using Classifier.Features;
using FsCheck;
using FsCheck.Xunit;

namespace Classifier.Tests.Features;

/// <summary>
/// Word and character n-grams, and the contrast clause, against references written from their definitions: scikit-learn's
/// <c>char_wb</c> analyser (its own loop, not ours), every run of 1 to n tokens, the words after the last contrast word.
/// </summary>
public sealed class NgramFeaturesTests
{
    private const ulong Seed = 0x5EED;

    [Property(MaxTest = 300)]
    public bool EmitCharNgrams_AnyText_GivesScikitLearnsCharWbNgramsWithTheirWordsSpans(NonNull<string> raw, byte lower, byte width, bool crossed)
    {
        // Letters, accents and several kinds of white space, so that words of every length and runs of spaces occur.
        const string alphabet = "ab \u00E9\t\u00A0cd\n";
        var text = new string(raw.Get.Select(c => alphabet[c % alphabet.Length]).ToArray());
        var (min, max) = (1 + (lower % 4), 1 + (lower % 4) + (width % 5));
        var cross = crossed ? 0x1234_5678_9ABCUL : 0;

        var sink = SinkOf(text);
        FeatureExtractor.EmitCharNgrams(sink, min, max, Seed, cross);

        var expected = CharWb(text, min, max).Select(g => (FeatureHash.Key(FeatureHash.Token(g.Gram), Seed ^ cross), g.Start, g.End));
        return Emitted(sink).SequenceEqual(expected.Order());
    }

    [Theory]
    [InlineData("ab", 2, 3, new[] { " a", "ab", "b ", " ab", "ab " })]
    [InlineData("a", 4, 5, new[] { " a " })]
    [InlineData("a", 3, 5, new[] { " a " })]
    [InlineData("ab  c", 3, 3, new[] { " ab", "ab ", " c " })]
    public void EmitCharNgrams_ShortAndPaddedWords_GivesTheseGrams(string text, int min, int max, string[] grams)
    {
        var sink = SinkOf(text);

        FeatureExtractor.EmitCharNgrams(sink, min, max, Seed, cross: 0);

        Assert.Equal(grams.Select(g => FeatureHash.Key(FeatureHash.Token(g), Seed)).Order(), sink.Keys.ToArray().Order());
    }

    [Property(MaxTest = 300)]
    public bool EmitWordNgrams_AnyTokens_GivesEveryRunOfOneToMaxTokensWithItsSpan(PositiveInt[] hashes, byte n, bool crossed)
    {
        var max = 1 + (n % 4);
        var cross = crossed ? 0xC0FFEEUL : 0;
        var tokens = hashes.Take(12).Select((h, i) => new Token(Start: 3 * i, Length: 1 + (h.Get % 2), Hash: (ulong)h.Get * 7919, Raw: 0, Negated: false)).ToArray();
        var sink = SinkOf(new string('x', 3 * tokens.Length + 2));
        foreach (var token in tokens)
        {
            sink.AddToken(token);
        }

        FeatureExtractor.EmitWordNgrams(sink, max, Seed, cross);

        var expected = new List<(ulong, int, int)>();
        for (var s = 0; s < tokens.Length; s++)
        {
            for (var length = 1; length <= max && s + length <= tokens.Length; length++)
            {
                var run = tokens.AsSpan(s, length).ToArray();
                var g = run.Skip(1).Aggregate(run[0].Hash, (h, t) => FeatureHash.Combine(h, t.Hash));
                var last = run[^1];
                expected.Add((FeatureHash.Key(cross == 0 ? g : FeatureHash.Combine(cross, g), Seed), run[0].Start, last.Start + last.Length));
            }
        }

        return Emitted(sink).SequenceEqual(expected.Order());
    }

    [Theory]
    [InlineData("the cast shines but the plot drags yet it ends well", new[] { "it", "ends", "well" })]
    [InlineData("however slow it felt it was good", new[] { "slow", "it", "felt", "it", "was", "good" })]
    [InlineData("it was good still", new string[0])]
    [InlineData("it was good and bright", new string[0])]
    [InlineData("it was bad but it was fun", new[] { "it", "was", "fun" })]
    public void Extract_MarkContrast_MarksEachWordAfterTheLastContrastWordAtItsSpan(string text, string[] after)
    {
        var on = new FeaturizerSettings { MarkContrast = true, CharNgramMax = 0, WordNgramMax = 1, UseLexicon = false, MarkChanges = false, MarkNegation = false };
        var plain = WordBlockWithSpans(on with { MarkContrast = false }, text);

        var marked = WordBlockWithSpans(on, text);

        // The contrast keys come after the unigrams; each covers one word after the last contrast word, in order.
        Assert.Equal(plain, marked.Take(plain.Length));
        var added = marked.Skip(plain.Length).ToArray();
        Assert.Equal(after, added.Select(k => text[k.Start..k.End]));
        // A word after the contrast word is a key of its own, apart from the same word before it ("it was" in the last row).
        Assert.All(added, k => Assert.DoesNotContain(k.Key, plain.Select(p => p.Key)));
        Assert.Equal(after.Distinct().Count(), added.Select(k => k.Key).Distinct().Count());
    }

    private static FeatureSink SinkOf(string text)
    {
        var sink = new FeatureSink { Trace = [] };
        sink.Reset(text.Length);
        text.CopyTo(sink.Chars);
        sink.CharCount = text.Length;
        return sink;
    }

    private static (ulong Key, int Start, int End)[] Emitted(FeatureSink sink) =>
        sink.Keys.ToArray().Zip(sink.Trace!, (k, s) => (k, s.Start, s.End)).Order().ToArray();

    private static (ulong Key, int Start, int End)[] WordBlockWithSpans(FeaturizerSettings settings, string text)
    {
        var sink = new FeatureSink { Trace = [] };
        FeatureExtractor.Extract(settings, text, sink);
        var range = sink.BlockRange(FeatureBlock.Word);
        return sink.Keys[range].ToArray().Zip(sink.Trace!.ToArray()[range], (k, s) => (k, s.Start, s.End)).ToArray();
    }

    /// <summary>
    /// scikit-learn's <c>_char_wb_ngrams</c>, loop for loop, with each gram's word span; the same as scikit-learn on text of
    /// BMP characters (it counts code points, and Python's <c>split</c> also takes U+001C-U+001F as white space, which
    /// <see cref="TextNormalizer"/> blanks before this step).
    /// </summary>
    private static IEnumerable<(string Gram, int Start, int End)> CharWb(string text, int min, int max)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) || (i > 0 && !char.IsWhiteSpace(text[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var w = " " + text[i..end] + " ";
            for (var n = min; n <= max; n++)
            {
                var offset = 0;
                yield return (w[..Math.Min(n, w.Length)], i, end);
                while (offset + n < w.Length)
                {
                    offset++;
                    yield return (w.Substring(offset, n), i, end);
                }

                if (offset == 0)
                {
                    // A word no longer than n is counted once.
                    break;
                }
            }
        }
    }
}
