namespace Classifier.Model;

/// <summary>Builds immutable results from probability arrays.</summary>
internal static class ResultFactory
{
    public static int ArgMax(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    public static StanceResult Stance(string target, string[] labels, ReadOnlySpan<double> probabilities)
    {
        var best = ArgMax(probabilities);
        return new StanceResult(target, labels[best], probabilities[best], new LabelProbabilities(labels, probabilities));
    }

    public static SentimentResult Sentiment(string[] labels, ReadOnlySpan<double> probabilities)
    {
        var best = ArgMax(probabilities);
        return new SentimentResult(labels[best], probabilities[best], new LabelProbabilities(labels, probabilities));
    }
}
