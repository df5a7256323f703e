using System.Text;
using Classifier.Articles;
using Classifier.Data;

namespace Classifier.Fuzz;

/// <summary>
/// The fuzzing targets. Each takes raw bytes and throws only when the library breaks a promise:
/// an exception type it does not document, or a result that violates its invariants.
/// </summary>
internal static class Targets
{
    private static readonly Lazy<SentimentClassifier> Sentiment = new(SentimentClassifier.LoadDefault);
    private static readonly Lazy<StanceClassifier> Stance = new(StanceClassifier.LoadDefault);

    /// <summary>The phrases of <see cref="StanceClassifier.Predict"/>'s documented refusals of a target's characters or words.</summary>
    private static readonly string[] Refusals = ["holds the control character", "has no letter or digit", "is only function words"];

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["tsv"] = Tsv,
        ["predict"] = Predict,
        ["model"] = Model,
        ["entry"] = EntryTarget.Run,
    };

    /// <summary>First byte: bit 0 the task (stance when set), bit 1 keep duplicates; the rest is the file's content.</summary>
    private static void Tsv(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var task = (input[0] & 1) == 0 ? ClassifierTask.Sentiment : ClassifierTask.Stance;
        LabeledDataSet data;
        try
        {
            data = LabeledDataReader.ReadContent("fuzz.tsv", input[1..], task, keepDuplicates: (input[0] & 2) != 0);
        }
        catch (DataFileException ex)
        {
            Check.That(ex.Errors.Count is > 0 and <= LabeledDataReader.MaxReportedErrors, "error count out of range");
            Check.That(ex.TotalErrors >= ex.Errors.Count, "total below listed errors");
            Check.That(ex.Errors.All(e => e.Line >= 0 && e.Path == "fuzz.tsv" && e.Message.Length > 0), "error without line, path or message");
            return;
        }

        var labels = TaskLabels.For(task);
        foreach (var example in data.Examples)
        {
            Check.That(!string.IsNullOrWhiteSpace(example.Text), $"empty text accepted at line {example.Line}");
            Check.That(labels.Contains(example.Label), $"label '{example.Label}' accepted at line {example.Line}");
            Check.That(task == ClassifierTask.Sentiment || !string.IsNullOrWhiteSpace(example.Target), $"empty target accepted at line {example.Line}");
            Check.That(example.Line >= 2, "a data row on the header line");
        }
    }

    /// <summary>
    /// First byte: bit 0 decodes the rest as UTF-16 (so lone surrogates occur) instead of UTF-8, bit 1 also explains,
    /// bit 2 also splits sentences. For stance, the text's first line is the target and the rest the sentence.
    /// </summary>
    private static void Predict(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var flags = input[0];
        var body = input.AsSpan(1);
        var text = (flags & 1) != 0
            ? new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(body[..(body.Length & ~1)]))
            : Encoding.UTF8.GetString(body);

        var sentiment = Sentiment.Value.Predict(text);
        Check.Result(Sentiment.Value.Labels, sentiment.Label, sentiment.Probabilities);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var target = newline < 0 ? "United States" : text[..newline];
        var sentence = newline < 0 ? text : text[(newline + 1)..];
        if (string.IsNullOrWhiteSpace(target))
        {
            Check.Throws<ArgumentException>(() => Stance.Value.Predict(sentence, target), "an empty target");
            return;
        }

        if (target.Length > StanceClassifier.MaxTargetLength)
        {
            Check.Throws<ArgumentException>(() => Stance.Value.Predict(sentence, target), "a target longer than MaxTargetLength");
            return;
        }

        StanceResult stance;
        try
        {
            stance = Stance.Value.Predict(sentence, target);
        }
        catch (ArgumentException ex) when (ex.ParamName == "target" && Refusals.Any(r => ex.Message.Contains(r, StringComparison.Ordinal)))
        {
            // A documented refusal: a control character, no letter or digit, or only function words ("the").
            return;
        }

        Check.Result(Stance.Value.Labels, stance.Label, stance.Probabilities);
        Check.That(stance.Target == target, "result names another target");
        foreach (var span in Stance.Value.FindMentions(sentence, target))
        {
            Check.Span(span.Start, span.Length, sentence.Length);
        }

        var found = Stance.Value.FindTargets(sentence);
        Check.That(found.Distinct(StringComparer.Ordinal).Count() == found.Count, "FindTargets repeats a target");
        Check.That(found.All(t => Stance.Value.Info.Aliases.ContainsKey(t)), "FindTargets gives a target the alias table does not know");

        if ((flags & 2) != 0)
        {
            var explanation = Stance.Value.Explain(sentence, target);
            Check.That(explanation.Label == stance.Label && Math.Abs(explanation.Probability - stance.Confidence) < 1e-9, "explanation disagrees with prediction");
            foreach (var contribution in explanation.Contributions)
            {
                Check.That(double.IsFinite(contribution.Weight), "non-finite contribution");
                foreach (var span in contribution.Spans)
                {
                    Check.Span(span.Start, span.Length, sentence.Length);
                }
            }
        }

        if ((flags & 4) != 0)
        {
            var end = 0;
            foreach (var s in SentenceSplitter.Split(text))
            {
                Check.Span(s.Start, s.Length, text.Length);
                Check.That(s.Start >= end, "sentences overlap or go backwards");
                Check.That(s.Text == text.Substring(s.Start, s.Length), "sentence text is not its span");
                Check.That(!string.IsNullOrWhiteSpace(s.Text), "empty sentence");
                end = s.Start + s.Length;
            }
        }
    }

    /// <summary>First byte: bit 0 loads as stance; the rest is the model file.</summary>
    private static void Model(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        using var stream = new MemoryStream(input, 1, input.Length - 1, writable: false);
        LoadAndScore(stream, stance: (input[0] & 1) != 0);
    }

    /// <summary>Loads a model; only <see cref="ModelFileException"/> may escape, and a model that loads must score (and explain) correctly.</summary>
    internal static void LoadAndScore(Stream stream, bool stance)
    {
        try
        {
            if (!stance)
            {
                var model = SentimentClassifier.Load(stream);
                var result = model.Predict("Talks resumed after a two-year freeze.");
                Check.Result(model.Labels, result.Label, result.Probabilities);
                Check.That(model.Explain("Talks resumed after a two-year freeze.").Label == result.Label, "explanation disagrees with prediction");
            }
            else
            {
                var model = StanceClassifier.Load(stream);
                var result = model.Predict("Seoul welcomed the offer.", "South Korea");
                Check.Result(model.Labels, result.Label, result.Probabilities);
            }
        }
        catch (ModelFileException ex)
        {
            Check.That(ex.Message.Length > 0 && ex.Path.Length > 0, "model error without path or reason");
        }
    }
}
