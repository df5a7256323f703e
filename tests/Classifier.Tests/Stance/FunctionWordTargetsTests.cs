using Classifier.Articles;
using Classifier.Features;

namespace Classifier.Tests.Stance;

/// <summary>
/// A target the alias table does not know that is only function words ("the", "will", "of the") names nothing: the model
/// read every "the" of a text as a mention of it ("the" read against at 0.82 in a sentence about the US and China). Each
/// method that scores or finds a target refuses it with an ArgumentException naming the parameter; a function word the
/// table knows ("us", "who") and, in a model that reads names as written, a capitalised one ("May") still score.
/// </summary>
public sealed class FunctionWordTargetsTests : IDisposable
{
    private const string Text = "The US plan will fail, and it will hurt us all, China said.";

    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("the", "'the'")]
    [InlineData("will", "'will'")]
    [InlineData(" of the ", "'of the'")]
    [InlineData("their", "'their'")]
    public void Predict_FunctionWordTarget_ThrowsNamingTheTargetAndTheWord(string target, string word)
    {
        var ex = Assert.Throws<ArgumentException>(() => Stance.Predict(Text, target));

        Assert.Equal("target", ex.ParamName);
        Assert.StartsWith($"The target '{target.Trim()}' is only function words, so the model would read every {word} in a text as a mention of it; name the country", ex.Message);
        Assert.Throws<ArgumentException>(() => Stance.Explain(Text, target));
        Assert.Throws<ArgumentException>(() => Stance.Explain(Text, target, "favor"));
        Assert.Throws<ArgumentException>(() => Stance.FindMentions(Text, target));
    }

    [Theory]
    [InlineData("us")]
    [InlineData("who")]
    [InlineData("May")]
    [InlineData("It")]
    [InlineData("WE")]
    [InlineData("The Hague")]
    [InlineData("the European Union")]
    [InlineData("out-of-work benefits")]
    public void Predict_FunctionWordTheTableKnowsOrANameOrAContentWord_Scores(string target)
    {
        var result = Stance.Predict(Text, target);

        Assert.Equal(target, result.Target);
        Assert.Equal(1.0, Stance.Labels.Sum(l => result.Probabilities[l]), 6);
    }

    [Fact]
    public void PredictTargets_FunctionWordTarget_ThrowsNamingTheElement()
    {
        var ex = Assert.Throws<ArgumentException>(() => Stance.PredictTargets(Text, ["China", "the"]));

        Assert.Equal("targets", ex.ParamName);
        Assert.StartsWith("targets[1] (0-based), 'the', is only function words", ex.Message);
    }

    [Fact]
    public void PredictBatchAndAnalyze_FunctionWordTarget_ThrowBeforeScoring()
    {
        var batch = Assert.Throws<ArgumentException>(() => Stance.PredictBatch([(Text, "China"), (Text, "will")]));
        var analyze = Assert.Throws<ArgumentException>(() => ArticleAnalyzer.LoadDefault().Analyze(Text, ["China", "will"]));

        Assert.Equal("items", batch.ParamName);
        Assert.StartsWith("The Target of items[1] (0-based), 'will', is only function words", batch.Message);
        Assert.Equal("targets", analyze.ParamName);
        Assert.StartsWith("targets[1] (0-based), 'will', is only function words", analyze.Message);
    }

    [Fact]
    public void WithAliases_FunctionWordAliasOrTarget_ThrowsNamingIt()
    {
        var alias = Assert.Throws<ArgumentException>(() => Stance.WithAliases("China", "PRC", "their"));
        var target = Assert.Throws<ArgumentException>(() => Stance.WithAliases("the", "PRC"));

        Assert.Equal("aliases", alias.ParamName);
        Assert.StartsWith("aliases[1] (0-based), 'their', is only function words", alias.Message);
        Assert.Contains("give each alias as a name of 'China', or leave it out", alias.Message);
        Assert.Equal("target", target.ParamName);
        var span = Assert.Single(Stance.WithAliases("China", "PRC", "Their").FindMentions("PRC officials met their envoy.", "China"));
        Assert.Equal(0, span.Start);
    }

    [Fact]
    public void Predict_CapitalisedFunctionWordInAModelThatDoesNotReadNamesAsWritten_Throws()
    {
        var small = SmallStanceModel.Train(new FeaturizerSettings { NamesAsWritten = false }, Path.Combine(_dir.Path, "small.zip"));

        var ex = Assert.Throws<ArgumentException>(() => small.Predict(Text, "May"));

        Assert.Equal("The target 'May' is only function words, so the model would read every 'may' in a text as a mention of it; name the country, organisation, person or policy the stance is about.", ex.Message[..ex.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]);
        Assert.Equal(1.0, small.Labels.Sum(l => small.Predict(Text, "WE").Probabilities[l]), 6);
        Assert.Contains("such as 'May', is matched only as written", Assert.Throws<ArgumentException>(() => Stance.Predict(Text, "may")).Message);
    }
}
