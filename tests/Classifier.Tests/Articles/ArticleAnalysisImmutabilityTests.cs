using Classifier.Articles;
using Classifier.Tests.Training;

namespace Classifier.Tests.Articles;

/// <summary>The analysis is documented immutable: none of its collections can be changed through a cast.</summary>
[Collection(AnalysisCollection.Name)]
public sealed class ArticleAnalysisImmutabilityTests(TrainingFixture sentiment, Classifier.Tests.Stance.StanceFixture stance)
{
    private readonly AnalysisFixture fixture = new(sentiment, stance);

    [Fact]
    public void Analyze_CollectionsCastToMutableTypes_RefuseChanges()
    {
        var analysis = fixture.Analyzer.Analyze(fixture.Article, ["South Korea", "China"]);
        var first = analysis.Sentences[0];
        var target = analysis.Summary.Targets[0];

        Assert.Throws<NotSupportedException>(() => ((IList<SentenceAnalysis>)analysis.Sentences)[0] = analysis.Sentences[1]);
        Assert.Throws<NotSupportedException>(() => ((IList<TargetStance>)first.Stance)[0] = first.Stance[1]);
        Assert.Throws<NotSupportedException>(() => ((IList<TargetSummary>)analysis.Summary.Targets)[0] = target);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)analysis.Summary.SentimentCounts)["positive"] = 0);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)analysis.Summary.MeanSentiment)["positive"] = 0);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)target.Counts)["favor"] = 0);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)target.MeanProbabilities)["favor"] = 0);
    }
}
