namespace Classifier.Tests.Stance;

/// <summary>
/// Scoring a stance allocates only its result, as scoring a sentiment does (<c>SentimentClassifierTests.Predict_SteadyState_AllocatesOnlyTheResult</c>).
/// Before, each call allocated 500-700 bytes: the target check's two fix messages built before any problem was found, the
/// mention finder's list, pattern array and sort delegates, a list and a string per word in the judged-acts reading, and
/// a copy of every mention's text for the former-people check.
/// </summary>
public sealed class StanceAllocationTests
{
    [Fact]
    public void Predict_SteadyState_AllocatesOnlyTheResult()
    {
        var classifier = StanceClassifier.LoadDefault();
        // Rows naming countries, organisations, issues and people (former ones too), so that every reading of the mentions runs.
        var rows = Rows("test.tsv").Take(150).Concat(Rows("test_people_former.tsv").Take(50)).ToArray();
        foreach (var (text, target) in rows)
        {
            classifier.Predict(text, target); // grows this thread's buffers to their working size
        }

        // The fewest bytes per call over three passes, as for sentiment: a one-off allocation by the runtime does not recur.
        var perCall = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var (text, target) in rows)
            {
                classifier.Predict(text, target);
            }

            perCall = Math.Min(perCall, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rows.Length);
        }

        // The result (48 bytes) and its probabilities (48 bytes): a delegate, a list or a string per call would push this over.
        Assert.InRange(perCall, 1, 112);
    }

    [Fact]
    public void PredictBatch_SmallBatch_AllocatesOnlyItsResults()
    {
        var classifier = StanceClassifier.LoadDefault();
        var rows = Rows("test.tsv").Take(200).ToArray(); // under BatchRunner.ParallelThreshold: scored on this thread
        classifier.PredictBatch(rows);

        var perItem = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            classifier.PredictBatch(rows);
            perItem = Math.Min(perItem, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rows.Length);
        }

        // Each result (96 bytes) and its slot in the results array (8): before, checking each item built its name for
        // the messages ("The Target of items[3] (0-based)") and their fixes, about 280 bytes more.
        Assert.InRange(perItem, 1, 120);
    }

    private static IEnumerable<(string Text, string Target)> Rows(string file) =>
        File.ReadLines(TestPaths.Data("stance", file)).Skip(1).Select(l => l.Split('\t')).Select(f => (f[0], f[1]));
}
