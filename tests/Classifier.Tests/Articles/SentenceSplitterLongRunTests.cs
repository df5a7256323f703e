using Classifier.Articles;

namespace Classifier.Tests.Articles;

/// <summary>
/// Texts a service may be sent that are long runs of glued stops: each stop used to read the text back to the sentence's
/// start, so the split took time quadratic in the run's length ("1.2.1.2..." of 200 KB: 46 seconds; 'a."a."...' of 1 MB:
/// about 15). The checks below count what is read rather than time it.
/// </summary>
public sealed class SentenceSplitterLongRunTests
{
    [Fact]
    public void GluedWordBefore_LongRunOfNumberedDots_ReadsBackNoFurtherThanItsSecondDot()
    {
        var text = string.Concat(Enumerable.Repeat("1.2.", 10_000));
        var last = text.Length - 1;

        var word = SentenceSplitter.GluedWordBefore(text, 0, last);

        Assert.Equal(SentenceSplitter.WordKind.None, word.Kind);
        Assert.True(word.Start >= last - 4, $"read back to {word.Start}, from {last}");
    }

    [Theory]
    [InlineData("The update is version 3.0.1.The patch follows.", "3.0.1", "None")]
    [InlineData("It was signed in 2019.EU leaders met.", "2019", "Number")]
    [InlineData("Growth was 3.5.The bank said so.", "3.5", "Number")]
    [InlineData("Inflation hit 1.2.3%.The bank said so.", "1.2.3", "Number")]
    public void GluedWordBefore_NumbersAndVersions_KeepTheirKind(string text, string before, string kindName)
    {
        var kind = Enum.Parse<SentenceSplitter.WordKind>(kindName);
        var stop = text.IndexOf(before, StringComparison.Ordinal) + before.Length + (text.Contains('%', StringComparison.Ordinal) ? 1 : 0);

        var word = SentenceSplitter.GluedWordBefore(text, 0, stop);

        Assert.Equal(kind, word.Kind);
        if (kind != SentenceSplitter.WordKind.None)
        {
            Assert.Equal(before, word.Word);
        }
    }

    [Fact]
    public void QuoteTally_StopsOfOneSentenceInOrder_ReadsEachCharacterOnceAndCountsAsARecount()
    {
        var text = string.Concat(Enumerable.Repeat("a.\"", 1_000));
        var tally = default(SentenceSplitter.QuoteTally);

        for (var to = 1; to <= text.Length; to += 3)
        {
            Assert.Equal(text.AsSpan(0, to).Count('"'), tally.Count(text, 0, to));
        }

        Assert.True(tally.Read <= text.Length, $"read {tally.Read} characters of {text.Length}");
        Assert.Equal(text.AsSpan(30, 60).Count('"'), tally.Count(text, 30, 90));
    }

    [Theory]
    [InlineData("1.2.")]
    [InlineData("5.30")]
    [InlineData("a.\"")]
    [InlineData("?\"")]
    public void Split_LongRunOfGluedStops_IsOneSentence(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 50_000));

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(text.Trim(), Assert.Single(sentences).Text);
    }
}
