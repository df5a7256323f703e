using Classifier.Articles;

namespace Classifier.Data;

/// <summary>One labeled row of a data file.</summary>
/// <param name="Text">The sentence; not null, empty or white space.</param>
/// <param name="Label">The label: a sentiment label (<see cref="TaskLabels.Sentiment"/>) when <paramref name="Target"/> is
/// <see langword="null"/>, else a stance label (<see cref="TaskLabels.Stance"/>).</param>
/// <param name="Target">The stance target, or <see langword="null"/> for sentiment data; a target is not empty or white space,
/// nor longer than <see cref="StanceClassifier.MaxTargetLength"/>.</param>
/// <param name="Path">The file the row came from; not null.</param>
/// <param name="Line">The 1-based line of the row in its file: 1 or more.</param>
/// <remarks>
/// The constructor and the <c>init</c> accessors (so a <see langword="with"/> expression too) check these rules. A
/// <see langword="with"/> expression keeps the row's task: a new <see cref="Label"/> must be a label of the task its
/// <see cref="Target"/> says, and a new <see cref="Target"/> (or none) must suit its <see cref="Label"/>; to turn a sentiment
/// row into a stance row, make a new one.
/// </remarks>
/// <exception cref="ArgumentNullException"><paramref name="Text"/>, <paramref name="Label"/> or <paramref name="Path"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Line"/> is below 1.</exception>
/// <exception cref="ArgumentException"><paramref name="Text"/> is empty or white space, <paramref name="Target"/> breaks the target
/// rules, or <paramref name="Label"/> is no label of the task <paramref name="Target"/> says.</exception>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public sealed record LabeledExample(string Text, string Label, string? Target, string Path, int Line)
{
    /// <summary>The sentence.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string Text { get; init => field = RecordRules.NotBlank(value, nameof(Text), "the sentence"); } = RecordRules.NotBlank(Text, nameof(Text), "the sentence");

    /// <summary>The stance target, or <see langword="null"/> for sentiment data.</summary>
    /// <exception cref="ArgumentException">The value breaks the target rules, or is of the other task than <see cref="Label"/> (null for a stance label, a target for a sentiment label).</exception>
    public string? Target
    {
        get;
        init
        {
            TargetRules(value);
            if (!LabelsOf(value).Contains(this.Label))
            {
                throw new ArgumentException($"Target is {(value is null ? "null" : $"'{value}'")}, but Label is '{this.Label}', no {TaskLabels.Name(TaskOf(value))} label; " +
                    "a with expression keeps the row's task: make a new LabeledExample.", nameof(Target));
            }

            field = value;
        }
    } = TargetRules(Target);

    /// <summary>The label, one of the task's labels.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is no label of the task <see cref="Target"/> says.</exception>
    public string Label { get; init => field = RecordRules.Label(value, LabelsOf(this.Target), nameof(Label)); } = RecordRules.Label(Label, LabelsOf(Target), nameof(Label));

    /// <summary>The file the row came from.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Path { get; init => field = RecordRules.NotNull(value, nameof(Path)); } = RecordRules.NotNull(Path, nameof(Path));

    /// <summary>The 1-based line of the row in its file.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int Line { get; init => field = RecordRules.AtLeastOne(value, nameof(Line)); } = RecordRules.AtLeastOne(Line, nameof(Line));

    /// <summary>Where the row came from, as <c>path:line</c>.</summary>
    public string Location => $"{Path}:{Line}";

    private static ClassifierTask TaskOf(string? target) => target is null ? ClassifierTask.Sentiment : ClassifierTask.Stance;

    private static IReadOnlyList<string> LabelsOf(string? target) => TaskLabels.For(TaskOf(target));

    private static string? TargetRules(string? target) => target is null ? null : RecordRules.Target(target, nameof(Target));
}
