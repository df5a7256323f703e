using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Classifier.Training.Cli;

/// <summary>
/// The items of an input that may pause with more to come (standard input, a pipe, a FIFO: <c>tail -f news.txt |
/// predict</c>), read on a thread of their own, so that the reader of the results need not wait for a chunk to fill.
/// Not thread-safe: one enumeration at a time, as the source's.
/// </summary>
internal static class LiveInput
{
    /// <summary>How long the input may be silent before the items so far are answered.</summary>
    internal static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The items of <paramref name="source"/> in order, with a null between them wherever none arrived for
    /// <paramref name="pause"/> (default <see cref="Pause"/>); an exception of the source is thrown in its place, after the
    /// items before it.
    /// </summary>
    public static IEnumerable<T?> Read<T>(IEnumerable<T> source, TimeSpan? pause = null)
        where T : class
    {
        var wait = pause ?? Pause;
        var queue = new BlockingCollection<T>(boundedCapacity: 4096);
        ExceptionDispatchInfo? failure = null;
        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in source)
                {
                    queue.Add(item);
                }
            }
            catch (InvalidOperationException) when (queue.IsAddingCompleted)
            {
                // The consumer stopped early and completed the queue: nothing more is wanted.
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        {
            // A read that waits on a pipe that never closes must not keep the process alive once the command ends.
            IsBackground = true,
            Name = "input reader",
        };
        reader.Start();
        try
        {
            while (true)
            {
                if (queue.TryTake(out var item, wait))
                {
                    yield return item;
                }
                else if (queue.IsCompleted)
                {
                    break;
                }
                else
                {
                    yield return null;
                }
            }

            failure?.Throw();
        }
        finally
        {
            // Stopped early (an error, a reader of the output gone): the reading thread's next Add ends it.
            queue.CompleteAdding();
        }
    }
}
