using Classifier.Data;
using Classifier.Features;
using Classifier.Training.Evaluation;
using Classifier.Training.Training;

namespace Classifier.Tests.Training;

/// <summary>
/// <c>cross-validate</c>'s per-target metrics, the folds' and their mean, count a target under the name the fold's model
/// reads it by, as <c>evaluate</c> does: a target written with an HTML reference in half its rows was two targets.
/// </summary>
public sealed class CrossValidationTargetTests
{
    [Fact]
    public void Run_TargetWrittenWithAnHtmlReferenceInSomeRows_CountsOneTarget()
    {
        var rows = LabeledDataReader.Read(TestPaths.Data("stance", "train.tsv"), ClassifierTask.Stance).Examples.Take(300).ToArray();
        // Every other row writes its target's first letter as a character reference: "&#71;un control" is "Gun control".
        var mixed = rows.Select((r, i) => i % 2 == 0 ? r : new LabeledExample(r.Text, r.Label, $"&#{(int)r.Target![0]};{r.Target[1..]}", r.Path, r.Line)).ToArray();
        var names = CrossValidator.TargetNames(null);
        var expected = rows.Select(r => names.Canonical(r.Target!)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var settings = new TrainerSettings { Trainer = "maxent", MaxIterations = 20, Threads = 1 };

        var result = CrossValidator.Run(new LabeledDataSet(ClassifierTask.Stance, ["train.tsv"], mixed, [], "0"), 2, 1,
            new ModelTrainer(new FeaturizerSettings(), settings, seed: 1), settings);

        Assert.Equal(expected, result.Mean.PerTarget!.Keys);
        Assert.All(result.Folds, f => Assert.Subset(expected.ToHashSet(), f.PerTarget!.Keys.ToHashSet()));
    }
}
