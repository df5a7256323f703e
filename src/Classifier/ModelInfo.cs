using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using Classifier.Articles;
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
/// <para>Each <c>init</c> accessor (so an object initializer and a <see langword="with"/> expression) checks the value it sets: no
/// null text or collection, no null element, counts of 0 or more, a format version of 1 or more, a defined task. Rules between values
/// (the labels are the task's, the sizes agree with the file) the model loader checks, as it reads the file.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record ModelInfo
{
    /// <summary>The newest model format this library reads and the one it writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The format version of the file.</summary>
    /// <remarks>A version above <see cref="CurrentFormatVersion"/> is allowed here (it describes a later library's file); the loader refuses such files.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int FormatVersion { get; init => field = RecordRules.AtLeastOne(value, nameof(FormatVersion)); } = CurrentFormatVersion;

    /// <summary>The task the model was trained for.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined task.</exception>
    public ClassifierTask Task
    {
        get;
        init => field = Enum.IsDefined(value) ? value
            : throw new ArgumentOutOfRangeException(nameof(Task), value, $"Task is {(int)value}; it must be {string.Join(" or ", Enum.GetNames<ClassifierTask>())}.");
    }

    /// <summary>The labels the model predicts, in the order of its outputs (that they are labels of <see cref="Task"/> the model loader checks).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public IReadOnlyList<string> Labels { get; init => field = RecordRules.NoNulls(value, nameof(Labels)); } = [];

    /// <summary>When the model was written (UTC).</summary>
    public DateTimeOffset CreatedUtc { get; init; }

    /// <summary>The version of the library that wrote the model.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string LibraryVersion { get; init => field = RecordRules.NotNull(value, nameof(LibraryVersion)); } = string.Empty;

    /// <summary>The featurisation the model was trained with and scores with.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public FeaturizerSettings Featurizer { get; init => field = RecordRules.NotNull(value, nameof(Featurizer)); } = new();

    /// <summary>The trainer and its settings, as name/value pairs (for example <c>trainer</c>, <c>l2</c>, and, in models trained by this version since the fifty-seventh session, <c>threads</c>: the number of threads the trainer was allowed).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A setting's value is null.</exception>
    public IReadOnlyDictionary<string, string> Trainer { get; init => field = RecordRules.NoNullValues(value, nameof(Trainer)); } = new Dictionary<string, string>();

    /// <summary>The data the model was trained on.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TrainingDataInfo TrainingData { get; init => field = RecordRules.NotNull(value, nameof(TrainingData)); } = new();

    /// <summary>
    /// Metrics by split (for example <c>dev</c>, <c>test</c>), each a map from a name to a value: <c>examples</c> (a
    /// count), fractions such as <c>accuracy</c>, <c>macroF1</c>, <c>favg</c> (stance) and <c>ece</c> (expected
    /// calibration error), and <c>logLoss</c> (in nats; models trained before it was recorded lack it and <c>ece</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A split's metrics are null.</exception>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Metrics { get; init => field = RecordRules.NoNullValues(value, nameof(Metrics)); } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>Stance models: alternative names of each known target (for example "United States": "US", "Washington").</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A target's list, or a name in it, is null.</exception>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init => field = RecordRules.NameTable(value, nameof(Aliases)); } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Stance models: the people who speak or act for each known target (for example "Russia": "Vladimir Putin",
    /// "Lavrov"), so that "Putin's decree" mentions Russia. A target given by its person's name is not resolved to their
    /// target: "Vladimir Putin" is a target of its own. Empty for models trained without them (they score as before).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A target's list, or a name in it, is null.</exception>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Representatives { get; init => field = RecordRules.NameTable(value, nameof(Representatives)); } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>How many features the model knows.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Features { get; init => field = RecordRules.NotNegative(value, nameof(Features)); }

    /// <summary>How many terms the model's polarity lexicon holds (0: the model has no lexicon).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int LexiconTerms { get; init => field = RecordRules.NotNegative(value, nameof(LexiconTerms)); }

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

    /// <summary>
    /// A one-line summary for logs and the console: "sentiment model: labels negative, neutral, positive; trained on 12,646
    /// rows (train.tsv); 100,000 features; trainer maxent+nb-logistic; macro-F1 test 0.8337, dev 0.8342; written 2026-12-08 by
    /// library 0.1.0". The properties hold everything; this gives what a reader checks first, which the record's own
    /// listing of properties buried under collection type names.
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        text.Append(ci, $"{TaskLabels.Name(Task)} model: labels {string.Join(", ", Labels)}; trained on {TrainingData.Rows:N0} rows");
        if (TrainingData.Files.Count > 0)
        {
            text.Append(ci, $" ({string.Join(", ", TrainingData.Files)})");
        }

        if (Task == ClassifierTask.Stance && TrainingData.Targets.Count > 0)
        {
            text.Append(ci, $" toward {TrainingData.Targets.Count:N0} targets");
        }

        text.Append(ci, $"; {Features:N0} features");
        if (Trainer.TryGetValue("trainer", out var trainer))
        {
            text.Append(ci, $"; trainer {trainer}");
        }

        var scores = Metrics.Where(m => m.Value.ContainsKey("macroF1")).OrderBy(m => m.Key == "test" ? 0 : m.Key == "dev" ? 1 : 2).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => string.Create(ci, $"{m.Key} {m.Value["macroF1"]:0.0000}")).ToArray();
        if (scores.Length > 0)
        {
            text.Append(ci, $"; macro-F1 {string.Join(", ", scores)}");
        }

        return text.Append(ci, $"; written {CreatedUtc:yyyy-MM-dd} by library {(LibraryVersion.Length > 0 ? LibraryVersion : "?")}").ToString();
    }

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
