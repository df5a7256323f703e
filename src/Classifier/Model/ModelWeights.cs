using Classifier.Features;

namespace Classifier.Model;

/// <summary>
/// The weights of a model: one linear model, or several over the same features whose probabilities
/// are averaged (an ensemble). Immutable; safe to share across threads.
/// </summary>
internal sealed class ModelWeights
{
    public ModelWeights(IReadOnlyList<LinearModel> members)
    {
        if (members.Count == 0 || members.Any(m => m.Classes != members[0].Classes || m.Features != members[0].Features))
        {
            throw new ArgumentException("An ensemble needs one or more members with the same classes and features.");
        }

        Members = members.ToArray();
    }

    public LinearModel[] Members { get; }

    public int Classes => Members[0].Classes;

    public int Features => Members[0].Features;

    /// <summary>Writes the (averaged) probabilities of <paramref name="x"/>; <paramref name="scores"/> and <paramref name="member"/> are scratch of length <see cref="Classes"/>.</summary>
    public void Probabilities(SparseVector x, Span<float> scores, Span<double> member, Span<double> probabilities)
    {
        if (Members.Length == 1)
        {
            Members[0].Score(x, scores);
            Members[0].Probabilities(scores, probabilities);
            return;
        }

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
}
