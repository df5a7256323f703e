using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// <see cref="TrainingVectors.Vectorize"/> writes every row's vector into one set of arrays, a block of rows at a time:
/// the rows must be the vectors each row gets alone (<see cref="TrainingVectors.VectorizeRows"/>), in order.
/// </summary>
[Collection(TrainingCollection.Name)]
public sealed class TrainingVectorsTests(TrainingFixture fixture)
{
    [Fact]
    public void Vectorize_MoreRowsThanABlock_SameVectorsAsEachRowAlone()
    {
        var model = fixture.Model;
        var examples = fixture.Train.Examples;
        Assert.True(examples.Count > 3000, $"{examples.Count} rows");
        var source = new FeatureSource(new TextFeaturizer(model.Info.Featurizer, model.Lexicon, new Classifier.Stance.AliasTable(model.Info.Aliases, model.Info.Representatives)));
        var keys = TrainingVectors.Extract(examples, source);
        var alone = TrainingVectors.VectorizeRows(examples, keys, model.Vocabulary, model.Info.Featurizer);

        var rows = TrainingVectors.Vectorize(examples, keys, model.Vocabulary, model.Info.Featurizer, model.Info.Labels);

        Assert.All(keys, Assert.Null); // dropped once used
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
}
