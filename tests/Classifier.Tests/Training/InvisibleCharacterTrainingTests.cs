using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>Training reads a row's text without its invisible format characters, as scoring does, so a model learns from "Ger&#xAD;many" what it reads in it.</summary>
public sealed class InvisibleCharacterTrainingTests
{
    [Fact]
    public void Extract_RowWithInvisibleCharactersInsideWords_GivesTheCleanRowsKeys()
    {
        var source = new FeatureSource(StanceClassifier.LoadDefault().Scorer.Featurizer);
        var clean = new LabeledExample("Germany condemned China for its terrible crackdown.", "against", "China", "t.tsv", 2);
        var dirty = clean with { Text = "Ger\u00ADmany con\u00ADdemned Chi\u200Bna for its ter\u00ADrible crack\u2060down." };
        var (cleanSink, dirtySink) = (new FeatureSink(), new FeatureSink());

        source.Extract(clean, cleanSink);
        source.Extract(dirty, dirtySink);

        Assert.Equal(cleanSink.Keys.ToArray(), dirtySink.Keys.ToArray());
    }
}
