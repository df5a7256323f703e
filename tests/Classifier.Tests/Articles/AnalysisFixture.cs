using Classifier.Articles;
using Classifier.Tests.Stance;
using Classifier.Tests.Training;

namespace Classifier.Tests.Articles;

/// <summary>The sentiment and stance models trained by the collection's fixtures, wrapped in an analyzer.</summary>
public sealed class AnalysisFixture
{
    public AnalysisFixture(TrainingFixture sentiment, StanceFixture stance)
    {
        SentimentPath = sentiment.ModelPath;
        StancePath = stance.ModelPath;
        Analyzer = new ArticleAnalyzer(SentimentClassifier.Load(SentimentPath), StanceClassifier.Load(StancePath));
        Article = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "article.txt"));
        Test = sentiment.Test;
    }

    public ArticleAnalyzer Analyzer { get; }

    public string SentimentPath { get; }

    public string StancePath { get; }

    public string Article { get; }

    public Classifier.Data.LabeledDataSet Test { get; }
}

/// <summary>Analysis tests run in the collection that owns both trained models.</summary>
public static class AnalysisCollection
{
    public const string Name = TrainingCollection.Name;
}
