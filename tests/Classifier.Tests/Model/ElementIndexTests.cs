using Classifier.Articles;
using Classifier.Data;

namespace Classifier.Tests.Model;

/// <summary>
/// Every message that names an element of a list argument names it as C# indexes it, from 0, and says so: a bad second
/// element is "targets[1] (0-based)" in a batch, a target list, an alias list, a path list and a record's list alike. Before,
/// PredictBatch counted its items from 0 ("Item 1 of the batch") and PredictTargets its targets from 1 ("Target 2").
/// </summary>
public sealed class ElementIndexTests
{
    private const string Text = "Beijing condemned the drills.";

    private static readonly StanceClassifier Stance = StanceClassifier.LoadDefault();

    public static TheoryData<string, string, string> Calls => new()
    {
        { "SentimentPredictBatch", "texts", "texts[1] (0-based) is null; every item of the batch must be given." },
        { "StancePredictBatch", "items", "items[1] (0-based) has a null Text; give every item a text and a target." },
        { "StancePredictBatchBlank", "items", "items[1] (0-based) has an empty or white-space Target; name the target the stance is about." },
        { "PredictTargets", "targets", "targets[1] (0-based) is null." },
        { "PredictTargetsBlank", "targets", "targets[1] (0-based) is empty or white space; name the target the stance is about." },
        { "WithAliases", "aliases", "aliases[1] (0-based) is null." },
        { "WithAliasesBlank", "aliases", "aliases[1] (0-based) is empty or white space; give each alias as a name of 'Atlantis', or leave it out." },
        { "Analyze", "targets", "targets[1] (0-based) is null." },
        { "ReadPaths", "paths", "paths[1] (0-based) is null; give the path of every data file." },
        { "SentenceAnalysisStance", "Stance", "Stance[1] (0-based) is null; give no null elements." },
        { "ArticleAnalysisSentences", "Sentences", "Sentences[1] (0-based) is null; give no null elements." },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Call_SecondElementBad_NamesItAsIndexOneCountingFromZero(string call, string parameter, string message)
    {
        var sentiment = new SentimentResult("positive", 1, new LabelProbabilities([new("positive", 1)]));
        var sentence = new SentenceAnalysis(0, new SentenceSpan(0, 4, Text[..4]), sentiment, []);
        var summary = new ArticleSummary(0, new Dictionary<string, int>(), new Dictionary<string, double>(), "neutral", []);
        Action act = call switch
        {
            "SentimentPredictBatch" => () => SentimentClassifier.LoadDefault().PredictBatch([Text, null!, Text]),
            "StancePredictBatch" => () => Stance.PredictBatch([(Text, "China"), (null!, "China")]),
            "StancePredictBatchBlank" => () => Stance.PredictBatch([(Text, "China"), (Text, " ")]),
            "PredictTargets" => () => Stance.PredictTargets(Text, ["China", null!]),
            "PredictTargetsBlank" => () => Stance.PredictTargets(Text, ["China", " "]),
            "WithAliases" => () => Stance.WithAliases("Atlantis", "Poseidon's realm", null!),
            "WithAliasesBlank" => () => Stance.WithAliases("Atlantis", "Poseidon's realm", " "),
            "Analyze" => () => ArticleAnalyzer.LoadDefault().Analyze(Text, ["China", null!]),
            "ReadPaths" => () => LabeledDataReader.Read(["a.tsv", null!], ClassifierTask.Sentiment),
            "SentenceAnalysisStance" => () => _ = new SentenceAnalysis(0, sentence.Span, sentiment, [new TargetStance("China", false, null), null!]),
            _ => () => _ = new ArticleAnalysis([sentence, null!], summary),
        };

        var error = Assert.ThrowsAny<ArgumentException>(act);

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    [Theory]
    [InlineData("Predict")]
    [InlineData("Explain")]
    [InlineData("FindMentions")]
    [InlineData("TrainingRows")]
    [InlineData("WithAliases")]
    public void StanceCall_BlankTarget_SaysWhatToGiveAsAListElementDoes(string call)
    {
        Action act = call switch
        {
            "Predict" => () => Stance.Predict(Text, " "),
            "Explain" => () => Stance.Explain(Text, " "),
            "FindMentions" => () => Stance.FindMentions(Text, " "),
            "TrainingRows" => () => Stance.TrainingRows(" "),
            _ => () => Stance.WithAliases(" ", "Poseidon's realm"),
        };

        var error = Assert.Throws<ArgumentException>(act);

        Assert.Equal("The target is empty or white space; name the target the stance is about. (Parameter 'target')", error.Message);
    }

    [Fact]
    public void ExplanationConstructor_SecondContributionNull_NamesItAsIndexOneCountingFromZero()
    {
        var contribution = new FeatureContribution("war", FeatureKind.Words, 0.5, []);

        var error = Assert.ThrowsAny<ArgumentException>(() => new Explanation("negative", 0.9, [contribution, null!]));

        Assert.Equal("Contributions[1] (0-based) is null; give no null contributions. (Parameter 'Contributions')", error.Message);
    }
}
