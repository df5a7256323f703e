namespace Classifier.Data;

/// <summary>The validated rows of one or more labeled data files.</summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed class LabeledDataSet
{
    internal LabeledDataSet(
        ClassifierTask task,
        IReadOnlyList<string> paths,
        IReadOnlyList<LabeledExample> examples,
        IReadOnlyList<DataFileError> warnings,
        string sha256)
    {
        Task = task;
        Paths = paths;
        Examples = examples;
        Warnings = warnings;
        Sha256 = sha256;
    }

    /// <summary>The task the rows were validated for.</summary>
    public ClassifierTask Task { get; }

    /// <summary>The files read, in order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The rows, in file order, each distinct (text, target) kept once.</summary>
    public IReadOnlyList<LabeledExample> Examples { get; }

    /// <summary>
    /// Problems that did not stop loading, such as exact duplicates that were kept once, a label with white space around it
    /// (read trimmed), a text in a spreadsheet's quoting (read as written), or one longer than a model reads by default.
    /// </summary>
    public IReadOnlyList<DataFileError> Warnings { get; }

    /// <summary>Lower-case hex SHA-256 of the files' bytes, read in order.</summary>
    public string Sha256 { get; }

    /// <summary>How many rows carry each label.</summary>
    /// <returns>A count per label, in the task's canonical label order, omitting absent labels.</returns>
    public IReadOnlyDictionary<string, int> LabelCounts()
    {
        var counts = Examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count());
        return TaskLabels.For(Task).Where(counts.ContainsKey).ToDictionary(l => l, l => counts[l]);
    }
}
