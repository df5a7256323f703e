using System.Text.Json;

namespace Classifier.Tests.Model;

/// <summary>Explanations are documented immutable: their lists cannot be changed through a cast, nor by the caller's own list afterwards.</summary>
public sealed class ExplanationImmutabilityTests
{
    [Fact]
    public void Explain_ListsCastToIList_RefuseChanges()
    {
        var explanation = SentimentClassifier.LoadDefault().Explain("Exports fell sharply after the sanctions.");
        var first = explanation.Contributions[0];

        Assert.Throws<NotSupportedException>(() => ((IList<FeatureContribution>)explanation.Contributions)[0] = first);
        Assert.Throws<NotSupportedException>(() => ((IList<TextSpan>)first.Spans)[0] = new TextSpan(0, 1));
    }

    [Fact]
    public void Deserialize_ListsCastToIList_RefuseChanges()
    {
        var explanation = StanceClassifier.LoadDefault().Explain("Beijing condemned the drills.", "China");

        var read = JsonSerializer.Deserialize<Explanation>(JsonSerializer.Serialize(explanation))!;

        Assert.Throws<NotSupportedException>(() => ((IList<FeatureContribution>)read.Contributions)[0] = read.Contributions[0]);
        Assert.Throws<NotSupportedException>(() => ((IList<TextSpan>)read.Contributions[0].Spans)[0] = new TextSpan(0, 1));
    }

    [Fact]
    public void Constructors_CallersListChangedAfterwards_KeepTheirParts()
    {
        var spans = new List<TextSpan> { new(0, 5) };
        var contribution = new FeatureContribution("talks", FeatureKind.Words, 0.5, spans);
        var contributions = new List<FeatureContribution> { contribution };
        var explanation = new Explanation("positive", 0.8, contributions);

        spans[0] = new TextSpan(3, 1);
        contributions.Clear();

        Assert.Equal([new TextSpan(0, 5)], contribution.Spans);
        Assert.Equal([contribution], explanation.Contributions);
    }
}
