using Classifier.Articles;
using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Tests.Cli;
using Classifier.Training.Training;

namespace Classifier.Tests.Articles;

/// <summary>
/// A stance model trained without <c>none</c> (against and favor only, as the IBM claim-stance benchmark's): the
/// sentences that do not mention a target are not scored and count as none, so a target's counts still cover every
/// counted sentence. They were keyed by the model's labels alone, so those sentences were counted nowhere, and the CLI's
/// table showed the two counts and means under "against / none / favor".
/// </summary>
public sealed class TwoLabelStanceSummaryTests : IDisposable
{
    private const string Article = "China protested on Monday. Talks resumed later in the week. The markets were calm.";

    private readonly TempDirectory _dir = new();

    private readonly string _modelPath;

    public TwoLabelStanceSummaryTests()
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance);
        var polar = rows.Examples.Where(e => e.Label != "none").Take(300).ToArray();
        var trainer = new ModelTrainer(new FeaturizerSettings(), new TrainerSettings { Threads = 1 }, seed: 1) { Aliases = AliasFile.Read(TestPaths.Data("stance", "aliases.tsv")) };
        _modelPath = Path.Combine(_dir.Path, "two-label-stance.zip");
        ModelArchive.Save(_modelPath, trainer.Train(new LabeledDataSet(rows.Task, rows.Paths, polar, [], rows.Sha256)).Parts);
    }

    [Fact]
    public void Analyze_StanceModelWithoutNone_CountsUnscoredSentencesAsNone()
    {
        var stance = StanceClassifier.Load(_modelPath);
        Assert.DoesNotContain("none", stance.Labels);

        var analysis = new ArticleAnalyzer(SentimentClassifier.LoadDefault(), stance).Analyze(Article, ["China"]);

        var china = Assert.Single(analysis.Summary.Targets);
        Assert.Equal(1, china.MentionedIn);
        Assert.Equal(["against", "none", "favor"], china.Counts.Keys);
        Assert.Equal(2, china.Counts["none"]);
        Assert.Equal(analysis.Summary.Sentences, china.Counts.Values.Sum());
        Assert.Equal(["against", "favor"], china.MeanProbabilities.Keys);
    }

    [Fact]
    public void AnalyzeCli_StanceModelWithoutNone_TableHeadsEachColumnWithItsLabels()
    {
        var article = Path.Combine(_dir.Path, "article.txt");
        File.WriteAllText(article, Article);

        var result = CliProcess.Run("analyze", "--file", article, "--target", "China", "--stance-model", _modelPath);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("mean p(against / favor)", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ China +│ \S+ +│ 1 +│ \d / 2 / \d +│", result.Stdout);
    }

    public void Dispose() => _dir.Dispose();
}
