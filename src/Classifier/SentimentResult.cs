using System.Text.Json.Serialization;
using Classifier.Model;
using Classifier.Serialization;

namespace Classifier;

/// <summary>
/// The sentiment of one sentence. System.Text.Json writes it as an object of <c>Label</c>, <c>Confidence</c> and
/// <c>Probabilities</c> (named by the options' naming policy) and reads it back checked as the constructor checks it
/// (<see cref="SentimentResultJsonConverter"/>), so a logged result can be read again and compares equal.
/// </summary>
/// <threadsafety>This type is immutable and safe to use from any number of threads.</threadsafety>
[JsonConverter(typeof(SentimentResultJsonConverter))]
public sealed record SentimentResult
{
    /// <summary>
    /// A result of the caller's making, for instance to fake one in a test; the classifiers make their own. It is checked to
    /// be one a model could give. A <see langword="with"/> expression or an object initializer checks each value it sets
    /// (as the properties say), but not that the values agree (C# runs no code after its last assignment).
    /// </summary>
    /// <param name="Label">The most probable label: one of the keys of <paramref name="Probabilities"/>, with no other more probable.</param>
    /// <param name="Confidence">The probability of <paramref name="Label"/>, exactly as in <paramref name="Probabilities"/>.</param>
    /// <param name="Probabilities">The probability of every label (see <see cref="LabelProbabilities(IEnumerable{KeyValuePair{string, double}})"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="Label"/> or <paramref name="Probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException">A label of <paramref name="Probabilities"/> is not a sentiment label
    /// (<see cref="TaskLabels.Sentiment"/>), <paramref name="Label"/> is not the most probable of the labels, or
    /// <paramref name="Confidence"/> is not its probability; the message says which.</exception>
    public SentimentResult(string Label, double Confidence, LabelProbabilities Probabilities)
    {
        ArgumentNullException.ThrowIfNull(Label);
        _ = ResultFactory.CheckProbabilities(Probabilities, ClassifierTask.Sentiment);
        if (ResultFactory.Problem(Label, Confidence, Probabilities) is { } problem)
        {
            throw new ArgumentException(problem.Message, problem.Parameter);
        }

        (_label, _confidence, _probabilities) = (Label, Confidence, Probabilities);
    }

    /// <summary>A result as a model gave it: not checked again.</summary>
    private SentimentResult(LabelProbabilities probabilities, string label, double confidence) =>
        (_label, _confidence, _probabilities) = (label, confidence, probabilities);

    private readonly string _label;
    private readonly double _confidence;
    private readonly LabelProbabilities _probabilities;

    /// <summary>The most probable label: <c>negative</c>, <c>neutral</c> or <c>positive</c>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string Label { get => _label; init => _label = ResultFactory.CheckLabel(value); }

    /// <summary>The probability of <see cref="Label"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a number from 0 to 1.</exception>
    public double Confidence { get => _confidence; init => _confidence = ResultFactory.CheckConfidence(value); }

    /// <summary>The probability of every label of the model, summing to 1.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A label of the value is not a sentiment label.</exception>
    public LabelProbabilities Probabilities { get => _probabilities; init => _probabilities = ResultFactory.CheckProbabilities(value, ClassifierTask.Sentiment); }

    /// <summary>Gives the result's parts.</summary>
    /// <param name="Label">The label.</param>
    /// <param name="Confidence">Its probability.</param>
    /// <param name="Probabilities">The probability of every label.</param>
    public void Deconstruct(out string Label, out double Confidence, out LabelProbabilities Probabilities) =>
        (Label, Confidence, Probabilities) = (this.Label, this.Confidence, this.Probabilities);

    /// <summary>Formats the result as <c>label (confidence)</c>.</summary>
    /// <returns>The formatted result.</returns>
    public override string ToString() => FormattableString.Invariant($"{Label} ({Confidence:0.###})");

    /// <summary>A result as a model or a checked reader gave it, built without checking it again.</summary>
    internal static SentimentResult Scored(string label, double confidence, LabelProbabilities probabilities) => new(probabilities, label, confidence);
}
