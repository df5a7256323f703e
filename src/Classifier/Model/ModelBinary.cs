using System.Runtime.InteropServices;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>Little-endian binary layouts of <c>vocabulary.bin</c>, <c>weights.bin</c> and the optional <c>trees.bin</c> and <c>topics.bin</c>.</summary>
internal static partial class ModelBinary
{
    private const int VocabularyMagic = 0x4F564C43; // "CLVO"
    private const int WeightsMagic = 0x45574C43;    // "CLWE"
    private const int TreesMagic = 0x52544C43;      // "CLTR"
    private const int TopicsMagic = 0x4F544C43;     // "CLTO"
    private const int Version = 1;

    public static byte[] WriteVocabulary(FeatureVocabulary vocabulary)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(VocabularyMagic);
        w.Write(Version);
        w.Write(vocabulary.Count);
        w.Write(MemoryMarshal.AsBytes(vocabulary.Keys.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(vocabulary.Scales.AsSpan()));
        w.Flush();
        return ms.ToArray();
    }

    public static FeatureVocabulary ReadVocabulary(byte[] bytes)
    {
        var r = new SpanReader(bytes, "vocabulary.bin");
        r.Expect(VocabularyMagic, Version);
        var count = r.Int32();
        var keys = r.Array<ulong>(count);
        var scales = r.Array<float>(count);
        r.End();
        RequireFinite(scales, "vocabulary.bin");
        return new FeatureVocabulary(keys, scales);
    }

    public static byte[] WriteWeights(ModelWeights weights)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(WeightsMagic);
        w.Write(Version);
        w.Write(weights.Members.Length);
        w.Write(weights.Temperature);
        foreach (var member in weights.Members)
        {
            WriteMember(w, member);
        }

        w.Flush();
        return ms.ToArray();
    }

    public static ModelWeights ReadWeights(byte[] bytes)
    {
        var r = new SpanReader(bytes, "weights.bin");
        r.Expect(WeightsMagic, Version);
        var count = r.Int32();
        if (count is < 1 or > 64)
        {
            throw new InvalidDataException($"weights.bin declares {count} members; 1 to 64 are allowed");
        }

        var temperature = r.Single();
        if (!(temperature is > 0 and <= 100))
        {
            throw new InvalidDataException($"weights.bin declares temperature {temperature}; it must be in (0, 100]");
        }

        var members = new LinearModel[count];
        for (var i = 0; i < count; i++)
        {
            members[i] = ReadMember(ref r);
        }

        r.End();
        return new ModelWeights(members, temperature);
    }

    private static void WriteMember(BinaryWriter w, LinearModel model)
    {
        w.Write(model.Classes);
        w.Write(model.Features);
        w.Write((int)model.Output);
        w.Write(MemoryMarshal.AsBytes(model.Bias.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(model.Weights.AsSpan()));
        if (model.Sigmoid is { } sigmoid)
        {
            w.Write(MemoryMarshal.AsBytes(sigmoid.AsSpan()));
        }
    }

    private static LinearModel ReadMember(ref SpanReader r)
    {
        var classes = r.Int32();
        var features = r.Int32();
        var output = (OutputKind)r.Int32();
        if (classes is < 2 or > 16 || !Enum.IsDefined(output))
        {
            throw new InvalidDataException($"weights.bin declares {classes} classes and output kind {(int)output}");
        }

        var bias = r.Array<float>(classes);
        var weights = r.Array<float>(checked(classes * features));
        var sigmoid = output == OutputKind.NormalizedSigmoid ? r.Array<float>(classes * 2) : null;
        RequireFinite(bias, "weights.bin");
        RequireFinite(weights, "weights.bin");
        RequireFinite(sigmoid ?? [], "weights.bin");
        return new LinearModel(classes, features, weights, bias, output, sigmoid);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void RequireFinite(float[] values, string entry)
    {
        foreach (var v in values)
        {
            if (!float.IsFinite(v))
            {
                throw new InvalidDataException($"{entry} holds a non-finite number");
            }
        }
    }
}
