using System.Text;
using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Tests.Features;

/// <summary>The built-in word vectors (<see cref="WordVectors"/>) and the blocks they become (<see cref="FeaturizerSettings.WordVectors"/>).</summary>
public sealed class WordVectorsTests
{
    private static readonly WordVectors Table = WordVectors.Default;

    [Fact]
    public void Default_BuiltInTable_Has128DimensionsForEveryWordPieceToken()
    {
        Assert.Equal(128, Table.Dimensions);
        Assert.Equal(29_523, Table.Count);
    }

    [Fact]
    public void TableDimensions_ReadFromTheHeaderAlone_EqualsTheLoadedTables() =>
        Assert.Equal(WordVectors.Default.Dimensions, WordVectors.TableDimensions);

    [Fact]
    public void AddWord_WholeWord_AddsItsOwnNonZeroVector()
    {
        var economy = Word("economy");

        Assert.Contains(economy, v => v != 0);
        Assert.NotEqual(economy, Word("hotel"));
    }

    [Fact]
    public void AddWord_PiecesFewerThanWholeWords_AddsTheMeanOfItsGreedyPieces()
    {
        // "feminists" is not a token: BERT splits it into "feminist" and "##s"; whole words of two or more letters need three ("fe", "mini", "sts").
        var feminist = Word("feminist");
        var s = Word("##s");

        var feminists = Word("feminists");

        for (var d = 0; d < Table.Dimensions; d++)
        {
            Assert.Equal((feminist[d] + s[d]) / 2, feminists[d], 5);
        }
    }

    [Fact]
    public void AddWord_CompoundOfWholeWords_AddsTheMeanOfThoseWordsNotOfTheirPieces()
    {
        // WordPiece would give "stop", "##the", "##war".
        var (stop, the, war) = (Word("stop"), Word("the"), Word("war"));

        var compound = Word("stopthewar");

        for (var d = 0; d < Table.Dimensions; d++)
        {
            Assert.Equal((stop[d] + the[d] + war[d]) / 3, compound[d], 5);
        }

        Assert.NotEqual(Word("##war"), war);
    }

    [Theory]
    [InlineData("ⱥⱥ")]
    [InlineData("ⱥeconomy")]
    public void AddWord_NoPiecesCoverTheWord_ReturnsFalseAndAddsNothing(string word)
    {
        var sum = new float[Table.Dimensions];

        Assert.False(Table.AddWord(word, sum));
        Assert.All(sum, v => Assert.Equal(0f, v));
    }

    [Theory]
    [InlineData("the", 997)] // WordPiece id 1996, after 999 bracketed special tokens
    [InlineData("economy", 3611)]
    [InlineData("!", 0)]
    public void AddWord_ZipfWeighting_ScalesTheVectorByLnOfOnePlusItsRank(string word, int row)
    {
        var plain = Word(word);

        var weighted = Word(word, zipfWeighting: true);

        var expected = Math.Log(2 + row); // rank = row + 1
        Assert.Equal(expected, WordVectors.ZipfWeight(row), 5);
        for (var d = 0; d < Table.Dimensions; d++)
        {
            Assert.Equal(plain[d] * expected, weighted[d], Math.Abs(plain[d] * expected) * 1e-5 + 1e-6);
        }
    }

    [Fact]
    public void AddWord_ZipfWeightingOnACompound_AddsTheMeanOfItsPartsWeighted()
    {
        var (stop, the, war) = (Word("stop", true), Word("the", true), Word("war", true));

        var compound = Word("stopthewar", zipfWeighting: true);

        for (var d = 0; d < Table.Dimensions; d++)
        {
            Assert.Equal((stop[d] + the[d] + war[d]) / 3, compound[d], 5);
        }
    }

    [Fact]
    public void TextVector_ZipfWeighting_MovesTheMeanTowardTheRarerWord()
    {
        const string text = "the the the the sanctions";
        var sanctions = Word("sanctions");

        var plain = TextVector(text).Vector;
        var weighted = TextVector(text, zipfWeighting: true).Vector;

        Assert.True(Cosine(weighted, sanctions) > Cosine(plain, sanctions) + 0.01, $"{Cosine(weighted, sanctions)} vs {Cosine(plain, sanctions)}");
        Assert.Equal(1.0, Math.Sqrt(weighted.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void TextVector_KnownWords_IsUnitLengthAndCountsThem()
    {
        var (vector, found) = TextVector("The central bank raised interest rates again.");

        Assert.Equal(7, found);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void TextVector_NoKnownWord_IsZero()
    {
        var (vector, found) = TextVector("ⱥⱥ ⱥⱥⱥ");

        Assert.Equal(0, found);
        Assert.All(vector, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void TextVector_SentencesWithRelatedWords_AreCloserThanUnrelatedOnes()
    {
        var protest = TextVector("Thousands of demonstrators marched against the government.").Vector;
        var rally = TextVector("Crowds of protesters rallied in the capital.").Vector;
        var harvest = TextVector("Farmers expect a record wheat harvest this summer.").Vector;

        Assert.True(Cosine(protest, rally) > Cosine(protest, harvest) + 0.1,
            $"protest~rally {Cosine(protest, rally):F3}, protest~harvest {Cosine(protest, harvest):F3}");
    }

    [Fact]
    public void Load_NotATable_ThrowsInvalidDataException()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("PK\u0003\u0004 not a table"));

        Assert.Throws<InvalidDataException>(() => WordVectors.Load(stream));
    }

    [Fact]
    public void Load_StreamThatIsNotTheMappedResource_ReadsTheSameVectors()
    {
        var copy = new MemoryStream(ResourceBytes());

        var loaded = WordVectors.Load(copy);

        var (expected, actual) = (new float[Table.Dimensions], new float[Table.Dimensions]);
        Assert.True(Table.AddWord("embassy", expected));
        Assert.True(loaded.AddWord("embassy", actual));
        Assert.Equal(expected, actual);
        Assert.Equal(Table.Count, loaded.Count);
    }

    [Fact]
    public void Load_TruncatedTable_ThrowsInvalidDataExceptionSayingWhatIsMissing()
    {
        var bytes = ResourceBytes();

        var ex = Assert.Throws<InvalidDataException>(() => WordVectors.Load(new MemoryStream(bytes[..^128])));

        Assert.Contains("value bytes", ex.Message);
    }

    private static byte[] ResourceBytes()
    {
        using var resource = typeof(WordVectors).Assembly.GetManifestResourceStream("Classifier.Resources.word-vectors.bin")!;
        using var memory = new MemoryStream();
        resource.CopyTo(memory);
        return memory.ToArray();
    }

    [Fact]
    public void Extract_WordVectorsOn_EmitsOneKeyPerDimensionCarryingTheTextVector()
    {
        const string text = "Exports fell sharply in May.";
        var sink = new FeatureSink();

        FeatureExtractor.Extract(new FeaturizerSettings { WordVectors = true }, text, sink);

        var range = sink.BlockRange(FeatureBlock.Vector);
        Assert.Equal(Table.Dimensions, range.End.Value - range.Start.Value);
        Assert.Equal(Table.Dimensions, sink.Keys[range].ToArray().Distinct().Count());
        Assert.Equal(TextVector(text).Vector, sink.Dense.AsSpan(0, sink.DenseCount).ToArray());
    }

    [Fact]
    public void Extract_WordVectorsOff_EmitsNoVectorBlock()
    {
        var sink = new FeatureSink();

        FeatureExtractor.Extract(new FeaturizerSettings(), "Exports fell sharply in May.", sink);

        Assert.Equal(0, sink.DenseCount);
        Assert.Equal(0, sink.BlockRange(FeatureBlock.Vector).End.Value);
    }

    [Fact]
    public void Extract_StanceWithWordVectors_CrossesTheVectorWithTheTarget()
    {
        var aliases = new AliasTable(new Dictionary<string, IReadOnlyList<string>>());
        var featurizer = new TextFeaturizer(new FeaturizerSettings { WordVectors = true }, lexicon: null, aliases);
        var sink = new FeatureSink();

        featurizer.Extract("Seoul welcomed the offer.", TargetContext.Create("South Korea", aliases), sink);
        var korea = sink.Keys[sink.BlockRange(FeatureBlock.TargetVector)].ToArray();
        featurizer.Extract("Seoul welcomed the offer.", TargetContext.Create("Japan", aliases), sink);
        var japan = sink.Keys[sink.BlockRange(FeatureBlock.TargetVector)].ToArray();

        Assert.Equal(Table.Dimensions, korea.Length);
        Assert.Empty(korea.Intersect(japan));
    }

    [Fact]
    public void Vectorize_DenseBlock_TakesTheVectorTimesTheWeightWithoutIdf()
    {
        const string text = "Exports fell sharply in May.";
        var settings = new FeaturizerSettings { WordVectors = true, VectorWeight = 0.5f, WordNgramMax = 1, CharNgramMax = 0 };
        var sink = new FeatureSink();
        FeatureExtractor.Extract(settings, text, sink);
        var keys = sink.Keys[sink.BlockRange(FeatureBlock.Vector)].ToArray();
        var vocabulary = new FeatureVocabulary(keys, Enumerable.Repeat(3f, keys.Length).ToArray());
        var vector = new SparseVector();

        Vectorizer.Vectorize(settings, vocabulary, sink, vector, new IndexCounter());

        var expected = TextVector(text).Vector;
        Assert.Equal(keys.Length, vector.Count);
        for (var j = 0; j < vector.Count; j++)
        {
            Assert.Equal(expected[vector.Indices[j]] * 0.5f, vector.Values[j], 6);
        }
    }

    [Fact]
    public void DenseIndices_KnownBlock_LooksUpOnceAndUnknownBlockReturnsNull()
    {
        var keys = FeatureExtractor.VectorKeys[..Table.Dimensions];
        var vocabulary = new FeatureVocabulary([.. keys.Reverse()], Enumerable.Repeat(1f, keys.Length).ToArray());

        var first = vocabulary.DenseIndices(keys);
        var second = vocabulary.DenseIndices(keys);

        Assert.Equal(Enumerable.Range(0, keys.Length).Reverse(), first!);
        Assert.Same(first, second);
        Assert.Null(vocabulary.DenseIndices(FeatureExtractor.VectorKeys[Table.Dimensions..]));
    }

    [Fact]
    public void Replay_SnapshotWithVector_RestoresTheDenseValues()
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(new FeaturizerSettings { WordVectors = true }, "Exports fell sharply in May.", sink);
        var snapshot = sink.Snapshot();
        var other = new FeatureSink();

        other.Replay(snapshot);

        Assert.Equal(sink.Dense.AsSpan(0, sink.DenseCount).ToArray(), other.Dense.AsSpan(0, other.DenseCount).ToArray());
    }

    private static float[] Word(string word)
    {
        var sum = new float[Table.Dimensions];
        Assert.True(Table.AddWord(word, sum), word);
        return sum;
    }

    private static float[] Word(string word, bool zipfWeighting)
    {
        var sum = new float[Table.Dimensions];
        Assert.True(Table.AddWord(word, sum, zipfWeighting), word);
        return sum;
    }

    private static (float[] Vector, int Found) TextVector(string text, bool zipfWeighting = false)
    {
        var sink = new FeatureSink();
        FeatureExtractor.Extract(new FeaturizerSettings(), text, sink);
        var vector = new float[Table.Dimensions];
        var found = Table.TextVector(sink, vector, zipfWeighting);
        return (vector, found);
    }

    private static double Cosine(float[] a, float[] b) =>
        a.Zip(b, (x, y) => (double)x * y).Sum() / Math.Sqrt(a.Sum(x => (double)x * x) * b.Sum(x => (double)x * x));
}
