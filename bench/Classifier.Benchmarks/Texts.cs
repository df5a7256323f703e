using Classifier.Data;

namespace Classifier.Benchmarks;

/// <summary>Loads the texts (and targets) to score from a labeled TSV, repeated up to a minimum count.</summary>
internal static class Texts
{
    public static (string Text, string? Target)[] Load(string path, ClassifierTask task, int minimum)
    {
        var rows = LabeledDataReader.Read([path], task, keepDuplicates: true).Examples.Select(e => (e.Text, e.Target)).ToArray();
        if (rows.Length == 0)
        {
            throw new ArgumentException($"{path} has no rows");
        }

        var count = Math.Max(minimum, rows.Length);
        return Enumerable.Range(0, count).Select(i => rows[i % rows.Length]).ToArray();
    }
}
