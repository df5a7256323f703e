using Classifier.Features;

namespace Classifier.Model;

/// <summary>How a model turns per-class scores into probabilities.</summary>
internal enum OutputKind : byte
{
    /// <summary>Softmax over the class scores (maximum entropy models).</summary>
    Softmax = 0,

    /// <summary>A Platt sigmoid per class, then normalised to sum to 1 (one-versus-all models).</summary>
    NormalizedSigmoid = 1,
}

/// <summary>
/// A multiclass linear model compiled from an ML.NET predictor: weights stored feature-major
/// (all classes of one feature side by side) so one sparse pass scores every class.
/// Immutable; safe to share across threads.
/// </summary>
internal sealed class LinearModel
{
    public LinearModel(int classes, int features, float[] weights, float[] bias, OutputKind output, float[]? sigmoid)
    {
        if (classes < 2 || features < 0 || weights.Length != classes * features || bias.Length != classes)
        {
            throw new ArgumentException($"Inconsistent linear model: {classes} classes, {features} features, " +
                $"{weights.Length} weights, {bias.Length} biases.");
        }

        if (output == OutputKind.NormalizedSigmoid && sigmoid?.Length != classes * 2)
        {
            throw new ArgumentException("A one-versus-all model needs a slope and an offset per class.");
        }

        Classes = classes;
        Features = features;
        Weights = weights;
        Bias = bias;
        Output = output;
        Sigmoid = sigmoid;
    }

    public int Classes { get; }

    public int Features { get; }

    /// <summary>Weight of feature f for class c at [f * Classes + c].</summary>
    public float[] Weights { get; }

    public float[] Bias { get; }

    public OutputKind Output { get; }

    /// <summary>For <see cref="OutputKind.NormalizedSigmoid"/>: slope and offset of class c at [2c] and [2c + 1].</summary>
    public float[]? Sigmoid { get; }

    /// <summary>One-versus-all FastTree members: boosted trees whose outputs add to the linear scores (their weights are all 0).</summary>
    public TreeEnsemble? Trees { get; init; }

    /// <summary>Writes the raw class scores of <paramref name="x"/> into <paramref name="scores"/>.</summary>
    public void Score(SparseVector x, Span<float> scores)
    {
        ScoreLinear(x, scores);
        Trees?.AddScores(x, scores);
    }

    private void ScoreLinear(SparseVector x, Span<float> scores)
    {
        Bias.CopyTo(scores);
        var indices = x.Indices;
        var values = x.Values;
        var w = Weights;
        if (Classes == 3)
        {
            float s0 = scores[0], s1 = scores[1], s2 = scores[2];
            for (var j = 0; j < indices.Length; j++)
            {
                var o = indices[j] * 3;
                var v = values[j];
                s0 += v * w[o];
                s1 += v * w[o + 1];
                s2 += v * w[o + 2];
            }

            scores[0] = s0;
            scores[1] = s1;
            scores[2] = s2;
            return;
        }

        for (var j = 0; j < indices.Length; j++)
        {
            var o = indices[j] * Classes;
            var v = values[j];
            for (var c = 0; c < Classes; c++)
            {
                scores[c] += v * w[o + c];
            }
        }
    }

    /// <summary>Turns raw scores into probabilities that sum to 1.</summary>
    public void Probabilities(ReadOnlySpan<float> scores, Span<double> probabilities)
    {
        if (Output == OutputKind.Softmax)
        {
            var max = double.NegativeInfinity;
            foreach (var s in scores)
            {
                max = Math.Max(max, s);
            }

            var sum = 0.0;
            for (var c = 0; c < scores.Length; c++)
            {
                probabilities[c] = Math.Exp(scores[c] - max);
                sum += probabilities[c];
            }

            for (var c = 0; c < scores.Length; c++)
            {
                probabilities[c] /= sum;
            }

            return;
        }

        var total = 0.0;
        for (var c = 0; c < scores.Length; c++)
        {
            probabilities[c] = 1.0 / (1.0 + Math.Exp((Sigmoid![2 * c] * scores[c]) + Sigmoid[(2 * c) + 1]));
            total += probabilities[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            probabilities[c] = total > 0 ? probabilities[c] / total : 1.0 / scores.Length;
        }
    }
}
