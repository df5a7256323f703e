using Classifier.Tests.Stance;
using Classifier.Tests.Training;

namespace Classifier.Tests.Reliability;

[Collection(TrainingCollection.Name)]
public sealed class ConcurrencyTests(TrainingFixture sentiment, StanceFixture stance)
{
    /// <summary>8 threads × 100,000 mixed sentiment and stance predictions (one stance call in two toward five targets at once) on two shared instances equal the single-threaded results.</summary>
    [Fact]
    public void Predict_EightThreadsMixedTasks_EqualSingleThreadedResults()
    {
        var s = SentimentClassifier.Load(sentiment.ModelPath);
        var t = StanceClassifier.Load(stance.ModelPath);
        string[] targets = ["United States", "China", "South Korea", "sanctions", "Taiwan"];
        var texts = stance.Test.Examples.Select(e => e.Text).Distinct().Take(400).ToArray();
        var work = texts.SelectMany((text, i) => targets.Select(target => (text, target))).ToArray();
        var expectedSentiment = texts.Select(x => s.Predict(x).Probabilities.Values.ToArray()).ToArray();
        var expectedStance = work.Select(w => t.Predict(w.text, w.target).Probabilities.Values.ToArray()).ToArray();
        var mismatches = 0;

        var threads = Enumerable.Range(0, 8).Select(thread => new Thread(() =>
        {
            var random = new Random(thread);
            for (var n = 0; n < 100_000; n++)
            {
                bool same;
                if (n % 2 == 0)
                {
                    var i = random.Next(texts.Length);
                    same = s.Predict(texts[i]).Probabilities.Values.SequenceEqual(expectedSentiment[i]);
                }
                else if (n % 4 == 3)
                {
                    // One sentence toward every target at once: work holds texts x targets in that order.
                    var i = random.Next(texts.Length);
                    var many = t.PredictTargets(texts[i], targets);
                    same = many.Select((r, k) => r.Probabilities.Values.SequenceEqual(expectedStance[(i * targets.Length) + k])).All(x => x);
                }
                else
                {
                    var i = random.Next(work.Length);
                    same = t.Predict(work[i].text, work[i].target).Probabilities.Values.SequenceEqual(expectedStance[i]);
                }

                if (!same)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(0, mismatches);
    }
}
