using Classifier.Data;
using Classifier.Model;

namespace Classifier.Training.Training;

/// <summary>
/// Fits the temperature T that minimises the log-loss of p^(1/T) (renormalised) on held-out rows:
/// temperature scaling (Guo et al. 2017). It corrects over-confidence without changing any predicted label.
/// </summary>
internal static class TemperatureCalibration
{
    /// <summary>
    /// The temperature fitted on <paramref name="rows"/> whose label <paramref name="scorer"/> knows (a row with a label the
    /// model never trained on has no probability to calibrate, and is left out), with the log-loss before and after;
    /// temperature 1 and NaN log-losses when no row has a known label.
    /// </summary>
    public static (double Temperature, double LogLossBefore, double LogLossAfter) Fit(ModelScorer scorer, IReadOnlyList<LabeledExample> rows)
    {
        var probabilities = rows.Select(r =>
        {
            var p = new double[scorer.Classes];
            FeatureSources.Probabilities(scorer, r, p);
            return (P: p, Gold: Array.IndexOf(scorer.Labels, r.Label));
        }).Where(x => x.Gold >= 0).ToArray();
        if (probabilities.Length == 0)
        {
            return (1, double.NaN, double.NaN);
        }

        double LogLoss(double logT)
        {
            var t = Math.Exp(logT);
            var loss = 0.0;
            Span<double> q = stackalloc double[scorer.Classes];
            foreach (var (p, gold) in probabilities)
            {
                p.CopyTo(q);
                ModelWeights.Calibrate(q, t);
                loss -= Math.Log(Math.Max(q[gold], 1e-12));
            }

            return loss / probabilities.Length;
        }

        // Golden-section search over log T in [ln 0.1, ln 20]; the loss is unimodal in T.
        double a = Math.Log(0.1), b = Math.Log(20), ratio = (Math.Sqrt(5) - 1) / 2;
        double c = b - (ratio * (b - a)), d = a + (ratio * (b - a));
        for (var i = 0; i < 60; i++)
        {
            if (LogLoss(c) < LogLoss(d))
            {
                b = d;
            }
            else
            {
                a = c;
            }

            (c, d) = (b - (ratio * (b - a)), a + (ratio * (b - a)));
        }

        var best = (a + b) / 2;
        return (Math.Exp(best), LogLoss(0), LogLoss(best));
    }
}
