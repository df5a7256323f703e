using Classifier.Articles;

namespace Classifier;

/// <summary>Where a model's training data came from.</summary>
/// <remarks>Each <c>init</c> accessor (so an object initializer and a <see langword="with"/> expression) checks the value it
/// sets: no null text, list, file name or target count, no count below 0.</remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record TrainingDataInfo
{
    /// <summary>The file names read (without directories).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public IReadOnlyList<string> Files { get; init => field = RecordRules.NoNulls(value, nameof(Files)); } = [];

    /// <summary>Lower-case hex SHA-256 of the files' bytes, read in order.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Sha256 { get; init => field = RecordRules.NotNull(value, nameof(Sha256)); } = string.Empty;

    /// <summary>How many distinct rows were trained on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Rows { get; init => field = RecordRules.NotNegative(value, nameof(Rows)); }

    /// <summary>
    /// Stance: the targets trained on, each by its canonical name in the model's alias table, with how many of the training
    /// rows were toward it. A target not here is scored only from features that carry across targets, which this
    /// project's models read less well (<see cref="StanceClassifier.TrainingRows"/>). Empty for sentiment, and for models
    /// saved before it existed.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public IReadOnlyDictionary<string, int> Targets { get; init => field = RecordRules.NotNegativeCounts(value, nameof(Targets)); } = new Dictionary<string, int>();
}
