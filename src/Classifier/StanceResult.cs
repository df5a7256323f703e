using System.Text.Json.Serialization;
using Classifier.Model;
using Classifier.Serialization;

namespace Classifier;

/// <summary>
/// The stance of one sentence toward one target. System.Text.Json writes it as an object of <c>Target</c>, <c>Label</c>,
/// <c>Confidence</c> and <c>Probabilities</c> (named by the options' naming policy) and reads it back checked as the
/// constructor checks it (<see cref="StanceResultJsonConverter"/>), so a logged result can be read again and compares equal.
/// </summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(StanceResultJsonConverter))]
public sealed record StanceResult
{
    /// <summary>
    /// A result of the caller's making, for instance to fake one in a test; the classifiers make their own. It is checked to
    /// be one a model could give. A <see langword="with"/> expression or an object initializer checks each value it sets
    /// (as the properties say), but not that the values agree (C# runs no code after its last assignment).
    /// </summary>
    /// <param name="Target">The target: not empty or white space, and at most <see cref="StanceClassifier.MaxTargetLength"/> characters.</param>
    /// <param name="Label">The most probable label: one of the keys of <paramref name="Probabilities"/>, with no other more probable.</param>
    /// <param name="Confidence">The probability of <paramref name="Label"/>, exactly as in <paramref name="Probabilities"/>.</param>
    /// <param name="Probabilities">The probability of every label (see <see cref="LabelProbabilities(IEnumerable{KeyValuePair{string, double}})"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="Target"/>, <paramref name="Label"/> or <paramref name="Probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="Target"/> is blank or too long, a label of
    /// <paramref name="Probabilities"/> is not a stance label (<see cref="TaskLabels.Stance"/>), <paramref name="Label"/> is not
    /// the most probable of the labels, or <paramref name="Confidence"/> is not its probability; the message says which.</exception>
    public StanceResult(string Target, string Label, double Confidence, LabelProbabilities Probabilities)
    {
        ArgumentNullException.ThrowIfNull(Target);
        ArgumentNullException.ThrowIfNull(Label);
        _ = ResultFactory.CheckProbabilities(Probabilities, ClassifierTask.Stance);
        if (ResultFactory.TargetProblem(Target) is { } target)
        {
            throw new ArgumentException(target, nameof(Target));
        }

        if (ResultFactory.Problem(Label, Confidence, Probabilities) is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Parameter);
        }

        (_target, _label, _confidence, _probabilities) = (Target, Label, Confidence, Probabilities);
    }

    /// <summary>A result as a model gave it: not checked again.</summary>
    private StanceResult(LabelProbabilities probabilities, string target, string label, double confidence) =>
        (_target, _label, _confidence, _probabilities) = (target, label, confidence, probabilities);

    private readonly string _target;
    private readonly string _label;
    private readonly double _confidence;
    private readonly LabelProbabilities _probabilities;

    /// <summary>The target as the caller gave it.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty, white space or longer than <see cref="StanceClassifier.MaxTargetLength"/>.</exception>
    public string Target
    {
        get => _target;
        init => _target = Articles.RecordRules.Target(value, nameof(Target));
    }

    /// <summary>The most probable label: <c>against</c>, <c>none</c> or <c>favor</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string Label { get => _label; init => _label = ResultFactory.CheckLabel(value); }

    /// <summary>The probability of <see cref="Label"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a number from 0 to 1.</exception>
    public double Confidence { get => _confidence; init => _confidence = ResultFactory.CheckConfidence(value); }

    /// <summary>The probability of every label of the model, summing to 1.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A label of the value is not a stance label.</exception>
    public LabelProbabilities Probabilities { get => _probabilities; init => _probabilities = ResultFactory.CheckProbabilities(value, ClassifierTask.Stance); }

    /// <summary>Gives the result's parts.</summary>
    /// <param name="Target">The target.</param>
    /// <param name="Label">The label.</param>
    /// <param name="Confidence">Its probability.</param>
    /// <param name="Probabilities">The probability of every label.</param>
    public void Deconstruct(out string Target, out string Label, out double Confidence, out LabelProbabilities Probabilities) =>
        (Target, Label, Confidence, Probabilities) = (this.Target, this.Label, this.Confidence, this.Probabilities);

    /// <summary>Formats the result as <c>target: label (confidence)</c>.</summary>
    /// <returns>The formatted result.</returns>
    public override string ToString() => FormattableString.Invariant($"{Target}: {Label} ({Confidence:0.###})");

    /// <summary>A result as a model or a checked reader gave it, built without checking it again.</summary>
    internal static StanceResult Scored(string target, string label, double confidence, LabelProbabilities probabilities) =>
        new(probabilities, target, label, confidence);
}
