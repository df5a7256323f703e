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
    [InlineData(true)] // from the keys the vocabulary was counted from, as for few rows (TrainingVectors.KeepKeysRows)
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

    private FeatureSource Source(FeaturizerSettings settings)
    {
        var model = fixture.Model;
        return new FeatureSource(new TextFeaturizer(settings, model.Lexicon, new Classifier.Stance.AliasTable(model.Info.Aliases, model.Info.Representatives)));
    }
}
