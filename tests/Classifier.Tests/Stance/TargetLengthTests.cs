namespace Classifier.Tests.Stance;

/// <summary>
/// A target (or an alias) longer than <see cref="StanceClassifier.MaxTargetLength"/> is refused by every method that takes
/// one, naming the parameter, the length and the limit, where before it was featurised at a cost that grew with it.
/// </summary>
public sealed class TargetLengthTests
{
    private const string Text = "Beijing condemned the drills.";

    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();
    private static readonly string Long = new('x', StanceClassifier.MaxTargetLength + 1);

    public static TheoryData<string, string, string> Calls => new()
    {
        { "Predict", "target", "The target" },
        { "Explain", "target", "The target" },
        { "FindMentions", "target", "The target" },
        { "TrainingRows", "target", "The target" },
        { "PredictTargets", "targets", "targets[1] (0-based)" },
        { "PredictBatch", "items", "The Target of items[1] (0-based)" },
        { "WithAliases target", "target", "The target" },
        { "WithAliases alias", "aliases", "aliases[1] (0-based)" },
        { "Analyze", "targets", "targets[1] (0-based)" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Call_TargetLongerThanTheLimit_ThrowsNamingParameterLengthAndLimit(string call, string parameter, string which)
    {
        Action act = call switch
        {
            "Predict" => () => Stance.Predict(Text, Long),
            "Explain" => () => Stance.Explain(Text, Long),
            "FindMentions" => () => Stance.FindMentions(Text, Long),
            "TrainingRows" => () => Stance.TrainingRows(Long),
            "PredictTargets" => () => Stance.PredictTargets(Text, ["China", Long]),
            "PredictBatch" => () => Stance.PredictBatch([(Text, "China"), (Text, Long)]),
            "WithAliases target" => () => Stance.WithAliases(Long, "Atlantis"),
            "WithAliases alias" => () => Stance.WithAliases("Atlantis", "Poseidon's realm", Long),
            _ => () => Classifier.Articles.ArticleAnalyzer.LoadDefault().Analyze(Text, ["China", Long]),
        };

        var error = Assert.Throws<ArgumentException>(act);

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{which} is 301 characters long, more than the 300 a target may have (StanceClassifier.MaxTargetLength); "
            + $"pass the name of a country, organisation, person or policy, not a text. (Parameter '{parameter}')", error.Message);
    }

    [Fact]
    public void Predict_TargetOfExactlyTheLimit_Scored()
    {
        var target = new string('x', StanceClassifier.MaxTargetLength);

        Assert.Equal(target, Stance.Predict(Text, target).Target);
        Assert.Single(Stance.PredictTargets(Text, [target]));
        Assert.Equal(0, Stance.TrainingRows(target));
    }

    [Fact]
    public void Predict_MegabyteTarget_RefusedGivingItsLength()
    {
        var error = Assert.Throws<ArgumentException>(() => Stance.Predict(Text, new string('x', 1 << 20)));

        Assert.StartsWith("The target is 1,048,576 characters long", error.Message);
    }
}
