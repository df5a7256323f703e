using Classifier.Model;
using Microsoft.ML;

namespace Classifier.Training.Training.Learners;

/// <summary>Trains several learners on the same features; the model averages their probabilities.</summary>
internal sealed class EnsembleLearner(IReadOnlyList<ILearner> members) : ILearner
{
    public LearnedModel Learn(MLContext ml, FeatureRow[] rows, string[] labels, int dimension, CancellationToken cancellation)
    {
        var learned = members.Select(m => m.Learn(ml, rows, labels, dimension, cancellation)).ToArray();
        return new LearnedModel(new ModelWeights(learned.SelectMany(l => l.Model.Members).ToArray()), sample =>
        {
            var each = learned.Select(l => l.MlNetProbabilities(sample)).ToArray();
            return Enumerable.Range(0, sample.Count)
                .Select(i => Enumerable.Range(0, labels.Length).Select(c => each.Sum(e => e[i][c]) / each.Length).ToArray())
                .ToArray();
        });
    }
}
