using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Features;

/// <summary>Words split into the listed words they are made of (<see cref="FeaturizerSettings.SplitWords"/>, <see cref="WordVectors.WordParts"/>).</summary>
public sealed class SplitWordsTests
{
    private static readonly FeaturizerSettings Split = new() { SplitWords = true, WordNgramMax = 1, CharNgramMax = 0, MarkChanges = false };

    [Theory]
    [InlineData("hillaryclinton", "hillary|clinton")]
    [InlineData("stopthewar", "stop|the|war")]
    [InlineData("whyimnotvotingforhillary", "why|im|not|voting|for|hillary")]
    public void WordParts_CompoundOfListedWords_ReturnsTheFewestWords(string word, string expected)
    {
        var ends = new int[64];

        var count = WordVectors.Default.WordParts(word, ends);

        var parts = new List<string>();
        for (int p = 0, start = 0; p < count; start = ends[p++])
        {
            parts.Add(word[start..ends[p]]);
        }

        Assert.Equal(expected, string.Join('|', parts));
    }

    [Theory]
    [InlineData("economy")] // listed whole
    [InlineData("feminists")] // two WordPiece pieces (feminist ##s) against three words
    [InlineData("semst")] // no split into words of two or more letters
    [InlineData("ⱥⱥ")] // no pieces at all
    public void WordParts_WordThatIsListedOrSplitsBetterIntoPieces_ReturnsZero(string word)
    {
        Assert.Equal(0, WordVectors.Default.WordParts(word, new int[64]));
    }

    [Fact]
    public void Extract_SplitWordsOn_AddsEachPartAsTheSameKeyAsThatWordAlone()
    {
        var compound = WordBlock.Keys(Split, "#StopTheWar now");
        var written = WordBlock.Keys(Split with { SplitWords = false }, "stop the war now");

        Assert.Equal(written, compound.Where(written.Contains).Order().ToArray());
        Assert.Equal(5, compound.Length); // stopthewar, now, and its three parts
    }

    [Fact]
    public void Extract_SplitWordsOff_AddsNoParts()
    {
        Assert.Equal(2, WordBlock.Keys(Split with { SplitWords = false }, "#StopTheWar now").Length);
    }

    [Fact]
    public void Extract_StanceWithSplitWords_CrossesThePartsWithTheTarget()
    {
        var aliases = new AliasTable(new Dictionary<string, IReadOnlyList<string>>());
        var sink = new FeatureSink();

        new TextFeaturizer(Split, lexicon: null, aliases).Extract("#StopTheWar now", TargetContext.Create("Russia", aliases), sink);
        var crossed = sink.Keys[sink.BlockRange(FeatureBlock.TargetWord)].ToArray();
        new TextFeaturizer(Split with { SplitWords = false }, lexicon: null, aliases).Extract("#StopTheWar now", TargetContext.Create("Russia", aliases), sink);
        var unsplit = sink.Keys[sink.BlockRange(FeatureBlock.TargetWord)].ToArray();

        Assert.Equal(5, crossed.Length);
        Assert.Equal(2, unsplit.Length);
        Assert.Subset(crossed.ToHashSet(), unsplit.ToHashSet());
    }

    [Fact]
    public void Extract_SplitWordsOn_GivesEachPartItsOwnSpanInsideTheWord()
    {
        const string text = "Rally: #StopTheWar";
        var sink = new FeatureSink { Trace = new List<(int Start, int End)>() };

        FeatureExtractor.Extract(Split, text, sink);

        var range = sink.BlockRange(FeatureBlock.Word);
        var spans = sink.Trace.Skip(range.Start.Value).Take(range.End.Value - range.Start.Value).Select(s => text[s.Start..s.End]);
        Assert.Equal(["Rally", "StopTheWar", "Stop", "The", "War"], spans);
    }
}
