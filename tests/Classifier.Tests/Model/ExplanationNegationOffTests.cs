using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Model;

/// <summary>
/// An explanation tells a word in a negation's scope apart from the same word out of one only when the model does
/// (<c>markNegation</c>): a model trained with it off reads "good" in "not good" and in "the food is good" as one feature,
/// so its explanation shows one contribution over both places and marks neither negated. Two small models trained on the
/// same rows, the setting the only difference, so the test holds whatever the shipped models' weights are.
/// </summary>
public sealed class ExplanationNegationOffTests : IDisposable
{
    private const string Text = "The deal is not good, but the food is good.";

    private readonly TempDirectory _dir = new();

    [Fact]
    public void Explain_ModelTrainedWithoutNegationMarks_OneContributionOverBothPlacesUnmarked()
    {
        var classifier = Train(markNegation: false);

        var explanation = classifier.Explain(Text, "positive", top: 100);

        var good = Assert.Single(explanation.Contributions, c => c.Kind == FeatureKind.Words && c.Feature.StartsWith("good", StringComparison.Ordinal));
        Assert.Equal("good", good.Feature);
        Assert.Equal([new TextSpan(16, 4), new TextSpan(38, 4)], good.Spans);
        Assert.DoesNotContain(explanation.Contributions, c => c.Feature.EndsWith(Explainer.NegatedSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_SameRowsTrainedWithNegationMarks_TheNegatedPlaceIsApart()
    {
        var classifier = Train(markNegation: true);

        var positive = classifier.Explain(Text, "positive", top: 100);
        var negative = classifier.Explain(Text, "negative", top: 100);

        // The plain "good" pushes toward positive at its one place; the negated one, a feature the rows taught to push toward
        // negative ("not good" is labelled negative), at its own.
        var plain = Assert.Single(positive.Contributions, c => c.Kind == FeatureKind.Words && c.Feature.StartsWith("good", StringComparison.Ordinal));
        Assert.Equal("good", plain.Feature);
        Assert.Equal([new TextSpan(38, 4)], plain.Spans);
        var negated = Assert.Single(negative.Contributions, c => c.Kind == FeatureKind.Words && c.Feature.StartsWith("good", StringComparison.Ordinal));
        Assert.Equal("good" + Explainer.NegatedSuffix, negated.Feature);
        Assert.Equal([new TextSpan(16, 4)], negated.Spans);
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// A word-unigram model (no character n-grams, no lexicon) of a few rows in which "good" is positive and "not good"
    /// negative, so both readings carry weight when negation is marked.
    /// </summary>
    private SentimentClassifier Train(bool markNegation)
    {
        string[] subjects = ["The harvest", "The report", "The meal", "The season", "The vote", "The result", "The plan", "The match"];
        var rows = subjects.SelectMany(s => new[]
        {
            $"{s} was good.\tpositive",
            $"{s} was not good.\tnegative",
            $"{s} was bad.\tnegative",
            $"{s} was published on Monday.\tneutral",
        });
        var path = Path.Combine(_dir.Path, $"rows-{markNegation}.tsv");
        File.WriteAllLines(path, ["text\tlabel", .. rows]);
        var data = LabeledDataReader.Read(path, ClassifierTask.Sentiment);

        var settings = new FeaturizerSettings { MarkNegation = markNegation, CharNgramMax = 0, WordNgramMax = 1, UseLexicon = false };
        var model = new ModelTrainer(settings, new TrainerSettings { Threads = 1 }, seed: 1).Train(data);
        var modelPath = Path.Combine(_dir.Path, $"model-{markNegation}.zip");
        ModelArchive.Save(modelPath, model.Parts);
        return SentimentClassifier.Load(modelPath);
    }
}
