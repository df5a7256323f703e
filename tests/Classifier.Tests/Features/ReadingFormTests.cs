using System.Globalization;
using Classifier.Features;
using FsCheck.Xunit;

namespace Classifier.Tests.Features;

/// <summary>
/// Text is read with its accents composed (Unicode's normalisation form C), by the library's own copy of Unicode's data:
/// the tests run, as the CLI does, with invariant globalisation, where <see cref="string.Normalize()"/> composes nothing.
/// The expected forms are Python's (<c>scripts/unicode-composition.py</c>).
/// </summary>
public sealed class ReadingFormTests
{
    public static TheoryData<int> CaseLines() => [.. Enumerable.Range(0, Cases.Value.Length)];

    private static readonly Lazy<(string Text, string Composed)[]> Cases = new(() =>
        File.ReadLines(TestPaths.TestData("composition_cases.tsv")).Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t')).Select(f => (FromHex(f[0]), FromHex(f[1]))).ToArray());

    [Theory]
    [MemberData(nameof(CaseLines))]
    public void Of_TextFromUnicodeData_IsItsNormalisationFormC(int line)
    {
        var (text, composed) = Cases.Value[line];

        var read = ReadingForm.Of(text, int.MaxValue);

        Assert.Equal(Hex(composed), Hex(read));
    }

    [Fact]
    public void CandidateCharacters_WrittenOutRanges_AreTheTablesCandidates()
    {
        Assert.Equal(Composition.TableCandidates(), ReadingForm.Expand(CompositionCandidates.Ranges));
    }

    [Fact]
    public void Of_ComposedText_IsTheSameInstance()
    {
        const string text = "Côte d'Ivoire, Erdoğan, São Paulo, Ελλάδα, Україна, 한국, हिन्दी, Nestlé \U0001F600 said “no”.";

        Assert.Same(text, ReadingForm.Of(text, int.MaxValue, out var map));
        Assert.Null(map);
    }

    [Fact]
    public void Of_ComposedTextWithCombiningMarks_IsTheSameInstanceAndAllocatesNothing()
    {
        // Hindi (virama), Arabic (vowel marks), Thai (tone marks) and Hebrew (points) hold combining marks even composed:
        // the text is already in normalisation form C, and reading it must not build a copy of it to find that out.
        const string text = "भारत के प्रधानमंत्री ने कहा। قَالَ الرَّئِيسُ. นายกรัฐมนตรีกล่าวว่า. שָׁלוֹם";
        ReadingForm.Of(text, int.MaxValue);
        ReadingForm.Of(text, 20, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = ReadingForm.Of(text, int.MaxValue, out var map);
        var cut = ReadingForm.Of(text, 20, out var cutMap);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(text, read);
        Assert.Null(map);
        Assert.Same(text, cut);
        Assert.Null(cutMap);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData("Official says \U0001F926\u200D\u2640\uFE0F the talks failed \U0001F468\u200D\U0001F469\u200D\U0001F467.")]
    [InlineData("\u0915\u094D\u200D\u0937 \u0928\u0947 \u0915\u0939\u093E\u0964 \u0915\u094D\u200C\u0937")]
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u0628\u0650\u200C\u0631\u0648\u0645")]
    [InlineData("\u0E19\u0E32\u0E22\u0E01\u200B\u0E01\u0E25\u0E48\u0E32\u0E27\u200B\u0E27\u0E48\u0E32")]
    public void Of_TextWhoseInvisibleCharactersAreAllKept_IsTheSameInstanceAndAllocatesNothing(string text)
    {
        // An emoji sequence's joiner, Hindi's joiner and non-joiner after a virama, Persian's non-joiner (beside a vowel
        // mark too) and Thai's word breaks are kept: nothing changes, so nothing may be copied to find that out.
        ReadingForm.Of(text, int.MaxValue);
        ReadingForm.Of(text, 12, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = ReadingForm.Of(text, int.MaxValue, out var map);
        var cut = ReadingForm.Of(text, 12, out var cutMap);
        var plain = ReadingForm.Of(text, 12);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(text, read);
        Assert.Null(map);
        Assert.Same(text, cut);
        Assert.Null(cutMap);
        Assert.Same(text, plain);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Of_DecomposedLetters_AreComposedAndSpansCoverTheirMarks()
    {
        const string text = "Co\u0302te d'Ivoire and Bogota\u0301 met.";

        var read = ReadingForm.Of(text, int.MaxValue, out var map);

        Assert.Equal("Côte d'Ivoire and Bogotá met.", read);
        Assert.Equal((0, 14), ReadingForm.Original(map, 0, 13));
        Assert.Equal("Bogota\u0301", text[ReadingForm.Original(map, 18, 24).Start..ReadingForm.Original(map, 18, 24).End]);
        Assert.Equal((text.Length, text.Length), ReadingForm.Original(map, read.Length, read.Length));
    }

    [Fact]
    public void Of_InvisibleCharacterBetweenLetterAndAccent_IsLeftOutAndTheLetterComposed()
    {
        const string text = "Se\u00AD\u0301ance";

        var read = ReadingForm.Of(text, int.MaxValue, out var map);

        Assert.Equal("Séance", read);
        Assert.Equal((1, 4), ReadingForm.Original(map, 1, 2));
    }

    [Fact]
    public void Of_TextLongerThanTheLimit_ReadsOnToMakeUpForTheComposedMarks()
    {
        var text = string.Concat(Enumerable.Repeat("e\u0301", 10)) + "xyz";

        var read = ReadingForm.Of(text, 12, out var map);

        Assert.Equal(new string('é', 10) + "xy", read);
        Assert.Equal((20, 22), ReadingForm.Original(map, 10, 12));
    }

    [Fact]
    public void Of_CharacterCompositionReplacesWithTwo_IsReadWhole()
    {
        // U+0958 DEVANAGARI LETTER QA is excluded from composition: it reads as KA and the nukta, two characters for one.
        const string text = "\u0958 Qatar";

        var read = ReadingForm.Of(text, int.MaxValue, out var map);

        Assert.Equal("\u0915\u093C Qatar", read);
        Assert.Equal((0, 1), ReadingForm.Original(map, 0, 2));
        Assert.Equal((2, 7), ReadingForm.Original(map, 3, 8));
    }

    [Fact]
    public void Of_MarkJustPastTheLimit_ComposesWithTheLastLetterRead()
    {
        var read = ReadingForm.Of("abce\u0301xyz", 4);

        Assert.Equal("abcé", read);
    }

    [Fact]
    public void Of_InvisibleCharactersThenMarkPastTheLimit_ComposesAsTheCleanText()
    {
        var read = ReadingForm.Of("a\u00ADb\u00ADce\u0301xyz", 4);

        Assert.Equal("abcé", read);
    }

    [Fact]
    public void Of_LoneSurrogateBeforeMark_IsReadAsWritten()
    {
        const string text = "a\uD800\u0301b e\u0301";

        var read = ReadingForm.Of(text, int.MaxValue);

        Assert.Equal("a\uD800\u0301b é", read);
    }

    [Fact]
    public void Of_InvariantGlobalisation_StringNormalizeWouldNotCompose()
    {
        // Why the library carries its own data: in this process (as in the CLI) the runtime's normalisation is a no-op
        // for such text; were that to change, this test says the library's copy is no longer needed.
        Assert.Equal("e\u0301", "e\u0301".Normalize());
        Assert.Equal("é", ReadingForm.Of("e\u0301", int.MaxValue));
    }

    /// <summary>Characters that exercise every path: letters, marks of several classes, Hangul jamo, a replaced character, a ligature, invisible characters, surrogates paired and lone.</summary>
    private static readonly string[] Pieces =
    [
        "a", "e", "O", " ", ".", "\u0301", "\u0302", "\u0323", "\u0308", "\u0650", "\u05B0", "\u1100", "\u1161", "\u11A8", "\uAC00",
        "\u212B", "\u0958", "\u0F73", "\uFB01", "\u00AD", "\u200B", "\u200D", "\uD834\uDD5E", "\uD834\uDD65", "\uD83D\uDE00", "\uD800", "\uDC00",
    ];

    [Property(MaxTest = 500)]
    public bool Of_AnyMixOfPieces_GivesSpansInOrderInsideTheTextAndNoMoreThanTheLimit(int seed, int limit)
    {
        var random = new Random(seed);
        var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var maxLength = limit == int.MinValue ? 1 : Math.Abs(limit) % 40 + 1;

        var read = ReadingForm.Of(text, maxLength, out var map);
        var plain = ReadingForm.Of(text, maxLength);

        var previous = 0;
        for (var k = 0; k < Math.Min(read.Length, maxLength); k++)
        {
            var (start, end) = ReadingForm.Original(map, k, k + 1);
            if (start < previous || end > text.Length || end <= start)
            {
                return false;
            }

            previous = start;
        }

        return plain == read && (map is not null ? read.Length <= maxLength : ReferenceEquals(read, text));
    }

    private static string FromHex(string hex) =>
        string.Concat(hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    private static string Hex(string text) => string.Join(' ', text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
    [Theory]
    [InlineData("a", "b")]
    [InlineData("\u0E01", "\u0E01")]
    [InlineData("\u0E01", "\u0E01\u0301")]
    public void Of_LongRunOfZeroWidthSpaces_IsReadInLinearTime(string left, string right)
    {
        // Whether a zero-width space is left out depends on the next visible character, past the whole run: found once
        // for the run, not again for each of its characters (100,000 of them took seconds, a page of them minutes).
        var text = left + new string('\u200B', 100_000) + right;
        ReadingForm.Of("a\u200Bb\u0301", int.MaxValue);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var whole = ReadingForm.Of(text, int.MaxValue);
        var cut = ReadingForm.Of(text, 1000);
        watch.Stop();

        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(whole[..Math.Min(1000, whole.Length)], cut.Length > 1000 ? cut[..1000] : cut);
    }
    [Theory]
    [InlineData("Talks in Ger\u00ADmany and Co\u0302te d'Ivoire", 12)]
    [InlineData("Talks in Ger\u00AD\u200B\u2060many and Co\u0302te d'Ivoire", 12)]
    [InlineData("\u0915\u094D\u200C\u200D and Co\u0302te d'Ivoire", 3)]
    [InlineData("Talks in Ger&shy;many and Co\u0302te d'Ivoire", 12)]
    public void Of_CharacterLeftOutAtTheLimit_ChangesNoneReadAndIsTheSameInstance(string text, int limit)
    {
        // The characters left out begin at the limit: the first characters read are the text's own, each where it stood,
        // so the text is returned as it is, as it is when no letter after them is composed.
        var read = ReadingForm.Of(text, limit, out var map);

        Assert.Same(text, read);
        Assert.Null(map);
        Assert.Same(text, ReadingForm.Of(text, limit));
        Assert.Equal(ReadingForm.Of(text, int.MaxValue)[..limit], text[..limit]);
    }
}
