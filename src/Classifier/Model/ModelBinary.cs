using System.Runtime.InteropServices;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>Little-endian binary layouts of <c>vocabulary.bin</c>, <c>weights.bin</c> and the optional <c>trees.bin</c> and <c>topics.bin</c>.</summary>
internal static class ModelBinary
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

    /// <summary>The boosted trees of the members that have them, or null when none has.</summary>
    public static byte[]? WriteTrees(ModelWeights weights)
    {
        if (weights.Members.All(m => m.Trees is null))
        {
            return null;
        }

        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(TreesMagic);
        w.Write(Version);
        w.Write(weights.Members.Count(m => m.Trees is not null));
        for (var i = 0; i < weights.Members.Length; i++)
        {
            if (weights.Members[i].Trees is not { } t)
            {
                continue;
            }

            w.Write(i);
            w.Write(t.NodeStart.Length - 1);
            foreach (var array in new[] { t.ClassStart, t.NodeStart, t.LeafStart, t.SplitFeature, t.Left, t.Right })
            {
                w.Write(MemoryMarshal.AsBytes(array.AsSpan()));
            }

            w.Write(MemoryMarshal.AsBytes(t.Threshold.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(t.LeafValue.AsSpan()));
        }

        w.Flush();
        return ms.ToArray();
    }

    /// <summary>Attaches the trees in <paramref name="bytes"/> to their members of <paramref name="weights"/>.</summary>
    public static ModelWeights ReadTrees(byte[] bytes, ModelWeights weights)
    {
        var r = new SpanReader(bytes, "trees.bin");
        r.Expect(TreesMagic, Version);
        var members = (LinearModel[])weights.Members.Clone();
        var count = r.Int32();
        if (count < 1 || count > members.Length)
        {
            throw new InvalidDataException($"trees.bin declares trees for {count} members; the model has {members.Length}");
        }

        for (var k = 0; k < count; k++)
        {
            var i = r.Int32();
            if (i < 0 || i >= members.Length || members[i].Trees is not null || !ReferenceEquals(members[i], weights.Members[i]))
            {
                throw new InvalidDataException($"trees.bin names member {i}, which is out of range or repeated");
            }

            var m = members[i];
            var trees = r.Int32();
            if (trees is < 0 or > 1_000_000)
            {
                throw new InvalidDataException($"trees.bin declares {trees} trees");
            }

            var classStart = r.Array<int>(m.Classes + 1);
            var nodeStart = r.Array<int>(trees + 1);
            var leafStart = r.Array<int>(trees + 1);
            var nodes = nodeStart[^1];
            var feature = r.Array<int>(nodes);
            var left = r.Array<int>(nodes);
            var right = r.Array<int>(nodes);
            var threshold = r.Array<float>(nodes);
            var leaves = r.Array<float>(leafStart[^1]);
            members[i] = new LinearModel(m.Classes, m.Features, m.Weights, m.Bias, m.Output, m.Sigmoid)
            {
                Trees = new TreeEnsemble(m.Classes, m.Features, classStart, nodeStart, leafStart, feature, threshold, left, right, leaves),
            };
        }

        r.End();
        return new ModelWeights(members, weights.Temperature);
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

    /// <summary>
    /// <c>topics.bin</c> (<see cref="Stance.IssueTopics"/>): the vector length and issue count; per issue its canonical name
    /// (UTF-8, length-prefixed) and centroid count; then every centroid's values as half-precision floats, issue by issue.
    /// </summary>
    public static byte[] WriteTopics(Stance.IssueTopics topics)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write(TopicsMagic);
        w.Write(Version);
        w.Write(topics.Dimensions);
        w.Write(topics.Targets.Count);
        for (var t = 0; t < topics.Targets.Count; t++)
        {
            var name = System.Text.Encoding.UTF8.GetBytes(topics.Targets[t]);
            w.Write(name.Length);
            w.Write(name);
            w.Write(topics.CentroidCount(t));
        }

        for (var t = 0; t < topics.Targets.Count; t++)
        {
            for (var k = 0; k < topics.CentroidCount(t); k++)
            {
                foreach (var v in topics.Centroid(t, k))
                {
                    w.Write((Half)v);
                }
            }
        }

        w.Flush();
        return ms.ToArray();
    }

    public static Stance.IssueTopics ReadTopics(byte[] bytes)
    {
        const string entry = "topics.bin";
        var r = new SpanReader(bytes, entry);
        r.Expect(TopicsMagic, Version);
        var dimensions = r.Int32();
        var count = r.Int32();
        if (dimensions is <= 0 or > 4096 || count < 0 || count > bytes.Length)
        {
            throw new InvalidDataException($"{entry} declares {count} issues of {dimensions} dimensions");
        }

        var heads = new (string Name, int Centroids)[count];
        for (var t = 0; t < count; t++)
        {
            var name = r.Utf8();
            var centroids = r.Int32();
            if (centroids is <= 0 or > 1024)
            {
                throw new InvalidDataException($"{entry} gives the issue '{name}' {centroids} centroids");
            }

            heads[t] = (name, centroids);
        }

        var topics = new List<(string, float[][])>(count);
        foreach (var (name, centroids) in heads)
        {
            var vectors = new float[centroids][];
            for (var k = 0; k < centroids; k++)
            {
                vectors[k] = Array.ConvertAll(r.Array<Half>(dimensions), h => (float)h);
                RequireFinite(vectors[k], entry);
            }

            topics.Add((name, vectors));
        }

        r.End();
        try
        {
            return new Stance.IssueTopics(topics, dimensions);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{entry}: {ArgumentMessages.Sentence(ex)}", ex);
        }
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

    private ref struct SpanReader(ReadOnlySpan<byte> bytes, string entry)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public void Expect(int magic, int version)
        {
            if (Int32() != magic)
            {
                throw new InvalidDataException($"{entry} has the wrong signature");
            }

            var v = Int32();
            if (v != version)
            {
                throw new InvalidDataException($"{entry} has layout version {v}; this library reads version {version}");
            }
        }

        public int Int32() => MemoryMarshal.Read<int>(Take(sizeof(int)));

        public float Single() => MemoryMarshal.Read<float>(Take(sizeof(float)));

        /// <summary>A UTF-8 string prefixed by its byte length.</summary>
        public string Utf8()
        {
            var length = Int32();
            if (length < 0)
            {
                throw new InvalidDataException($"{entry} declares a negative string length");
            }

            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Take(length));
        }

        public T[] Array<T>(int count)
            where T : unmanaged
        {
            if (count < 0)
            {
                throw new InvalidDataException($"{entry} declares a negative count");
            }

            var size = checked(count * Marshal.SizeOf<T>());
            return MemoryMarshal.Cast<byte, T>(Take(size)).ToArray();
        }

        public readonly void End()
        {
            if (!_rest.IsEmpty)
            {
                throw new InvalidDataException($"{entry} has {_rest.Length} unexpected trailing bytes");
            }
        }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n > _rest.Length)
            {
                throw new InvalidDataException($"{entry} is truncated");
            }

            var head = _rest[..n];
            _rest = _rest[n..];
            return head;
        }
    }
}
