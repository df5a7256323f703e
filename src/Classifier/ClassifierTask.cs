using System.Text.Json.Serialization;

namespace Classifier;

/// <summary>
/// The two classification tasks a model can be trained for. System.Text.Json writes it by its name in files,
/// <c>"sentiment"</c> or <c>"stance"</c>, as the model manifest does, not by number.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClassifierTask>))]
public enum ClassifierTask
{
    /// <summary>Sentiment of a sentence: <c>negative</c>, <c>neutral</c> or <c>positive</c>.</summary>
    [JsonStringEnumMemberName("sentiment")]
    Sentiment,

    /// <summary>Stance of a sentence toward a named target: <c>against</c>, <c>none</c> or <c>favor</c>.</summary>
    [JsonStringEnumMemberName("stance")]
    Stance,
}

/// <summary>The label sets of each <see cref="ClassifierTask"/>, in their canonical order.</summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
public static class TaskLabels
{
    /// <summary>The sentiment labels: <c>negative</c>, <c>neutral</c>, <c>positive</c>.</summary>
    public static IReadOnlyList<string> Sentiment { get; } = ["negative", "neutral", "positive"];

    /// <summary>The stance labels: <c>against</c>, <c>none</c>, <c>favor</c>.</summary>
    public static IReadOnlyList<string> Stance { get; } = ["against", "none", "favor"];

    /// <summary>Returns the label set of <paramref name="task"/>.</summary>
    /// <param name="task">The task.</param>
    /// <returns>The labels in canonical order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="task"/> is not a defined task.</exception>
    public static IReadOnlyList<string> For(ClassifierTask task) => task switch
    {
        ClassifierTask.Sentiment => Sentiment,
        ClassifierTask.Stance => Stance,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task."),
    };

    /// <summary>The lower-case name of a task as written in files and on the command line.</summary>
    /// <param name="task">The task.</param>
    /// <returns><c>sentiment</c> or <c>stance</c>.</returns>
    public static string Name(ClassifierTask task) => task == ClassifierTask.Stance ? "stance" : "sentiment";
}
