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
    }

    public LinearModel[] Members { get; }

    /// <summary>Calibration: probabilities are raised to 1/T and renormalised (T &gt; 1 softens over-confident models). Never changes the most probable label.</summary>
    public float Temperature { get; }

    public int Classes => Members[0].Classes;

    public int Features => Members[0].Features;

    /// <summary>Writes the (averaged) probabilities of <paramref name="x"/>; <paramref name="scores"/> and <paramref name="member"/> are scratch of length <see cref="Classes"/>.</summary>
    public void Probabilities(SparseVector x, Span<float> scores, Span<double> member, Span<double> probabilities)
    {
        if (Members.Length == 1)
        {
            Members[0].Score(x, scores);
            Members[0].Probabilities(scores, probabilities);
        }
        else
        {
            probabilities.Clear();
            foreach (var m in Members)
            {
                m.Score(x, scores);
                m.Probabilities(scores, member);
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
