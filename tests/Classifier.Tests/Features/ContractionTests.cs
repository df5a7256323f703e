using Classifier.Features;

namespace Classifier.Tests.Features;

/// <summary>"n't" as a negator: contractions written whole, split as in pre-tokenised corpora, and stems such as "won" alone.</summary>
public sealed class ContractionTests
{
    private static readonly FeaturizerSettings On = new() { CharNgramMax = 0, WordNgramMax = 1 };

    [Theory]
    [InlineData("It does n't work well.", "work well")]
    [InlineData("It doesn't work well.", "work well")]
    [InlineData("I can't recommend it, sadly.", "recommend it")]
    [InlineData("They ca n't agree", "agree")]
    [InlineData("Talks won\u2019t resume soon", "resume soon")]
    [InlineData("Investors don`t expect a recovery", "expect recovery")]
    public void Extract_NotContraction_NegatesTheWordsUpToTheClauseBreak(string text, string negated)
    {
        Assert.Equal(negated.Split(' '), NegatedWords(On, text));
    }

    [Fact]
    public void Extract_SplitNotContraction_BecomesTheWordNot()
    {
        Assert.Equal(WordBlock.Keys(On, "it is not funny"), WordBlock.Keys(On, "it is n't funny"));
        Assert.NotEqual(WordBlock.Keys(On with { Contractions = false }, "it is not funny"), WordBlock.Keys(On with { Contractions = false }, "it is n't funny"));
    }

    [Theory]
    [InlineData("The party won the vote easily")]
    [InlineData("Investors sought a safe haven in gold")]
    [InlineData("Don Smith agreed to the terms")]
    [InlineData("Lincoln's reforms lasted")]
    [InlineData("It ends with don'")]
    public void Extract_NoNotContraction_NegatesNothing(string text)
    {
        Assert.Empty(NegatedWords(On, text));
    }

    [Fact]
    public void Extract_ContractionsOff_KeepsTheOlderReading()
    {
        var off = On with { Contractions = false };

        Assert.Empty(NegatedWords(off, "I can't recommend it"));
        Assert.Equal(["the", "vote"], NegatedWords(off, "The party won the vote"));
        Assert.Equal(["in", "gold"], NegatedWords(off, "Investors sought a safe haven in gold"));
    }

    private static string[] NegatedWords(FeaturizerSettings settings, string text)
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(settings, text, sink);
        var chars = new string(sink.Chars, 0, sink.CharCount);
        return sink.Tokens.Take(sink.TokenCount).Where(t => t.Negated).Select(t => chars.Substring(t.Start, t.Length)).ToArray();
    }
}
