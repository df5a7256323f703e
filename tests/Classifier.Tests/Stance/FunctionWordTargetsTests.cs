using Classifier.Articles;

namespace Classifier.Tests.Stance;

/// <summary>
/// A target the alias table does not know that is only function words ("the", "will", "of the") names nothing: the model
/// read every "the" of a text as a mention of it ("the" read against at 0.82 in a sentence about the US and China). Each
/// method that scores or finds a target refuses it with an ArgumentException naming the parameter; a function word the
/// table knows ("us", "who") and a short name in capitals ("WE") still score. A capitalised one ("May", "The") is refused
/// too: it would be found at the start of every sentence that opens with it.
/// </summary>
public sealed class FunctionWordTargetsTests
{
    private const string Text = "The US plan will fail, and it will hurt us all, China said.";

    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    [Theory]
    [InlineData("the", "'the'")]
    [InlineData("will", "'will'")]
    [InlineData(" of the ", "'of the'")]
    [InlineData("their", "'their'")]
    [InlineData("May", "'may'")]
    [InlineData("The", "'the'")]
    [InlineData("a", "'a'")]
    [InlineData("I", "'i'")]
    [InlineData("th\u00ADe", "'the'")] // read as the model reads it
    [InlineData("th&#101;", "'the'")]
    public void Predict_FunctionWordTarget_ThrowsNamingTheTargetAndTheWord(string target, string word)
    {
        var ex = Assert.Throws<ArgumentException>(() => Stance.Predict(Text, target));

        Assert.Equal("target", ex.ParamName);
        Assert.Equal($"The target '{target.Trim()}' is only function words, so the model would read every {word} in a text as a mention of it; "
            + "name the country, organisation, person or policy the stance is about, a person by their full name ('Theresa May', not 'May'). (Parameter 'target')", ex.Message);
        Assert.Throws<ArgumentException>(() => Stance.Explain(Text, target));
        Assert.Throws<ArgumentException>(() => Stance.Explain(Text, target, "favor"));
        Assert.Throws<ArgumentException>(() => Stance.FindMentions(Text, target));
    }

    [Theory]
    [InlineData("favor")]
    [InlineData(" against ")]
    [InlineData("none")]
    [InlineData("Favor")]
    [InlineData("NONE")]
    public void Explain_StanceLabelGivenAsTheTarget_ThrowsSayingToGiveItAsTheLabel(string target)
    {
        // Explain(text, "favor") reads as the sentiment classifier's Explain(text, label); it explained "favor" as a target.
        var ex = Assert.Throws<ArgumentException>(() => Stance.Explain(Text, target));

        var label = target.Trim().ToLowerInvariant();
        Assert.Equal("target", ex.ParamName);
        Assert.Equal($"The target '{target.Trim()}' is one of the model's stance labels, not a target: to explain the stance '{label}' " +
            $"toward a target, call Explain(text, target, \"{label}\"). (Parameter 'target')", ex.Message);
        Assert.Equal(label, Stance.Explain(Text, "China", label).Label);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("who")]
    [InlineData("WE")]
    [InlineData("Theresa May")]
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
        Assert.Throws<ArgumentException>(() => Stance.WithAliases("China", "PRC", "Their"));
        // A character reference is read as its character: "&#116;heir" is "their".
        Assert.StartsWith("aliases[0] (0-based), '&#116;heir', is only function words, so the model would read every 'their'",
            Assert.Throws<ArgumentException>(() => Stance.WithAliases("China", "&#116;heir")).Message);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("who")]
    public void WithAliases_FunctionWordTheTableKnowsAsATarget_ThrowsAsFunctionWordsForAPolicy(string alias)
    {
        // The target "us" is the United States, but "us" added to pension reform would match every "us" of a text.
        var ex = Assert.Throws<ArgumentException>(() => Stance.WithAliases("pension reform", alias));

        Assert.StartsWith($"aliases[0] (0-based), '{alias}', is only function words", ex.Message);
    }
}
