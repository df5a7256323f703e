using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Stance;

/// <summary>
/// Where each issue a stance model trained on lies in word-vector space: up to a few unit centroids of its training
/// sentences' vectors (<see cref="Features.FeaturizerSettings.UntouchedIssueMargin"/>), stored in the model as
/// <c>topics.bin</c>. Immutable; safe to share between threads.
/// </summary>
internal sealed class IssueTopics
{
    /// <summary>How far none's log-probability is raised toward an issue a text does not touch (its odds about 55-fold).</summary>
    public const double NoneShift = 4.0;

    /// <summary>The most centroids training keeps per issue.</summary>
    public const int MaxCentroids = 8;

    private readonly Dictionary<string, int> _index;
    private readonly int[] _starts;
    private readonly float[] _centroids;

    /// <summary>The centroids dimension-major: dimension d of every centroid in a row, padded to whole vectors.</summary>
    private readonly float[] _byDimension;

    /// <param name="topics">Each issue by its canonical name, with its centroids (each <paramref name="dimensions"/> long, unit length).</param>
    /// <param name="dimensions">The word vectors' length.</param>
    /// <exception cref="ArgumentException">A name twice, an issue without centroids, or a centroid of the wrong length or not finite.</exception>
    public IssueTopics(IReadOnlyList<(string Target, float[][] Centroids)> topics, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        Dimensions = dimensions;
        Targets = topics.Select(t => t.Target).ToArray();
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        _starts = new int[topics.Count + 1];
        var rows = new List<float>();
        for (var t = 0; t < topics.Count; t++)
        {
            var (target, centroids) = topics[t];
            if (!_index.TryAdd(target, t))
            {
                throw new ArgumentException($"the issue '{target}' is listed twice", nameof(topics));
            }

            if (centroids.Length == 0)
            {
                throw new ArgumentException($"the issue '{target}' has no centroids", nameof(topics));
            }

            foreach (var c in centroids)
            {
                if (c.Length != dimensions || c.Any(v => !float.IsFinite(v)))
                {
                    throw new ArgumentException($"a centroid of '{target}' is not {dimensions} finite numbers", nameof(topics));
                }

                rows.AddRange(c);
            }

            _starts[t + 1] = _starts[t] + centroids.Length;
        }

        _centroids = [.. rows];
        var count = _starts[^1];
        var padded = (count + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _byDimension = new float[padded * dimensions];
        for (var row = 0; row < count; row++)
        {
            for (var d = 0; d < dimensions; d++)
            {
                _byDimension[d * padded + row] = _centroids[row * dimensions + d];
            }
        }
    }

    /// <summary>The issues, by canonical name, in stored order.</summary>
    public IReadOnlyList<string> Targets { get; }

    public int Dimensions { get; }

    /// <summary>How many centroids the issue at <paramref name="index"/> (in <see cref="Targets"/> order) has.</summary>
    public int CentroidCount(int index) => _starts[index + 1] - _starts[index];

    /// <summary>Centroid <paramref name="k"/> of the issue at <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Centroid(int index, int k) => _centroids.AsSpan((_starts[index] + k) * Dimensions, Dimensions);

    public bool Contains(string target) => _index.ContainsKey(target);

    /// <summary>
    /// How much closer (in cosine) a text's unit <paramref name="vector"/> comes to <paramref name="target"/>'s nearest centroid
    /// than to the nearest centroid of any stored issue: 0 when its own is the nearest, negative when another issue's is;
    /// null when the target is not stored.
    /// </summary>
    public float? Margin(ReadOnlySpan<float> vector, string target)
    {
        if (!_index.TryGetValue(target, out var own))
        {
            return null;
        }

        var rows = _starts[^1];
        var padded = _byDimension.Length / Dimensions;
        var cosines = padded <= 4096 ? stackalloc float[padded] : new float[padded];
        Cosines(vector, cosines);
        var best = float.NegativeInfinity;
        for (var row = 0; row < rows; row++)
        {
            best = Math.Max(best, cosines[row]);
        }

        var bestOwn = float.NegativeInfinity;
        for (var row = _starts[own]; row < _starts[own + 1]; row++)
        {
            bestOwn = Math.Max(bestOwn, cosines[row]);
        }

        return bestOwn - best;
    }

    /// <summary>The stored issue with the centroid nearest the unit <paramref name="vector"/>; null when none is stored.</summary>
    public string? Nearest(ReadOnlySpan<float> vector)
    {
        if (Targets.Count == 0)
        {
            return null;
        }

        var cosines = new float[_byDimension.Length / Dimensions];
        Cosines(vector, cosines);
        var best = 0;
        for (var row = 1; row < _starts[^1]; row++)
        {
            best = cosines[row] > cosines[best] ? row : best;
        }

        var t = 0;
        while (_starts[t + 1] <= best)
        {
            t++;
        }

        return Targets[t];
    }

    /// <summary>The cosine of <paramref name="vector"/> with every centroid, in stored order, into <paramref name="cosines"/> (padded length).</summary>
    private void Cosines(ReadOnlySpan<float> vector, Span<float> cosines)
    {
        // Dimension by dimension over every centroid at once (the centroids stored dimension-major, so no horizontal
        // sums), four vectors of centroids at a time kept in registers.
        var sums = MemoryMarshal.Cast<float, Vector<float>>(cosines);
        var width = sums.Length;
        ref var columns = ref Unsafe.As<float, Vector<float>>(ref MemoryMarshal.GetArrayDataReference(_byDimension));
        ref var weights = ref MemoryMarshal.GetReference(vector[..Dimensions]);
        var k = 0;
        for (; k + 4 <= width; k += 4)
        {
            Vector<float> a0 = default, a1 = default, a2 = default, a3 = default;
            ref var column = ref Unsafe.Add(ref columns, k);
            for (var d = 0; d < Dimensions; d++)
            {
                var weight = new Vector<float>(Unsafe.Add(ref weights, d));
                a0 += weight * column;
                a1 += weight * Unsafe.Add(ref column, 1);
                a2 += weight * Unsafe.Add(ref column, 2);
                a3 += weight * Unsafe.Add(ref column, 3);
                column = ref Unsafe.Add(ref column, width);
            }

            (sums[k], sums[k + 1], sums[k + 2], sums[k + 3]) = (a0, a1, a2, a3);
        }

        for (; k < width; k++)
        {
            var a = Vector<float>.Zero;
            for (var d = 0; d < Dimensions; d++)
            {
                a += new Vector<float>(Unsafe.Add(ref weights, d)) * Unsafe.Add(ref columns, d * width + k);
            }

            sums[k] = a;
        }
    }

    /// <summary>The dot product of two spans of the same length.</summary>
    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<float, Vector<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
            for (var k = 0; k < va.Length; k++)
            {
                sum += va[k] * vb[k];
            }

            i = va.Length * Vector<float>.Count;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    /// <summary>Raises none's log-probability by <see cref="NoneShift"/> in <paramref name="probabilities"/> and renormalises.</summary>
    public static void RaiseNone(Span<double> probabilities, int none)
    {
        probabilities[none] *= Math.Exp(NoneShift);
        var total = 0.0;
        foreach (var p in probabilities)
        {
            total += p;
        }

        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] /= total;
        }
    }
}
