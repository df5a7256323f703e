namespace Classifier.Training.Training.Learners;

/// <summary>
/// Platt's sigmoid <c>P(positive | f) = 1 / (1 + exp(A·f + B))</c> fitted to decision values by Newton's method with a
/// backtracking line search and Platt's smoothed targets (the algorithm of Lin, Lin and Weng 2007, as in LIBSVM).
/// <c>A</c> and <c>B</c> are the slope and offset <see cref="Classifier.Model.LinearModel"/> stores for a one-versus-all class.
/// </summary>
internal static class PlattScaling
{
    public static (double Slope, double Offset) Fit(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, ReadOnlySpan<float> weights)
    {
        double prior1 = 0, prior0 = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (positive[i])
            {
                prior1 += weights[i];
            }
            else
            {
                prior0 += weights[i];
            }
        }

        double hi = (prior1 + 1) / (prior1 + 2), lo = 1 / (prior0 + 2);
        double a = 0, b = Math.Log((prior0 + 1) / (prior1 + 1));
        var value = Loss(scores, positive, weights, a, b, hi, lo);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            // Gradient and Hessian (with a small ridge so it stays positive definite).
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                var t = positive[i] ? hi : lo;
                var z = (scores[i] * a) + b;
                var (p, q) = z >= 0 ? (Math.Exp(-z) / (1 + Math.Exp(-z)), 1 / (1 + Math.Exp(-z))) : (1 / (1 + Math.Exp(z)), Math.Exp(z) / (1 + Math.Exp(z)));
                var d2 = weights[i] * p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = weights[i] * (t - p);
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / det;
            var db = -((-h21 * g1) + (h11 * g2)) / det;
            var slope = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var next = Loss(scores, positive, weights, a + (step * da), b + (step * db), hi, lo);
                if (next < value + (1e-4 * step * slope))
                {
                    (a, b, value) = (a + (step * da), b + (step * db), next);
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }

    private static double Loss(ReadOnlySpan<double> scores, ReadOnlySpan<bool> positive, ReadOnlySpan<float> weights, double a, double b, double hi, double lo)
    {
        double loss = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var t = positive[i] ? hi : lo;
            var z = (scores[i] * a) + b;
            loss += weights[i] * (z >= 0 ? (t * z) + Math.Log(1 + Math.Exp(-z)) : ((t - 1) * z) + Math.Log(1 + Math.Exp(z)));
        }

        return loss;
    }
}
