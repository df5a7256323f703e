using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Classifier.Training.Training.Learners;

/// <summary>The objective L-BFGS minimises: the penalised loss and its gradient over the rows' non-zeros, in parallel.</summary>
internal sealed partial class SoftmaxLbfgs
{
    /// <summary>The objective and its gradient, computed over row ranges in parallel, each range into its own gradient buffer.</summary>
    private sealed class Objective
    {
        private readonly SparseRows _rows;
        private readonly int _k;
        private readonly float _l2;
        private readonly int[] _ranges;
        private readonly float[][] _gradients;
        private readonly double[] _losses;
        private readonly double _weightSum;

        public Objective(SparseRows rows, int k, float l2, int threads)
        {
            _rows = rows;
            _k = k;
            _l2 = l2;
            var chunks = Math.Clamp(rows.Count / 100, 1, threads);
            _ranges = Enumerable.Range(0, chunks + 1).Select(c => (int)((long)rows.Count * c / chunks)).ToArray();
            _gradients = Enumerable.Range(0, chunks - 1).Select(_ => new float[(rows.Dimension * k) + k]).ToArray();
            _losses = new double[chunks];
            _weightSum = rows.Weights.Sum(w => (double)w);
            if (!(_weightSum > 0))
            {
                throw new ArgumentException("The rows' weights sum to zero.", nameof(rows));
            }
        }

        public double Evaluate(float[] x, float[] gradient)
        {
            Parallel.For(0, _losses.Length, c => _losses[c] = Chunk(x, c == 0 ? gradient : _gradients[c - 1], _ranges[c], _ranges[c + 1]));
            var loss = _losses.Sum();
            foreach (var other in _gradients)
            {
                TensorPrimitives.Add<float>(gradient, other, gradient);
            }

            var weights = x.AsSpan(0, _rows.Dimension * _k);
            loss += 0.5 * _l2 * TensorPrimitives.Dot<float>(weights, weights);
            TensorPrimitives.MultiplyAdd(weights, _l2, gradient.AsSpan(0, weights.Length), gradient.AsSpan(0, weights.Length));
            TensorPrimitives.Multiply(gradient, (float)(1 / _weightSum), gradient);
            return loss / _weightSum;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private double Chunk(float[] x, float[] gradient, int from, int to)
        {
            Array.Clear(gradient);
            var k = _k;
            var biasAt = _rows.Dimension * k;
            Span<double> z = stackalloc double[k];
            ref var xs = ref MemoryMarshal.GetArrayDataReference(x);
            ref var gs = ref MemoryMarshal.GetArrayDataReference(gradient);
            double loss = 0;
            for (var i = from; i < to; i++)
            {
                var start = _rows.Start[i];
                var end = _rows.Start[i + 1];
                var indices = _rows.Indices.AsSpan(start, end - start);
                var values = _rows.Values.AsSpan(start, end - start);
                for (var c = 0; c < k; c++)
                {
                    z[c] = x[biasAt + c];
                }

                Scores(ref xs, indices, values, z);
                var w = _rows.Weights[i];
                var label = _rows.Classes[i];
                if (k == 1)
                {
                    // Logistic loss of class 1 against class 0: softplus(z) − label·z, and residual σ(z) − label.
                    var score = z[0];
                    loss += w * (Math.Max(score, 0) + Math.Log(1 + Math.Exp(-Math.Abs(score))) - (label * score));
                    z[0] = w * ((1 / (1 + Math.Exp(-score))) - label);
                    gradient[biasAt] += (float)z[0];
                    Accumulate(ref gs, indices, values, z);
                    continue;
                }

                var max = z[0];
                for (var c = 1; c < k; c++)
                {
                    max = Math.Max(max, z[c]);
                }

                var margin = z[label] - max;
                double sum = 0;
                for (var c = 0; c < k; c++)
                {
                    z[c] = Math.Exp(z[c] - max);
                    sum += z[c];
                }

                loss += w * (Math.Log(sum) - margin);
                for (var c = 0; c < k; c++)
                {
                    z[c] = w * ((z[c] / sum) - (c == label ? 1 : 0)); // now the residual of class c
                    gradient[biasAt + c] += (float)z[c];
                }

                Accumulate(ref gs, indices, values, z);
            }

            return loss;
        }

        /// <summary>z[c] += Σ v·x[index·k + c] over the row's non-zeros (k = 1, logistic, and k = 3 unrolled: they are nearly every model; two classes never get here, they are solved with k = 1).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Scores(ref float x, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> z)
        {
            var k = z.Length;
            if (k == 1)
            {
                double z0 = 0;
                for (var p = 0; p < indices.Length; p++)
                {
                    z0 += values[p] * Unsafe.Add(ref x, indices[p]);
                }

                z[0] += z0;
            }
            else if (k == 3)
            {
                double z0 = 0, z1 = 0, z2 = 0;
                for (var p = 0; p < indices.Length; p++)
                {
                    ref var w = ref Unsafe.Add(ref x, (nint)indices[p] * 3);
                    var v = values[p];
                    z0 += v * w;
                    z1 += v * Unsafe.Add(ref w, 1);
                    z2 += v * Unsafe.Add(ref w, 2);
                }

                z[0] += z0;
                z[1] += z1;
                z[2] += z2;
            }
            else
            {
                for (var p = 0; p < indices.Length; p++)
                {
                    ref var w = ref Unsafe.Add(ref x, (nint)indices[p] * k);
                    for (var c = 0; c < k; c++)
                    {
                        z[c] += values[p] * Unsafe.Add(ref w, c);
                    }
                }
            }
        }

        /// <summary>g[index·k + c] += r[c]·v over the row's non-zeros.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Accumulate(ref float g, ReadOnlySpan<int> indices, ReadOnlySpan<float> values, ReadOnlySpan<double> r)
        {
            var k = r.Length;
            if (k == 1)
            {
                var r0 = (float)r[0];
                for (var p = 0; p < indices.Length; p++)
                {
                    Unsafe.Add(ref g, indices[p]) += r0 * values[p];
                }
            }
            else if (k == 3)
            {
                float r0 = (float)r[0], r1 = (float)r[1], r2 = (float)r[2];
                for (var p = 0; p < indices.Length; p++)
                {
                    ref var w = ref Unsafe.Add(ref g, (nint)indices[p] * 3);
                    var v = values[p];
                    w += r0 * v;
                    Unsafe.Add(ref w, 1) += r1 * v;
                    Unsafe.Add(ref w, 2) += r2 * v;
                }
            }
            else
            {
                for (var p = 0; p < indices.Length; p++)
                {
                    ref var w = ref Unsafe.Add(ref g, (nint)indices[p] * k);
                    for (var c = 0; c < k; c++)
                    {
                        Unsafe.Add(ref w, c) += (float)(r[c] * values[p]);
                    }
                }
            }
        }
    }
}
