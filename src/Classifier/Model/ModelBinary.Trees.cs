using System.Runtime.InteropServices;

namespace Classifier.Model;

/// <summary>The layout of <c>trees.bin</c>: the boosted trees of the members that have them.</summary>
internal static partial class ModelBinary
{
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
}
