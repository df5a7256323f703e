using Classifier.Features;

namespace Classifier.Model;

/// <summary>
/// Boosted regression trees per class, compiled from ML.NET's one-versus-all FastTree: their outputs are
/// added to a member's class scores. Nodes and leaves of all trees live in flat arrays; children are
/// local to their tree (a node index greater than the parent's, or <c>~leaf</c>), which the constructor
/// checks, so a walk always ends. Immutable; safe to share across threads.
/// </summary>
internal sealed class TreeEnsemble
{
    [ThreadStatic]
    private static (int[] Indices, float[] Values)? t_sorted;

    public TreeEnsemble(int classes, int features, int[] classStart, int[] nodeStart, int[] leafStart,
        int[] splitFeature, float[] threshold, int[] left, int[] right, float[] leafValue)
    {
        var trees = nodeStart.Length - 1;
        Require(classes >= 2 && classStart.Length == classes + 1 && classStart[0] == 0 && classStart[^1] == trees, "invalid tree ranges per class");
        Require(trees >= 0 && leafStart.Length == trees + 1 && nodeStart[0] == 0 && leafStart[0] == 0, "invalid tree offsets");
        for (var c = 0; c < classes; c++)
        {
            Require(classStart[c] <= classStart[c + 1], "invalid tree ranges per class");
        }

        var nodes = nodeStart[^1];
        Require(splitFeature.Length == nodes && threshold.Length == nodes && left.Length == nodes && right.Length == nodes && leafValue.Length == leafStart[^1], "arrays of mismatched lengths");
        for (var t = 0; t < trees; t++)
        {
            var (n0, n1, l0, l1) = (nodeStart[t], nodeStart[t + 1], leafStart[t], leafStart[t + 1]);
            Require(0 <= n0 && n0 <= n1 && n1 <= nodes && 0 <= l0 && l0 <= l1 && l1 <= leafValue.Length && l1 - l0 == n1 - n0 + 1, "a tree with invalid node and leaf counts");
            for (var n = n0; n < n1; n++)
            {
                Require(splitFeature[n] >= 0 && splitFeature[n] < features && !float.IsNaN(threshold[n]), "an invalid split");
                foreach (var child in new[] { left[n], right[n] })
                {
                    Require(child >= 0 ? child > n - n0 && child < n1 - n0 : ~child < l1 - l0, "an invalid child index");
                }
            }
        }

        foreach (var v in leafValue)
        {
            Require(float.IsFinite(v), "an invalid leaf value");
        }

        (Classes, Features, ClassStart, NodeStart, LeafStart) = (classes, features, classStart, nodeStart, leafStart);
        (SplitFeature, Threshold, Left, Right, LeafValue) = (splitFeature, threshold, left, right, leafValue);
    }

    public int Classes { get; }

    public int Features { get; }

    /// <summary>Trees of class c are [ClassStart[c], ClassStart[c + 1]).</summary>
    public int[] ClassStart { get; }

    /// <summary>Internal nodes of tree t are [NodeStart[t], NodeStart[t + 1]); a tree without nodes is one leaf.</summary>
    public int[] NodeStart { get; }

    /// <summary>Leaves of tree t are [LeafStart[t], LeafStart[t + 1]).</summary>
    public int[] LeafStart { get; }

    public int[] SplitFeature { get; }

    /// <summary>A feature value at or below the threshold goes left.</summary>
    public float[] Threshold { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    public float[] LeafValue { get; }

    /// <summary>Adds each class's summed tree outputs for <paramref name="x"/> to <paramref name="scores"/> (absent features are 0).</summary>
    public void AddScores(SparseVector x, Span<float> scores)
    {
        var scratch = t_sorted;
        if (scratch is null || scratch.Value.Indices.Length < x.Count)
        {
            scratch = (new int[Math.Max(256, x.Count)], new float[Math.Max(256, x.Count)]);
            t_sorted = scratch;
        }

        var indices = scratch.Value.Indices.AsSpan(0, x.Count);
        var values = scratch.Value.Values.AsSpan(0, x.Count);
        x.Indices.CopyTo(indices);
        x.Values.CopyTo(values);
        indices.Sort(values);
        for (var c = 0; c < Classes; c++)
        {
            var sum = 0.0;
            for (var t = ClassStart[c]; t < ClassStart[c + 1]; t++)
            {
                sum += LeafValue[LeafStart[t] + Leaf(t, indices, values)];
            }

            scores[c] += (float)sum;
        }
    }

    /// <summary>
    /// Adds to <paramref name="into"/>, for each feature of <paramref name="x"/> that class <paramref name="c"/>'s trees split
    /// on along <paramref name="x"/>'s path, how much its presence moves the class's summed tree output: per tree, the
    /// output with the feature minus the output with the feature set to 0, summed over trees and times
    /// <paramref name="scale"/>. Each feature is taken away alone, so the shares need not add up to the output.
    /// </summary>
    public void AddLeaveOneOut(SparseVector x, int c, double scale, Dictionary<int, double> into)
    {
        var indices = x.Indices.ToArray();
        var values = x.Values.ToArray();
        Array.Sort(indices, values);
        var onPath = new HashSet<int>();
        for (var t = ClassStart[c]; t < ClassStart[c + 1]; t++)
        {
            // Walk x's path once, noting the leaf it ends in and the features it splits on that x has.
            onPath.Clear();
            var full = LeafValue[LeafStart[t]];
            var n0 = NodeStart[t];
            for (var node = 0; NodeStart[t + 1] > n0;)
            {
                var g = n0 + node;
                var at = Array.BinarySearch(indices, SplitFeature[g]);
                var value = at >= 0 ? values[at] : 0f;
                if (value != 0)
                {
                    onPath.Add(SplitFeature[g]);
                }

                var next = value <= Threshold[g] ? Left[g] : Right[g];
                if (next < 0)
                {
                    full = LeafValue[LeafStart[t] + ~next];
                    break;
                }

                node = next;
            }

            foreach (var f in onPath)
            {
                var without = LeafValue[LeafStart[t] + Leaf(t, indices, values, without: f)];
                into[f] = into.GetValueOrDefault(f) + (scale * (full - without));
            }
        }
    }

    private int Leaf(int tree, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, int without = -1)
    {
        var n0 = NodeStart[tree];
        if (NodeStart[tree + 1] == n0)
        {
            return 0;
        }

        var node = 0;
        while (true)
        {
            var g = n0 + node;
            var at = SplitFeature[g] == without ? -1 : indices.BinarySearch(SplitFeature[g]);
            var value = at >= 0 ? values[at] : 0f;
            var next = value <= Threshold[g] ? Left[g] : Right[g];
            if (next < 0)
            {
                return ~next;
            }

            node = next;
        }
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidDataException($"trees.bin has {what}");
        }
    }
}
