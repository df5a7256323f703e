using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using Classifier.Features;

namespace Classifier;

/// <summary>
/// What a model file says about itself: its task and labels, how it was trained and on what,
/// and its measured quality. Written as <c>manifest.json</c> inside every model file.
/// </summary>
/// <remarks>
/// Record equality compares the collections (<see cref="Labels"/>, <see cref="Trainer"/>, <see cref="Metrics"/>, the alias
/// and representatives tables...) by reference, as records do, so two loads of the same file give instances that are not
/// equal: compare <see cref="FileSha256"/> to tell whether two models come from the same file.
/// </remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record ModelInfo
{
    /// <summary>The newest model format this library reads and the one it writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The format version of the file.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The task the model was trained for.</summary>
    public ClassifierTask Task { get; init; }

    /// <summary>The labels the model predicts, in the order of its outputs.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>When the model was written (UTC).</summary>
    public DateTimeOffset CreatedUtc { get; init; }

    /// <summary>The version of the library that wrote the model.</summary>
    public string LibraryVersion { get; init; } = string.Empty;

    /// <summary>The featurisation the model was trained with and scores with.</summary>
    public FeaturizerSettings Featurizer { get; init; } = new();

    /// <summary>The trainer and its settings, as name/value pairs (for example <c>trainer</c>, <c>l2</c>).</summary>
    public IReadOnlyDictionary<string, string> Trainer { get; init; } = new Dictionary<string, string>();

    /// <summary>The data the model was trained on.</summary>
    public TrainingDataInfo TrainingData { get; init; } = new();

    /// <summary>
    /// Metrics by split (for example <c>dev</c>, <c>test</c>), each a map from a name to a value: <c>examples</c> (a
    /// count), fractions such as <c>accuracy</c>, <c>macroF1</c>, <c>favg</c> (stance) and <c>ece</c> (expected
    /// calibration error), and <c>logLoss</c> (in nats; models trained before it was recorded lack it and <c>ece</c>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Metrics { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>Stance models: alternative names of each known target (for example "United States": "US", "Washington").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Stance models: the people who speak or act for each known target (for example "Russia": "Vladimir Putin",
    /// "Lavrov"), so that "Putin's decree" mentions Russia. A target given by its person's name is not resolved to their
    /// target: "Vladimir Putin" is a target of its own. Empty for models trained without them (they score as before).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Representatives { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>How many features the model knows.</summary>
    public int Features { get; init; }

    /// <summary>How many terms the model's polarity lexicon holds (0: the model has no lexicon).</summary>
    public int LexiconTerms { get; init; }

    /// <summary>Lower-case hex SHA-256 of the model file as loaded (not stored in the manifest; computed on first use).</summary>
    [JsonIgnore]
    public string FileSha256
    {
        get => _fileSha256?.Value ?? string.Empty;
        init => _fileSha256 = new LazyText(() => value);
    }

    private LazyText? _fileSha256;

    /// <summary>Sets how <see cref="FileSha256"/> is computed when first read.</summary>
    internal ModelInfo WithFileSha256(Func<string> compute) => this with { _fileSha256 = new LazyText(compute) };

    /// <summary>
    /// This manifest with every collection copied into a read-only wrapper (in the same order), so that no caller can
    /// change a loaded model's manifest, which every user of a shared classifier sees, by casting a collection back.
    /// </summary>
    internal ModelInfo AsReadOnly() => this with
    {
        Labels = Array.AsReadOnly(Labels.ToArray()),
        Trainer = ReadOnly(Trainer, v => v),
        TrainingData = TrainingData with
        {
            Files = Array.AsReadOnly(TrainingData.Files.ToArray()),
            Targets = ReadOnly(TrainingData.Targets, v => v),
        },
        Metrics = ReadOnly(Metrics, m => (IReadOnlyDictionary<string, double>)ReadOnly(m, v => v)),
        Aliases = ReadOnly(Aliases, names => (IReadOnlyList<string>)Array.AsReadOnly(names.ToArray())),
        Representatives = ReadOnly(Representatives, names => (IReadOnlyList<string>)Array.AsReadOnly(names.ToArray())),
    };

    private static ReadOnlyDictionary<string, TValue> ReadOnly<TValue>(IReadOnlyDictionary<string, TValue> source, Func<TValue, TValue> copy) =>
        new(source.ToDictionary(p => p.Key, p => copy(p.Value), StringComparer.Ordinal));

    /// <summary>A text computed once, on first use; equal to another by value, so that <see cref="FileSha256"/> takes part in the record's equality by its value.</summary>
    private sealed class LazyText(Func<string> compute) : IEquatable<LazyText>
    {
        private readonly Lazy<string> _value = new(compute);

        public string Value => _value.Value;

        public bool Equals(LazyText? other) => other is not null && Value == other.Value;

        public override bool Equals(object? obj) => Equals(obj as LazyText);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
    }
}

/// <summary>Where a model's training data came from.</summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record TrainingDataInfo
{
    /// <summary>The file names read (without directories).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Lower-case hex SHA-256 of the files' bytes, read in order.</summary>
    public string Sha256 { get; init; } = string.Empty;

    /// <summary>How many distinct rows were trained on.</summary>
    public int Rows { get; init; }

    /// <summary>
    /// Stance: the targets trained on, each by its canonical name in the model's alias table, with how many of the training
    /// rows were toward it. A target not here is scored only from features that carry across targets, which this
    /// project's models read less well (<see cref="StanceClassifier.TrainingRows"/>). Empty for sentiment, and for models
    /// saved before it existed.
    /// </summary>
    public IReadOnlyDictionary<string, int> Targets { get; init; } = new Dictionary<string, int>();
}
