using Classifier.Data;
using Classifier.Features;
using Classifier.Stance;

namespace Classifier.Training.Training;

/// <summary>
/// Builds a stance model's <see cref="IssueTopics"/> (<see cref="FeaturizerSettings.UntouchedIssueMargin"/>): for each
/// trained target that does not read as a name, the unit, Zipf-weighted word vectors of its distinct training sentences
/// (featurised as the model reads them), grouped by spherical k-means into at most <see cref="IssueTopics.MaxCentroids"/>
/// centroids. Deterministic: the same rows give the same centroids.
/// </summary>
internal static partial class TopicBuilder
{
    private const int Iterations = 50;

    public static IssueTopics Build(IReadOnlyList<LabeledExample> examples, TextFeaturizer featurizer, AliasTable table)
    {
        var wordVectors = WordVectors.Default;
        var texts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<(string Target, string Text)>();
        foreach (var e in examples)
        {
            if (e.Target is null)
            {
                continue;
            }

            var canonical = table.Resolve(e.Target);
            if (TargetContext.LooksLikeName(canonical))
            {
                continue;
            }

            if (!texts.TryGetValue(canonical, out var list))
            {
                texts[canonical] = list = [];
            }

            if (seen.Add((canonical, e.Text)))
            {
                list.Add(e.Text);
            }
        }

        var topics = new List<(string, float[][])>();
        var sink = new FeatureSink();
        foreach (var (target, list) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var vectors = new List<float[]>();
            foreach (var text in list)
            {
                featurizer.ExtractText(ReadingForm.Of(text, featurizer.Settings.MaxTextLength), sink);
                var vector = new float[wordVectors.Dimensions];
                if (wordVectors.TextVector(sink, vector, zipfWeighting: true) > 0)
                {
                    vectors.Add(vector);
                }
            }

            if (vectors.Count > 0)
            {
                topics.Add((target, Cluster(vectors, IssueTopics.MaxCentroids)));
            }
        }

        return new IssueTopics(topics, wordVectors.Dimensions);
    }

    /// <summary>
    /// Spherical k-means of unit <paramref name="vectors"/> into at most <paramref name="k"/> unit centroids (all the vectors
    /// themselves when there are no more than <paramref name="k"/>): k-means++ seeding from a fixed seed, then up to
    /// <see cref="Iterations"/> rounds of assigning each vector to its nearest centroid and renormalising each cluster's mean.
    /// </summary>
    internal static float[][] Cluster(IReadOnlyList<float[]> vectors, int k)
    {
        if (vectors.Count <= k)
        {
            return vectors.Select(v => (float[])v.Clone()).ToArray();
        }

        var random = new Random(1);
        var dimensions = vectors[0].Length;
        var centroids = new List<float[]> { (float[])vectors[random.Next(vectors.Count)].Clone() };
        var distance = new double[vectors.Count];
        while (centroids.Count < k)
        {
            var total = 0.0;
            for (var i = 0; i < vectors.Count; i++)
            {
                var nearest = centroids.Max(c => IssueTopics.Dot(vectors[i], c));
                distance[i] = Math.Max(0, 1 - nearest);
                total += distance[i];
            }

            var pick = random.NextDouble() * total;
            var chosen = vectors.Count - 1;
            for (var i = 0; i < vectors.Count && total > 0; i++)
            {
                pick -= distance[i];
                if (pick <= 0)
                {
                    chosen = i;
                    break;
                }
            }

            centroids.Add((float[])vectors[chosen].Clone());
        }

        var assignment = new int[vectors.Count];
        for (var round = 0; round < Iterations; round++)
        {
            var changed = false;
            for (var i = 0; i < vectors.Count; i++)
            {
                var best = 0;
                var bestCosine = float.NegativeInfinity;
                for (var c = 0; c < centroids.Count; c++)
                {
                    var cosine = IssueTopics.Dot(vectors[i], centroids[c]);
                    if (cosine > bestCosine)
                    {
                        (best, bestCosine) = (c, cosine);
                    }
                }

                changed |= round == 0 || assignment[i] != best;
                assignment[i] = best;
            }

            if (!changed)
            {
                break;
            }

            for (var c = 0; c < centroids.Count; c++)
            {
                var sum = new double[dimensions];
                var members = 0;
                for (var i = 0; i < vectors.Count; i++)
                {
                    if (assignment[i] != c)
                    {
                        continue;
                    }

                    members++;
                    for (var d = 0; d < dimensions; d++)
                    {
                        sum[d] += vectors[i][d];
                    }
                }

                var norm = Math.Sqrt(sum.Sum(v => v * v));
                if (members > 0 && norm > 0)
                {
                    centroids[c] = sum.Select(v => (float)(v / norm)).ToArray();
                }
            }
        }

        return [.. centroids];
    }
}
