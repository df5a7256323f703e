using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// <see cref="TrainingVectors.Vectorize"/> extracts and vectorises every row into one set of arrays, a block of rows at a
/// time: the rows must be the vectors each row gets alone (<see cref="TrainingVectors.VectorizeRows"/>), in order. The
/// vocabulary is counted from rows extracted a batch at a time: it must be the one every row's keys held at once give.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class TrainingVectorsTests(TrainingFixture fixture)
{
    [Theory]
    [InlineData(false)] // extracted afresh for each pass, as for many rows
    [InlineData(true)] // from the keys the vocabulary was counted from, as when they are few enough to keep (TrainingVectors.KeepKeysShare)
    public void Vectorize_MoreRowsThanABlock_SameVectorsAsEachRowAlone(bool fromKeys)
    {
        var model = fixture.Model;
        var examples = fixture.Train.Examples;
        Assert.True(examples.Count > 3000, $"{examples.Count} rows");
        var source = Source(model.Info.Featurizer);
        var keys = TrainingVectors.Extract(examples, source);
        var alone = TrainingVectors.VectorizeRows(examples, keys, model.Vocabulary, model.Info.Featurizer);

        var rows = TrainingVectors.Vectorize(examples, fromKeys ? keys : null, source, model.Vocabulary, model.Info.Featurizer, model.Info.Labels);

        Assert.Equal(examples.Count, rows.Count);
        Assert.Equal(model.Vocabulary.Count, rows.Dimension);
        for (var i = 0; i < examples.Count; i++)
        {
            var (start, length) = (rows.Start[i], rows.Start[i + 1] - rows.Start[i]);
            Assert.Equal(alone[i].Label, model.Info.Labels[rows.Classes[i]]);
            Assert.Equal(1f, rows.Weights[i]);
            Assert.Equal(alone[i].Features.GetIndices().ToArray(), rows.Indices.AsSpan(start, length).ToArray());
            Assert.Equal(alone[i].Features.GetValues().ToArray(), rows.Values.AsSpan(start, length).ToArray());
        }
    }

    [Theory]
    [InlineData(1000, 1, 0)]
    [InlineData(999, 3, 0)]
    [InlineData(1024, 2, 20_000)]
    public void Build_ExamplesInBatches_SameVocabularyAsFromEveryRowsKeys(int batch, int shards, int maxFeatures)
    {
        var settings = fixture.Model.Info.Featurizer with { CharMinCount = 3, WordMinCount = 2, MaxFeatures = maxFeatures };
        var examples = fixture.Train.Examples;
        var source = Source(settings);
        var whole = VocabularyBuilder.Build(settings, TrainingVectors.Extract(examples, source), shards: 1);

        var batched = VocabularyBuilder.Build(settings, examples, source, batch, shards);

        Assert.True(examples.Count > 3 * batch, $"{examples.Count} rows");
        Assert.Equal(whole.Keys, batched.Keys);
        Assert.Equal(whole.Scales, batched.Scales);
    }

    [Theory]
    [InlineData(24L << 30, 1536L << 20)] // a 24 GiB machine keeps 1.5 GiB of keys: 200,000 tweet-length rows
    [InlineData(2L << 30, 128L << 20)] // a 2 GiB container, 128 MiB
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    public void KeepKeysBytes_ASixteenthOfTheAvailableMemory(long available, long expected) =>
        Assert.Equal(expected, TrainingVectors.KeepKeysBytes(available));

    [Fact]
    public void Bytes_IsWhatASnapshotAllocatesAndTheReferenceToIt()
    {
        var settings = fixture.Model.Info.Featurizer;
        var source = Source(settings);
        var sink = new FeatureSink();
        foreach (var example in fixture.Train.Examples.Take(200))
        {
            source.Extract(example, sink);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var keys = sink.Snapshot();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(allocated + 8, TrainingVectors.Bytes(keys));
        }
    }

    [Theory]
    [InlineData(100_000, 0L, false)] // one batch, exactly the keys' bytes: kept
    [InlineData(100_000, -1L, true)] // one batch, a byte fewer: dropped
    [InlineData(1000, -1L, true)] // batches: dropped at the latest once every row's bytes are known
    [InlineData(1000, long.MaxValue / 2, false)] // batches, plenty of room: kept, each row's keys in its place
    public void Build_KeepBytes_KeysKeptIfTheyFit_SameVocabularyEitherWay(int batch, long slack, bool dropped)
    {
        var settings = fixture.Model.Info.Featurizer;
        var examples = fixture.Train.Examples;
        var source = Source(settings);
        var all = TrainingVectors.Extract(examples, source);
        var whole = VocabularyBuilder.Build(settings, all, shards: 1);
        var bytes = all.Sum(TrainingVectors.Bytes);

        var vocabulary = VocabularyBuilder.Build(settings, examples, source, batch, shards: 2, bytes + slack, out var keys);

        Assert.True(examples.Count > 3000, $"{examples.Count} rows");
        Assert.Equal(whole.Keys, vocabulary.Keys);
        Assert.Equal(whole.Scales, vocabulary.Scales);
        if (dropped)
        {
            Assert.Null(keys);
            return;
        }

        Assert.NotNull(keys);
        Assert.Equal(all.Length, keys.Length);
        for (var i = 0; i < all.Length; i++)
        {
            Assert.Equal(all[i].Keys, keys[i].Keys);
            Assert.Equal(all[i].Ranges, keys[i].Ranges);
            Assert.Equal(all[i].Dense, keys[i].Dense);
        }
    }

    private FeatureSource Source(FeaturizerSettings settings)
    {
        var model = fixture.Model;
        return new FeatureSource(new TextFeaturizer(settings, model.Lexicon, new Classifier.Stance.AliasTable(model.Info.Aliases, model.Info.Representatives)));
    }
}
