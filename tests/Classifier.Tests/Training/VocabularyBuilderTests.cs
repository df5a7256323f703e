using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>The vocabulary is counted on several threads, one shard of keys each: the result must not depend on how many.</summary>
public sealed class VocabularyBuilderTests
{
    private static readonly string[] Texts =
    [
        "Exports rose for a third month as demand recovered.",
        "The ministry said exports fell sharply in May.",
        "Talks resumed in Geneva after a two-week pause.",
        "Unemployment fell to its lowest level in a decade.",
        "Analysts said the talks were unlikely to succeed.",
        "Demand for steel recovered in the second quarter.",
    ];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Build_SeveralShards_GivesTheSingleThreadedVocabulary(int shards)
    {
        var settings = new FeaturizerSettings { CharMinCount = 2, WordMinCount = 2 };
        var rows = Rows(settings);

        var one = VocabularyBuilder.Build(settings, rows, shards: 1);
        var many = VocabularyBuilder.Build(settings, rows, shards);

        Assert.NotEmpty(one.Keys);
        Assert.Equal(one.Keys, many.Keys);
        Assert.Equal(one.Scales, many.Scales);
    }

    [Fact]
    public void Build_MaxFeatures_KeepsTheMostWidespreadWhateverTheShards()
    {
        var settings = new FeaturizerSettings { CharMinCount = 1, WordMinCount = 1, MaxFeatures = 1_000 };
        // 40 corpus sentences: the six texts have fewer features than the smallest cap MaxFeatures allows (1,000).
        var rows = Rows(settings, File.ReadLines(TestPaths.Data("sentiment", "train.tsv")).Skip(1).Take(40).Select(l => l.Split('\t')[0]));
        var all = VocabularyBuilder.Build(settings with { MaxFeatures = 0 }, rows, shards: 1);
        Assert.True(all.Count > 1_000, "the texts must have more features than the cap for this test to mean anything");

        var one = VocabularyBuilder.Build(settings, rows, shards: 1);
        var three = VocabularyBuilder.Build(settings, rows, shards: 3);

        Assert.Equal(1_000, one.Count);
        Assert.Equal(one.Keys, three.Keys);
        // The cap keeps the commonest: the smallest scale (highest document frequency) of all survives it.
        Assert.Contains(all.Scales.Min(), one.Scales);
    }

    [Fact]
    public void Build_MinCount_DropsKeysInFewerDocuments()
    {
        var settings = new FeaturizerSettings { CharNgramMax = 0, WordNgramMax = 1, WordMinCount = 2, UseLexicon = false, MarkNegation = false };
        var rows = Rows(settings);

        var vocabulary = VocabularyBuilder.Build(settings, rows, shards: 3);

        Assert.True(vocabulary.IndexOf(FeatureHash.Key(FeatureHash.Token("exports"), FeatureBlocks.Seed(FeatureBlock.Word))) >= 0);
        Assert.True(vocabulary.IndexOf(FeatureHash.Key(FeatureHash.Token("geneva"), FeatureBlocks.Seed(FeatureBlock.Word))) < 0);
    }

    [Fact]
    public void Build_WordVectors_PutsTheDimensionsFirstInOrderAndTheRestByKey()
    {
        var settings = new FeaturizerSettings { WordVectors = true, WordMinCount = 2 };

        var vocabulary = VocabularyBuilder.Build(settings, Rows(settings), shards: 3);

        var dimensions = WordVectors.Default.Dimensions;
        Assert.Equal(FeatureExtractor.VectorKeys[..dimensions], vocabulary.Keys[..dimensions]);
        Assert.Equal(vocabulary.Keys[dimensions..].Order(), vocabulary.Keys[dimensions..]);
        Assert.All(vocabulary.Scales[..dimensions], s => Assert.Equal(1f, s)); // in every text: idf 1
    }

    [Fact]
    public void Build_TargetCrossedWordVectors_CountsEachTargetsRowsForItsDimensions()
    {
        var settings = new FeaturizerSettings { WordVectors = true };
        var aliases = new Classifier.Stance.AliasTable(new Dictionary<string, IReadOnlyList<string>>());
        var featurizer = new TextFeaturizer(settings, lexicon: null, aliases);
        var sink = new FeatureSink();
        var rows = Texts.Select((text, i) =>
        {
            featurizer.Extract(text, Classifier.Stance.TargetContext.Create(i < 2 ? "Japan" : "Chile", aliases), sink);
            return sink.Snapshot();
        }).ToList();
        var japanKey = rows[0].Keys[rows[0].Ranges[(int)FeatureBlock.TargetVector].Start];
        var chileKey = rows[2].Keys[rows[2].Ranges[(int)FeatureBlock.TargetVector].Start];

        var vocabulary = VocabularyBuilder.Build(settings, rows, shards: 2);

        // Smoothed idf, ln((1 + n) / (1 + df)) + 1: Japan's dimensions are in 2 of the 6 rows, Chile's in 4.
        vocabulary.IndexOf(japanKey, out var japan);
        vocabulary.IndexOf(chileKey, out var chile);
        Assert.Equal((float)(Math.Log(7.0 / 3) + 1), japan, 5);
        Assert.Equal((float)(Math.Log(7.0 / 5) + 1), chile, 5);
        Assert.Equal(2 * WordVectors.Default.Dimensions, vocabulary.Keys.Count(k => rows.Any(r => r.Keys.AsSpan(r.Ranges[(int)FeatureBlock.TargetVector].Start, WordVectors.Default.Dimensions).Contains(k))));
    }

    private static List<FeatureKeys> Rows(FeaturizerSettings settings, IEnumerable<string>? texts = null)
    {
        var sink = new FeatureSink();
        return (texts ?? Texts).Select(text =>
        {
            FeatureExtractor.Extract(settings, text, sink);
            return sink.Snapshot();
        }).ToList();
    }
}
