using Classifier.Data;
using Classifier.Features;
using Classifier.Model;
using Classifier.Training.Training;

namespace Classifier.Tests.Stance;

/// <summary>PredictTargets extracts a text's own features once for all its targets: it must give exactly what Predict gives per target.</summary>
public sealed class PredictTargetsTests : IDisposable
{
    private static readonly string[] Extra = ["United States", "sanctions", "Taiwan", "Kenya"];
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(null, "targets[1] (0-based) is null.")]
    [InlineData(" ", "targets[1] (0-based) is empty or white space")]
    public void PredictTargets_NullOrBlankTarget_SaysWhichTarget(string? bad, string expected)
    {
        var stance = StanceClassifier.LoadDefault();

        var error = Assert.ThrowsAny<ArgumentException>(() => stance.PredictTargets("Seoul welcomed the offer.", ["China", bad!]));

        Assert.StartsWith(expected, error.Message);
        Assert.Equal("targets", error.ParamName);
    }

    [Fact]
    public void PredictTargets_ShippedModelOnTestSentences_EqualsPredictPerTarget() =>
        AssertSameAsPredict(StanceClassifier.LoadDefault(), 150);

    [Fact]
    public void PredictTargets_WordVectorsJudgedActsAndCrossedChars_EqualsPredictPerTarget()
    {
        var settings = new FeaturizerSettings
        {
            WordVectors = true, ZipfWeighting = true, SplitWords = true, JudgedActs = true, AbsentKind = true, TargetCrossedChars = true,
            TargetPolarity = true, MentionWindow = 2,
        };
        var rows = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance);
        var small = new LabeledDataSet(rows.Task, rows.Paths, rows.Examples.Take(1500).ToArray(), [], rows.Sha256);
        var trainer = new ModelTrainer(settings, new TrainerSettings { Threads = 1 }, seed: 1)
        {
            Aliases = AliasFile.Read(TestPaths.Data("stance", "aliases.tsv")), Lexicon = BuiltInResources.Lexicon(),
        };
        var path = Path.Combine(_dir.Path, "vectors.zip");
        ModelArchive.Save(path, trainer.Train(small).Parts);

        AssertSameAsPredict(StanceClassifier.Load(path), 100);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void PredictTargets_BlankOrNullTarget_ThrowsNamingTargets(string? target)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => StanceClassifier.LoadDefault().PredictTargets("Seoul protested.", ["China", target!]));

        Assert.Equal("targets", ex.ParamName);
    }

    private static void AssertSameAsPredict(StanceClassifier classifier, int sentences)
    {
        var texts = File.ReadLines(TestPaths.Data("stance", "test.tsv")).Skip(1).Select(l => l.Split('\t')[0]).Distinct().Take(sentences);
        var pairs = 0;
        foreach (var text in texts)
        {
            var targets = classifier.FindTargets(text).Concat(Extra).Distinct().ToArray();

            var many = classifier.PredictTargets(text, targets);

            for (var i = 0; i < targets.Length; i++)
            {
                Assert.Equal(targets[i], many[i].Target);
                Assert.Equal(classifier.Predict(text, targets[i]).Probabilities.Values, many[i].Probabilities.Values);
                pairs++;
            }
        }

        Assert.True(pairs > sentences * Extra.Length);
    }
}
