namespace Classifier.Model;

/// <summary>Runs a per-item function over a batch, in parallel once the batch is large enough to pay for it.</summary>
internal static class BatchRunner
{
    /// <summary>Below this many items a batch runs on the calling thread.</summary>
    public const int ParallelThreshold = 256;

    public static TResult[] Run<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> score)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentNullException(nameof(items), $"Item {i} of the batch is null.");
            }
        }

        var results = new TResult[items.Count];
        if (items.Count < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = score(items[i]);
            }

            return results;
        }

        var chunk = Math.Max(64, items.Count / (Environment.ProcessorCount * 4));
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, items.Count, chunk), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = score(items[i]);
            }
        });
        return results;
    }
}
