using System.Runtime.ExceptionServices;
using Classifier.Model;
using Microsoft.ML;

namespace Classifier.Training.Training.Learners;

/// <summary>
/// Trains several learners on the same features; the model averages their probabilities. When every member is
/// <see cref="ILearner.Native"/>, the members train at the same time (each is deterministic on its own, so the
/// model is the same as when they train one after another); otherwise one after another, in order.
/// </summary>
internal sealed class EnsembleLearner(IReadOnlyList<ILearner> members) : ILearner
{
    public bool Native => members.All(m => m.Native);

    public LearnedModel Learn(MLContext ml, SparseRows rows, string[] labels, CancellationToken cancellation)
    {
        var learned = new LearnedModel[members.Count];
        if (Native)
        {
            try
            {
                Parallel.For(0, members.Count, new ParallelOptions { CancellationToken = cancellation },
                    i => learned[i] = members[i].Learn(ml, rows, labels, cancellation));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // Throw what a member threw, as training them one after another would.
                ExceptionDispatchInfo.Throw(ex.Flatten().InnerExceptions[0]);
            }
        }
        else
        {
            for (var i = 0; i < members.Count; i++)
            {
                learned[i] = members[i].Learn(ml, rows, labels, cancellation);
            }
        }

        return new LearnedModel(new ModelWeights(learned.SelectMany(l => l.Model.Members).ToArray()), sample =>
        {
            var each = learned.Select(l => l.MlNetProbabilities(sample)).ToArray();
            return Enumerable.Range(0, sample.Count)
                .Select(i => Enumerable.Range(0, labels.Length).Select(c => each.Sum(e => e[i][c]) / each.Length).ToArray())
                .ToArray();
        });
    }
}
