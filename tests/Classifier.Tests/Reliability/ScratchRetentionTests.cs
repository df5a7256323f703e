namespace Classifier.Tests.Reliability;

/// <summary>Tests that measure the process's memory, run alone after the parallel ones so other tests' objects do not blur them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuietCollection
{
    public const string Name = "Quiet (memory measured)";
}

/// <summary>
/// A thread that scored a long text keeps no buffers sized to it: a pool thread that once scored a 20,000-character text
/// held about 5 MiB of scratch (both default models) for as long as it lived; texts up to
/// <see cref="Classifier.Model.ModelScorer.KeepScratchUpTo"/> characters keep theirs, to be reused without allocating.
/// </summary>
[Collection(QuietCollection.Name)]
public sealed class ScratchRetentionTests
{
    private const string Sentence = "Talks resumed on Tuesday after a two-year freeze, officials in Seoul said. ";

    [Fact]
    public void Predict_LongTextOnALivingThread_LeavesNoBuffersSizedToIt()
    {
        var retained = RetainedAfterScoring(20_000);

        Assert.True(retained < 1024 * 1024, $"{retained / 1024:N0} KiB retained by the thread after a 20,000-character text");
    }

    /// <summary>The growth of the managed heap, after full collections, from a living thread's scoring a text of <paramref name="length"/> characters with both default models, short texts scored on it first.</summary>
    private static long RetainedAfterScoring(int length)
    {
        var sentiment = SentimentClassifier.LoadDefault();
        var stance = StanceClassifier.LoadDefault();
        var text = string.Concat(Enumerable.Repeat(Sentence, (length / Sentence.Length) + 1))[..length];
        using var warm = new ManualResetEventSlim();
        using var go = new ManualResetEventSlim();
        using var scored = new ManualResetEventSlim();
        using var end = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            sentiment.Predict("Short text.");
            stance.Predict("Short text about China.", "China");
            warm.Set();
            go.Wait();
            sentiment.Predict(text);
            stance.PredictTargets(text, ["South Korea", "China"]);
            scored.Set();
            end.Wait();
        });
        thread.Start();
        try
        {
            warm.Wait();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            go.Set();
            scored.Wait();
            return GC.GetTotalMemory(forceFullCollection: true) - before;
        }
        finally
        {
            end.Set();
            thread.Join();
        }
    }
}
