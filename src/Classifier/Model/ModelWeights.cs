using System.Runtime.CompilerServices;
using Classifier.Features;

namespace Classifier.Model;

/// <summary>
/// The weights of a model: one linear model, or several over the same features whose probabilities
/// are averaged (an ensemble). Immutable; safe to share across threads.
/// </summary>
internal sealed class ModelWeights
{
    public ModelWeights(IReadOnlyList<LinearModel> members, float temperature = 1f)
    {
        if (!(temperature is > 0 and <= 100))
        {
            throw new ArgumentException($"The temperature must be in (0, 100]; it is {temperature}.");
        }

        Temperature = temperature;
        if (members.Count == 0 || members.Any(m => m.Classes != members[0].Classes || m.Features != members[0].Features))
        {
            throw new ArgumentException("An ensemble needs one or more members with the same classes and features.");
        }

        Members = members.ToArray();
        _fused = Members.Length > 1 && Members.All(m => m.Trees is null) ? Fuse(Members) : null;
    }

    /// <summary>
    /// An ensemble's weights side by side, <c>[feature][member][class]</c>, so that scoring reads each feature's weights
    /// for every member from one cache line instead of one line per member; null for one member or with trees. Each
    /// member's score still starts from its bias and adds the same products in the same order, so it is bit-identical.
    /// </summary>
    private readonly float[]? _fused;

    public LinearModel[] Members { get; }

    /// <summary>How long the <c>scores</c> scratch of <see cref="Probabilities"/> should be: every member's scores at once (a shorter one scores the members one at a time).</summary>
    public int ScoreSlots => Members.Length * Classes;

    /// <summary>Calibration: probabilities are raised to 1/T and renormalised (T &gt; 1 softens over-confident models). Never changes the most probable label.</summary>
    public float Temperature { get; }

    public int Classes => Members[0].Classes;

    public int Features => Members[0].Features;

    /// <summary>
    /// Writes the (averaged) probabilities of <paramref name="x"/>; <paramref name="scores"/> is scratch of length
    /// <see cref="ScoreSlots"/> (or at least <see cref="Classes"/>), <paramref name="member"/> of length <see cref="Classes"/>.
    /// </summary>
    public void Probabilities(SparseVector x, Span<float> scores, Span<double> member, Span<double> probabilities)
    {
        if (Members.Length == 1)
        {
            Members[0].Score(x, scores[..Classes]);
            Members[0].Probabilities(scores[..Classes], probabilities);
        }
        else if (_fused is not null && scores.Length >= ScoreSlots)
        {
            ScoreFused(x, scores[..ScoreSlots]);
            probabilities.Clear();
            for (var m = 0; m < Members.Length; m++)
            {
                Members[m].Probabilities(scores.Slice(m * Classes, Classes), member);
                for (var c = 0; c < member.Length; c++)
                {
                    probabilities[c] += member[c] / Members.Length;
                }
            }
        }
        else
        {
            probabilities.Clear();
            var own = scores[..Classes];
            foreach (var m in Members)
            {
                m.Score(x, own);
                m.Probabilities(own, member);
                for (var c = 0; c < member.Length; c++)
                {
                    probabilities[c] += member[c] / Members.Length;
                }
            }
        }

        if (Temperature != 1f)
        {
            Calibrate(probabilities, Temperature);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per load, on the start-up path: compile it optimised at once
    private static float[] Fuse(LinearModel[] members)
    {
        var (k, features) = (members[0].Classes, members[0].Features);
        var slots = members.Length * k;
        var fused = GC.AllocateUninitializedArray<float>(features * slots);
        for (var m = 0; m < members.Length; m++)
        {
            var weights = members[m].Weights;
            for (var f = 0; f < features; f++)
            {
                for (var c = 0; c < k; c++)
                {
                    fused[(f * slots) + (m * k) + c] = weights[(f * k) + c];
                }
            }
        }

        return fused;
    }

    /// <summary>Every member's raw scores of <paramref name="x"/>, member after member, in one pass over its non-zeros.</summary>
    private void ScoreFused(SparseVector x, Span<float> scores)
    {
        var k = Classes;
        for (var m = 0; m < Members.Length; m++)
        {
            Members[m].Bias.CopyTo(scores.Slice(m * k, k));
        }

        var indices = x.Indices;
        var values = x.Values;
        var w = _fused!;
        if (scores.Length == 6)
        {
            // Two members of three classes: both shipped models.
            float s0 = scores[0], s1 = scores[1], s2 = scores[2], s3 = scores[3], s4 = scores[4], s5 = scores[5];
            for (var j = 0; j < indices.Length; j++)
            {
                if (j + PrefetchAhead < indices.Length)
                {
                    Prefetch(w, indices[j + PrefetchAhead] * 6);
                }

                var o = indices[j] * 6;
                var v = values[j];
                s0 += v * w[o];
                s1 += v * w[o + 1];
                s2 += v * w[o + 2];
                s3 += v * w[o + 3];
                s4 += v * w[o + 4];
                s5 += v * w[o + 5];
            }

            (scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]) = (s0, s1, s2, s3, s4, s5);
            return;
        }

        if (scores.Length == 4)
        {
            // Two members of two classes.
            float s0 = scores[0], s1 = scores[1], s2 = scores[2], s3 = scores[3];
            for (var j = 0; j < indices.Length; j++)
            {
                var o = indices[j] * 4;
                var v = values[j];
                s0 += v * w[o];
                s1 += v * w[o + 1];
                s2 += v * w[o + 2];
                s3 += v * w[o + 3];
            }

            (scores[0], scores[1], scores[2], scores[3]) = (s0, s1, s2, s3);
            return;
        }

        var slots = scores.Length;
        for (var j = 0; j < indices.Length; j++)
        {
            var o = indices[j] * slots;
            var v = values[j];
            for (var s = 0; s < slots; s++)
            {
                scores[s] += v * w[o + s];
            }
        }
    }

    /// <summary>How many non-zeros ahead of its products a feature's weights are prefetched (<see cref="Prefetch"/>).</summary>
    private const int PrefetchAhead = 8;

    /// <summary>
    /// Asks the processor to start loading <c>weights[offset]</c>: a large model's weights are a cache miss each, and a
    /// prefetch a few features ahead overlaps them. A hint only: it changes no result (nor would a stale address, were the
    /// array moved by the collector meanwhile), and does nothing without SSE.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(float[] weights, int offset)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported && (uint)offset < (uint)weights.Length)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref weights[offset]));
        }
    }

    /// <summary>Raises each probability to 1/<paramref name="temperature"/> and renormalises (in log space, so tiny probabilities do not vanish).</summary>
    public static void Calibrate(Span<double> probabilities, double temperature)
    {
        var max = double.NegativeInfinity;
        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = Math.Log(Math.Max(probabilities[c], 1e-300)) / temperature;
            max = Math.Max(max, probabilities[c]);
        }

        var sum = 0.0;
        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }

        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] /= sum;
        }
    }
}
