using Microsoft.ML;
using Microsoft.ML.Data;

namespace Classifier.Training.Training;

/// <summary>One featurised training row as ML.NET sees it: the label name and a sparse vector.</summary>
internal sealed class FeatureRow
{
    public string Label { get; set; } = string.Empty;

    public VBuffer<float> Features { get; set; }

    public float Weight { get; set; } = 1f;

    /// <summary>The column holding the label as a key, whose values follow the model's label order.</summary>
    public const string LabelKey = "LabelKey";

    /// <summary>An <see cref="IDataView"/> over rows whose vectors have <paramref name="dimension"/> slots.</summary>
    public static IDataView ToDataView(MLContext ml, IEnumerable<FeatureRow> rows, int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>Maps <see cref="Label"/> to <see cref="LabelKey"/> with key i+1 for <c>labels[i]</c>, so class i of the model is labels[i].</summary>
    public static IEstimator<ITransformer> LabelToKey(MLContext ml, IReadOnlyList<string> labels) =>
        ml.Transforms.Conversion.MapValueToKey(LabelKey, nameof(Label),
            keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByOccurrence,
            keyData: ml.Data.LoadFromEnumerable(labels.Select(l => new LabelName { Label = l })));

    private sealed class LabelName
    {
        public string Label { get; set; } = string.Empty;
    }
}
