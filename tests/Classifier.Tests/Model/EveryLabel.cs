namespace Classifier.Tests.Model;

/// <summary>
/// Explanations of a text toward each of the default sentiment model's labels. Which label a shipped feature pushes toward
/// is the model's and can move with a retrain, so a test of how a feature is shown (its name, its spans) looks for it in
/// every label's explanation rather than the predicted one's.
/// </summary>
internal static class EveryLabel
{
    /// <summary>One explanation per label of the default sentiment model, in the model's label order.</summary>
    public static IReadOnlyList<Explanation> Explain(string text, int top = 50)
    {
        var classifier = SentimentClassifier.LoadDefault();
        return [.. classifier.Labels.Select(label => classifier.Explain(text, label, top))];
    }
}
