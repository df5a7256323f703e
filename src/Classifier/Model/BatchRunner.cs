namespace Classifier.Model;

/// <summary>Runs a per-item function over a batch, in parallel once the batch is large enough to pay for it.</summary>
internal static class BatchRunner
{
    /// <summary>Below this many items a batch runs on the calling thread.</summary>
    public const int ParallelThreshold = 256;

    /// <summary>
    /// Checks every item before any is scored (null items, and whatever <paramref name="check"/> refuses: it throws,
    /// given the item and its index), then scores them; <paramref name="parameter"/> names the caller's batch parameter.
    /// </summary>
    public static TResult[] Run<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> score, string parameter, Action<TItem, int, string>? check = null)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentNullException(parameter, $"{ArgumentMessages.Element(parameter, i)} is null; every item of the batch must be given.");
            }

            check?.Invoke(items[i], i, parameter);
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
        try
        {
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, items.Count, chunk), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = score(items[i]);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            // The exception scoring threw, as a batch run on the calling thread would throw it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return results;
    }
}
